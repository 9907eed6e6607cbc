"""The earlier resolutions: validation, the word diff, the comparison page in both editions,
the links between it and the provision pages, and the open data."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from conftest import ROOT, expect
from helpers import VALID, data_copy, errors_for
from resolution_site import paths
from resolution_site.catalogue import STRINGS
from resolution_site.earlier import Chunk, word_diff
from resolution_site.pipeline import load_dataset, site_files
from resolution_site.publish import earlier_data

DATA = load_dataset(ROOT / "data")


@pytest.fixture(scope="module")
def site() -> dict[str, str]:
    return site_files(DATA)


# --- validation -------------------------------------------------------------------

CASES = {
    "unknown 2024 provision": (
        {"earlier": ("  - provision: second-clause\n", "  - provision: second-clauze\n")},
        "data/earlier.yaml:38: concordance[1].provision: unknown provision 'second-clauze'",
    ),
    "2024 provision left out": (
        {
            "earlier": (
                "  - provision: a-visa\n    comparison: {fr: Aucun équivalent trouvé., en: No counterpart found.}\n",
                "",
            )
        },
        "data/earlier.yaml:34: concordance: 2024 provision 'a-visa' has no row",
    ),
    "unknown earlier provision": (
        {"earlier": ("earlier: [earlier-condemns]", "earlier: [earlier-condems]")},
        "data/earlier.yaml:36: concordance[0].earlier[0]: unknown earlier provision 'earlier-condems'",
    ),
    "unknown timeline event": (
        {"earlier": ("event: earlier-adoption", "event: earlier-adoptio")},
        "data/earlier.yaml:5: earlier_acts[0].event: unknown timeline event 'earlier-adoptio'",
    ),
    "unknown deposit event": (
        {"earlier": ("    event: earlier-adoption\n", "    event: earlier-adoption\n    deposit_event: deposit\n")},
        "data/earlier.yaml:6: earlier_acts[0].deposit_event: unknown timeline event 'deposit'",
    ),
    "event without the act's facts": (
        {"earlier": ("event: earlier-adoption", "event: earlier-event")},
        "data/earlier.yaml:5: earlier_acts[0].event: event 'earlier-event' has no related_act",
    ),
    "verbatim without wording": (
        {"earlier": ("        status: paraphrase\n", "        status: verbatim\n")},
        "data/earlier.yaml:26: earlier_acts[0].provisions[1].status: status 'verbatim' needs a 'wording'",
    ),
    "official status": (
        {"earlier": ("        status: verbatim\n", "        status: official\n")},
        "data/earlier.yaml:14: earlier_acts[0].provisions[0].status: no official copy of an earlier text was found",
    ),
    "high confidence on one secondary source": (
        {"earlier": ("        confidence: low\n", "        confidence: high\n")},
        "data/earlier.yaml:29: earlier_acts[0].provisions[1].confidence: confidence 'high' needs a source of kind 'official'",
    ),
    "earlier id equal to a 2024 id": (
        {"earlier": ("id: earlier-draft", "id: second-clause")},
        "data/earlier.yaml:22: earlier_acts[0].provisions[1].id: id 'second-clause' is a 2024 provision's id",
    ),
    "draft is a stage": (
        {"earlier": ("stage: draft", "stage: drat")},
        "data/earlier.yaml:28: earlier_acts[0].provisions[1].paraphrases[0].stage: 'drat' is not allowed",
    ),
}


def test_the_fixture_is_valid() -> None:
    assert errors_for(VALID) == []


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_broken_earlier_data_gives_located_error(tmp_path: Path, case: str) -> None:
    replace, expected = CASES[case]
    found = errors_for(data_copy(tmp_path, **replace))
    assert any(line.startswith(expected) for line in found), "\n".join(found)


# --- the word diff ----------------------------------------------------------------


def test_word_diff_keeps_both_texts_and_marks_only_words() -> None:
    old = "Demande le retrait des forces azéries du territoire de l’Arménie et du couloir de Latchin"
    new = "Réaffirme l'inviolabilité, et demande le retrait des forces azerbaïdjanaises du territoire de l'Arménie ;"
    chunks = word_diff(old, new)
    assert "".join(c.text for c in chunks if c.kind != "old") == new
    assert "".join(c.text for c in chunks if c.kind == "old") == "Demande azéries et du couloir de Latchin"
    assert Chunk("new", "azerbaïdjanaises ") in chunks
    # A typographic apostrophe is not a difference: « l’Arménie » matches « l'Arménie ».
    assert not any("Arménie" in c.text for c in chunks if c.kind != "same")


def test_identical_wordings_give_one_unchanged_chunk() -> None:
    assert word_diff("Le Sénat condamne ;", "Le Sénat condamne ;") == [Chunk("same", "Le Sénat condamne ;")]


# --- the page, both editions --------------------------------------------------------


def test_every_2024_provision_has_a_section_in_both_editions(site: dict[str, str]) -> None:
    for lang in ("fr", "en"):
        page = site[f"{lang}/{paths.page('earlier', lang)}"]
        for p in DATA.provisions_in_order():
            assert f"{{#{p.id}}}" in page, (lang, p.id)
        for act in DATA.earlier_acts:
            assert f"{{#{act.id}}}" in page
            for ep in act.provisions:
                assert f"{{#{ep.id}}}" in page


def test_the_withdrawal_paragraph_shows_the_lachin_clause_dropped(site: dict[str, str]) -> None:
    page = site["fr/devancieres.md"]
    section = page.split("{#integrite-territoriale-retrait-des-forces}")[1].split("\n### ")[0]
    dropped = re.findall(r"<del>(.*?)</del>", section)
    assert any("couloir de Latchin" in d for d in dropped), dropped
    assert any("azéries" in d for d in dropped)
    assert "<ins>" in section and "azerbaïdjanaises" in section


def test_only_known_wordings_are_diffed(site: dict[str, str]) -> None:
    """A diff needs the 2024 wording (official or verbatim) and an earlier verbatim copy: one pair today."""
    page = site["en/earlier-resolutions.md"]
    assert page.count('class="word-diff"') == 1
    assert page.lower().count("only the themes are compared") >= 10


def test_provision_pages_link_to_their_comparison_and_back(site: dict[str, str]) -> None:
    for lang in ("fr", "en"):
        earlier_page = paths.page("earlier", lang)
        comparison = site[f"{lang}/{earlier_page}"]
        for p in DATA.provisions_in_order():
            here = paths.provision_page(p.id, lang)
            text = site[f"{lang}/{here}"]
            assert "{#before-2024}" in text
            assert f"({paths.relative_path(here, earlier_page)}#{p.id})" in text
            assert f"({paths.relative_path(earlier_page, here)})" in comparison


def test_the_recognition_call_is_listed_as_not_in_2024(site: dict[str, str]) -> None:
    section = site["fr/devancieres.md"].split("{#dropped}")[1].split("{#texts}")[0]
    assert "{#reconnaissance-republique-haut-karabagh}" in section
    assert "(#s2020-reconnaissance)" in section and "(#s2022-p11-reconnaissance)" in section


def test_no_inferred_address_of_an_earlier_text_is_published(site: dict[str, str]) -> None:
    inferred = ("tas20-026", "tas22-019", "ppr20-145", "ppr22-003")
    for name, text in site.items():
        assert not any(address in text for address in inferred), name
    assert not any(address in s.url for s in DATA.sources for address in inferred)


def test_the_draft_stage_is_shown_as_such(site: dict[str, str]) -> None:
    assert "projet provisoire" in site["fr/devancieres.md"]
    assert "provisional draft" in site["en/earlier-resolutions.md"]


# --- open data ---------------------------------------------------------------------


def test_open_data_carries_the_earlier_resolutions(site: dict[str, str]) -> None:
    published = json.loads(site["fr/donnees/resolution.json"])
    assert [a["id"] for a in published["earlier_acts"]] == [a.id for a in DATA.earlier_acts]
    assert len(published["concordance"]) == len(DATA.provisions)
    rows = list(csv.DictReader(io.StringIO(site[f"fr/{earlier_data.EARLIER_CSV}"])))
    provisions = [ep for act in DATA.earlier_acts for ep in act.provisions]
    assert [r["id"] for r in rows] == [ep.id for ep in provisions]
    metadata = json.loads(site[f"fr/{earlier_data.EARLIER_CSVW}"])
    assert [c["name"] for c in metadata["tableSchema"]["columns"]] == list(rows[0])
    withdrawal = next(r for r in rows if r["id"] == "s2022-p2-retrait")
    assert withdrawal["provisions_2024"] == "integrite-territoriale-retrait-des-forces"
    assert withdrawal["status"] == "verbatim" and withdrawal["text_kind"] == "verbatim"
    # The Senate's list starts each paragraph with "- ": a spreadsheet must not read it as a formula.
    summary_row = next(r for r in rows if r["id"] == "s2022-p3-integrite-turquie")
    assert summary_row["text"].startswith("'- demande le respect")
    assert "apostrophe" in metadata["dc:description"]


# --- in a browser -----------------------------------------------------------------


@pytest.mark.browser
def test_a_reader_goes_from_a_provision_to_its_comparison(page, site_url: str) -> None:
    page.goto(f"{site_url}/dispositions/integrite-territoriale-retrait-des-forces/")
    page.locator("#before-2024 ~ p a", has_text="Comparer").first.click()
    expect(page).to_have_url(re.compile(r"/devancieres/#integrite-territoriale-retrait-des-forces$"))
    section = page.locator("#integrite-territoriale-retrait-des-forces ~ p.word-diff").first
    expect(section.locator("del", has_text="couloir de Latchin")).to_be_visible()
    page.goto(f"{site_url}/en/earlier-resolutions/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("#s2022-p2-retrait")).to_be_visible()


def test_every_french_quotation_on_the_english_comparison_has_our_translation(site: dict[str, str]) -> None:
    """An English reader never meets a quoted French paragraph alone, in the side-by-side part
    as in the texts part: each is followed by our translation, labelled unofficial, before the
    next quotation or heading."""
    label = "Our translation (unofficial)"
    alone = {}
    for name in [f"en/{paths.page('earlier', 'en')}"]:
        text = site[name]
        for block in re.split(r"\n#+ ", text):
            parts = re.split(r"(<blockquote[^>]*>)", block)
            for opening, after in zip(parts[1::2], parts[2::2], strict=True):
                if 'lang="fr"' in opening and label not in after:
                    alone.setdefault(name, []).append(after.split("</blockquote>")[0].strip()[:60])
    assert not alone, alone


def test_what_is_said_of_the_2022_wording_agrees_with_the_comparison_page(site: dict[str, str]) -> None:
    """The comparison page quotes the 2022 wording; the methodology and the provision notes that
    speak of it must send the reader there, not say it is reproduced nowhere."""
    said = {
        "fr": [(ROOT / "docs/pages/methode.md").read_text(encoding="utf-8")],
        "en": [(ROOT / "docs/pages/en/methodology.md").read_text(encoding="utf-8")],
    }
    for p in DATA.provisions:
        for note in p.notes:
            said["fr"].append(note.fr)
            said["en"].append(note.en)
    for lang, texts in said.items():
        title = STRINGS[lang]["title.earlier"]
        for text in texts:
            for line in text.splitlines():
                if "2022" in line and re.search(r"reprodu|not reproduced|non reproduit", line):
                    assert title in line, (lang, line[:160])
    assert "2022" in site["en/earlier-resolutions.md"] and 'lang="fr"' in site["en/earlier-resolutions.md"]
