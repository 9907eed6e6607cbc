"""The search evaluation: queries a reader types, each with the result it should find.

Two kinds of set. ``CASES`` (split "builtin"), below, written with the site. And sets
written blind, by someone who never saw the index or the code, as YAML files in
``tests/search_eval/`` (the file's name is the split: ``dev.yaml`` is for tuning; a
held-out split is added and run by someone else, never used while tuning): a list of
``{query, edition, expect: [site paths, with an optional #anchor], kind}``.

Each case is run in both editions (unless it names one) by the site's own
search (search.js and search-core.js), in Chromium, against a built site: the ranking is measured where it
runs, not in a port. A case is a hit when one of its expected results is among
the first three shown. ``scripts/search_eval.py`` prints the hit rate;
``tests/test_search_eval.py`` requires at least ``TARGET``. With ``--ranks`` it also counts, per
edition, where the first right result sits in the whole ranking (top 3, the rest of the first
screen, later, not reached by any word of the query): counts only, so sealed splits can be
measured this way without being read.

Expected results are written as targets, resolved per edition through
``paths``: ``p:<id>`` a provision, ``p:*`` any provision, ``region`` any
provision whose text names Nagorno-Karabakh, ``event:<id>``, ``source:<id>``,
``topic:<id>``, ``<page key>#<anchor>`` a section of a top page, ``<page key>``
any place on that page.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from .. import paths
from ..dataset import Dataset
from ..pipeline import load_dataset
from ..publish.search import fold
from .browser import launch, served

TARGET = 0.95
TOP = 3


SETS = Path(__file__).resolve().parents[3] / "tests" / "search_eval"
# Held-out sets, gzipped so that nobody tuning reads them by accident (tests/search_eval/sealed/README.md).
SEALED = "sealed"


@dataclass(frozen=True)
class Case:
    query: str
    expected: tuple[str, ...]  # any of these targets
    editions: tuple[str, ...] = ("fr", "en")
    kind: str = ""  # what sort of query (blind sets): keyword, name, question…


def _case(query: str, *expected: str, editions: tuple[str, ...] = ("fr", "en")) -> Case:
    return Case(query, expected, editions)


CASES = (
    # the provisions, by their subject, in French and in English
    _case("condamnation offensive", "p:condamnation-offensive-septembre-2023"),
    _case("condemnation of the offensive", "p:condamnation-offensive-septembre-2023"),
    _case("droit au retour", "p:droit-au-retour-autodetermination"),
    _case("right of return", "p:droit-au-retour-autodetermination"),
    _case("aide humanitaire", "p:aide-humanitaire"),
    _case("humanitarian aid", "p:aide-humanitaire"),
    _case("intégrité territoriale", "p:integrite-territoriale-retrait-des-forces"),
    _case("territorial integrity", "p:integrite-territoriale-retrait-des-forces"),
    _case("Turquie", "p:mise-en-garde-ambitions-azerbaidjan-turquie"),
    _case("Turkey", "p:mise-en-garde-ambitions-azerbaidjan-turquie"),
    _case("se défendre", "p:droit-armenie-a-se-defendre"),
    _case("defend itself", "p:droit-armenie-a-se-defendre"),
    _case("Facilité européenne pour la paix", "p:facilite-europeenne-pour-la-paix"),
    _case("European Peace Facility", "p:facilite-europeenne-pour-la-paix"),
    _case("arrestation des dirigeants", "p:arrestation-dirigeants-haut-karabagh"),
    _case("prisonniers", "p:liberation-prisonniers-restitution-depouilles"),
    _case("prisoners bodies", "p:liberation-prisonniers-restitution-depouilles"),
    _case("patrimoine culturel", "p:respect-patrimoine-culturel-religieux"),
    _case("biens culturels conflit armé", "p:comite-protection-biens-culturels"),
    _case("UNESCO experts", "p:mission-experts-unesco"),
    _case("embargo gaz pétrole", "p:sanctions-avoirs-embargo"),
    _case("oil embargo", "p:sanctions-avoirs-embargo"),
    _case("régime de sanctions", "p:regime-sanctions-ue-relations-ue-azerbaidjan"),
    _case("paix durable Caucase", "p:negociations-paix-durable"),
    _case("lasting peace", "p:negociations-paix-durable"),
    _case("negociations", "p:negociations-paix-durable"),
    _case("massacres", "p:considerant-massacres-organises"),
    _case("ECRI CERD", "p:considerant-rapports-ecri-cerd"),
    _case("visas", "p:visas"),
    _case("O13", "p:sanctions-avoirs-embargo"),
    _case("O1", "p:condamnation-offensive-septembre-2023"),
    _case("autodétermination", "p:droit-au-retour-autodetermination"),
    _case("self-determination", "p:droit-au-retour-autodetermination"),
    _case("Sénat", "p:*"),
    _case("Senat", "p:*"),
    # one typo in a word of five letters or more
    _case("humanitarain aid", "p:aide-humanitaire"),
    _case("embrago", "p:sanctions-avoirs-embargo"),
    _case("territoral integrity", "p:integrite-territoriale-retrait-des-forces"),
    _case("Retaillau", "procedure#authors"),
    _case("Gouelt", "vote#against"),
    # the region's other names lead to the provisions about it
    _case("Artsakh", "region"),
    _case("Haut-Karabakh", "region"),
    _case("Haut-Karabagh", "region"),
    _case("Nagorno-Karabakh", "region"),
    _case("Karabagh", "region"),
    _case("Nagorny", "region"),
    _case("réfugiés Artsakh", "p:aide-humanitaire"),
    _case("Artsakh leaders", "p:arrestation-dirigeants-haut-karabagh"),
    # the region's name alone, even mistyped, is the subject of the whole site: the home page and the text first
    _case("karabah", "home", "text"),
    _case("Karabakh", "home", "text"),
    _case("Stepanakert", "event:blocus-corridor-latchine"),  # the city's two names (Khankendi) are one group
    _case("Khankendi", "event:blocus-corridor-latchine"),
    # a word the site quotes and attributes only: how it treats such words (a blind reader's query)
    _case("génocide", "methodology#neutral-voice", editions=("fr",)),
    _case("genocide", "methodology#neutral-voice", editions=("en",)),
    # weapons, not the armed conflict of the cultural property committee (stems apart)
    _case("arms", "p:droit-armenie-a-se-defendre", "event:colonna-senat-2023-10-11"),
    _case("weapons", "p:droit-armenie-a-se-defendre", "event:colonna-senat-2023-10-11"),
    _case("armes", "p:droit-armenie-a-se-defendre", "event:colonna-senat-2023-10-11"),
    _case("discriminations raciales Conseil de l'Europe", "p:considerant-rapports-ecri-cerd"),
    # the vote: names, figures, words
    _case("Goulet", "vote#against"),
    _case("Nathalie Goulet", "vote#against"),
    _case("336", "vote#figure-for"),
    _case("abstentions", "vote#figure-abstentions"),
    _case("vote contre", "vote#against", "vote#figure-against"),
    _case("voted against", "vote#against", "vote#figure-against"),
    _case("votants", "vote#figure-voters"),
    _case("suffrages exprimés", "vote#figure-cast"),
    _case("votes cast", "vote#figure-cast"),
    _case("scrutin", "vote"),
    # identity and procedure
    _case("Retailleau", "procedure#authors"),
    _case("Devinaz", "procedure#authors"),
    _case("cosignataires", "procedure#authors"),
    _case("Sophie Primas", "procedure#sitting"),
    _case("Séjourné", "procedure#sitting", "event:nomination-sejourne"),
    # the legal bases' topic says it too; the legal effect quotes it
    _case("article 34-1", "procedure#procedure", "procedure#legal-effect", "topic:fondements-juridiques"),
    _case("Folliot", "procedure#speakers"),
    _case("157", "procedure#documents", "reporting#numero-157"),
    # the timeline
    _case("guerre des 44 jours", "event:guerre-des-44-jours"),
    _case("44-day war", "event:guerre-des-44-jours"),
    _case("corridor de Latchine", "event:blocus-corridor-latchine"),
    _case("Lachin corridor blockade", "event:blocus-corridor-latchine"),
    _case("Cour internationale de justice", "event:ordonnance-cij-latchine"),
    _case("Colonna", "event:colonna-erevan-2023-10-03", "event:colonna-senat-2023-10-11"),
    _case("cessez-le-feu", "event:cessez-le-feu-9-novembre-2020"),
    _case("COSAC", "event:cosac-2024-03"),
    _case("Milli Majlis", "event:milli-majlis-2024-01-18"),
    _case(
        "reconnaissance République du Haut-Karabagh 2020",
        "event:adoption-resolution-2020",
        "event:depot-ppr-2020-reconnaissance-haut-karabagh",
    ),
    # sources, by publisher and title
    _case("Asbarez", "source:asbarez-2024-01"),
    _case("Nor Haratch", "source:norharatch-2024-01-vote", "source:norharatch-2023-12"),
    _case("Reuters", "source:boursier-reuters-2024-01-18"),
    _case("compte rendu analytique", "source:senat-cra-2024-01-17"),
    _case("Euronews", "source:euronews-2022-11-16", "source:euronews-2020-11-26"),
    # open data, with the words a reader types
    _case("csv", "open-data#dispositions-csv"),
    _case("télécharger", "open-data"),
    _case("download", "open-data"),
    _case("json", "open-data#resolution-json"),
    _case("JSON schema", "open-data#schema-json"),
    _case("données ouvertes", "open-data"),
    _case("open data", "open-data"),
    # the text page is also our translation, beside the French
    _case("traduction anglaise de la résolution", "text", editions=("fr",)),
    _case("English translation of the resolution", "text", editions=("en",)),
    # "**Our reading**" labels every entry of the reporting page: a label names none of them (sections.labels)
    _case("read the resolution", "text", editions=("en",)),
    # state of the text, reporting, topics
    _case("libellé officiel", "methodology#statuses", "home#completeness", "completeness"),
    _case("paraphrase only", "completeness#paraphrase"),
    _case("still to be found", "completeness#open-items"),
    _case("réprouve", "reporting#reprouve-ou-condamne"),
    _case("rapporteur", "reporting#rapporteur-ou-auteur"),
    _case(
        "Patrimoine culturel et religieux",
        "topic:patrimoine-culturel-religieux",
        "p:respect-patrimoine-culturel-religieux",
    ),
    # the hand-written methodology, each edition's own page
    _case("niveaux de confiance", "methodology#confidence", editions=("fr",)),
    _case("règles de copie", "methodology#copying", editions=("fr",)),
    _case("confidence levels", "methodology#confidence", editions=("en",)),
    _case("copying rules", "methodology#copying", editions=("en",)),
    # a query whose words no one section holds all of: the one lacking only the most common word is
    # ranked with the full matches (index.py SLACK_FROM), then by how well it matches
    _case("portée juridique de la résolution", "procedure#legal-effect", editions=("fr",)),
    _case("topics European Union", "topic:union-europeenne", editions=("en",)),
    # the apparatus never decides which words a result must hold: a correction holding every word of a question
    # about the Journal officiel does not push the state of the text away; asked for ("corrected"), it comes first
    _case("la résolution a-t-elle été publiée au Journal officiel", "completeness#open-items", editions=("fr",)),
    _case("vote figures corrected", "corrections", editions=("en",)),
    # an event the resolution bears on is about this act, whatever its date (documents._dated); the context's
    # neutral "quittent la région" / "leave the region" is among the words for the exodus (vocabulary)
    _case("why did Armenians flee Karabakh", "event:offensive-septembre-2023", editions=("en",)),
    _case(
        "pourquoi les arméniens ont quitté le haut-karabakh en 2023", "event:offensive-septembre-2023", editions=("fr",)
    ),
    # a preposition is never required (index.py WEAK_WORDS): the sections that only hold "contre" come after
    _case(
        "sanctions contre les responsables azéris", "p:regime-sanctions-ue-relations-ue-azerbaidjan", editions=("fr",)
    ),
    # when fewer than three sections hold every word, those holding fewer follow rather than vanish (FILL_TO)
    _case(
        "la turquie est-elle visée par la résolution", "p:mise-en-garde-ambitions-azerbaidjan-turquie", editions=("fr",)
    ),
    # a mistyped word of the site's name is the site's name (search-core.js optional)
    _case("nagorno karabak french senate", "home", "text", editions=("en",)),
    # what readers call the list of what the resolution asks, the site's editorial line, its authors (pages.py about)
    _case("résumé de la résolution", "home#asks", "text", editions=("fr",)),
    _case("short summary of the resolution", "home#asks", "text", editions=("en",)),
    _case("impartiality editorial policy", "methodology#neutral-voice", editions=("en",)),
    _case("submit a correction", "methodology#report-error", "corrections", editions=("en",)),
    # "initiateurs" is not English "initial" (tokens.STEM_OVERRIDES)
    _case("initiateurs du texte", "procedure#authors", editions=("fr",)),
)


def load_set(path: Path) -> tuple[Case, ...]:
    """A blind set: its targets are site paths (``/en/vote/#against``), written ``url:<path>``.
    A sealed set (``sealed/<split>.yaml.gz``) is read the same way, from its gzip."""
    raw = (
        gzip.decompress(path.read_bytes()).decode("utf-8") if path.suffix == ".gz" else path.read_text(encoding="utf-8")
    )
    rows = yaml.safe_load(raw) or []
    cases = []
    for number, row in enumerate(rows):
        if not isinstance(row, dict) or not {"query", "edition", "expect"} <= set(row):
            raise ValueError(f"{path}: case {number}: needs query, edition and expect")
        expect = row["expect"] if isinstance(row["expect"], list) else [row["expect"]]
        targets = tuple(f"url:{str(target).lstrip('/')}" for target in expect)
        cases.append(Case(str(row["query"]), targets, (row["edition"],), str(row.get("kind") or "")))
    return tuple(cases)


def sealed_name(path: Path) -> str:
    return path.name.removesuffix(".yaml.gz")


def sealed_splits(sets: Path = SETS) -> set[str]:
    """The held-out splits kept sealed: measured, never read (their misses are never printed)."""
    return {sealed_name(path) for path in (sets / SEALED).glob("*.yaml.gz")}


def splits(chosen: list[str] | None = None, sets: Path = SETS) -> dict[str, tuple[Case, ...]]:
    """The sets to run, by split: "builtin" (``CASES``) and each YAML file of ``sets``."""
    found = {"builtin": CASES, **{path.stem: load_set(path) for path in sorted(sets.glob("*.yaml"))}}
    found |= {sealed_name(path): load_set(path) for path in sorted((sets / SEALED).glob("*.yaml.gz"))}
    if chosen:
        missing = [name for name in chosen if name not in found]
        if missing:
            raise SystemExit(f"no split {', '.join(missing)} (known: {', '.join(found)})")
        found = {name: found[name] for name in chosen}
    return found


def region_provisions(data: Dataset) -> set[str]:
    """Provisions whose heading or text names the region (Karabagh / Karabakh)."""
    pattern = re.compile(r"karaba[gk]h")
    found = set()
    for p in data.provisions:
        texts = [p.heading.fr, p.heading.en]
        if p.wording:
            texts += [p.wording.fr, p.wording.en]
        texts += [q.text for q in [*p.fragments, *p.paraphrases]]
        if any(pattern.search(fold(text)) for text in texts):
            found.add(p.id)
    return found


def _same_place(page: str, wanted: str, anchor: str, lang: str) -> bool:
    """Does ``anchor`` answer for ``wanted`` on ``page``? The same anchor; on the since page, any anchor of the
    same event (``<event id>--<provision id>``): an event is shown in full once, under one provision, and as a
    one-line entry that search leaves out under the others, so a case written with a one-line entry's address
    is answered by the full entry."""
    if anchor == wanted:
        return True
    since = paths.EDITION_PREFIX[lang] + paths.page_url(paths.page("since", lang))
    event, sep, _ = wanted.partition("--")
    return page == since and bool(sep) and anchor.partition("--")[0] == event


# Elements that search shows as another result (tests/test_search_completeness.py says why each has no document
# of its own): a citation in a reference manager's format is in its page's citation box; on a provision's page,
# the sections of its wording are the provision's one document, and its latest events and its earlier versions are
# those of the since page and of the earlier acts' page, under the provision.
CITATION_FORMATS = frozenset({"cite-bibtex", "cite-csl-json"})
PROVISION_WORDING = frozenset({"wording", "fragments", "paraphrases", "variants"})
PROVISION_ELSEWHERE = {"since": "since", "before-2024": "earlier"}


def stand_in(want_page: str, want_anchor: str, lang: str, data: Dataset) -> tuple[str, str]:
    """The result that shows the element at ``want_page#want_anchor`` (site paths): the citation box around a
    citation's format; a provision's own document for the provision on the full text and for its wording on its
    page; the since page's and the earlier acts' sections under the provision for its page's; else the element."""
    if want_anchor in CITATION_FORMATS:
        return want_page, "cite-this"
    prefix = paths.EDITION_PREFIX[lang]
    on_text = want_page == prefix + paths.page_url(paths.page("text", lang))
    if on_text and any(p.id == want_anchor for p in data.provisions):
        return prefix + paths.page_url(paths.provision_page(want_anchor, lang)), want_anchor
    for p in data.provisions:
        if want_page == prefix + paths.page_url(paths.provision_page(p.id, lang)):
            if want_anchor in PROVISION_WORDING:
                return want_page, p.id
            if want_anchor in PROVISION_ELSEWHERE:
                return prefix + paths.page_url(paths.page(PROVISION_ELSEWHERE[want_anchor], lang)), p.id
    return want_page, want_anchor


def accepts(target: str, url: str, lang: str, data: Dataset) -> bool:
    """Does the edition-relative ``url`` (``vote/#against``) satisfy ``target``?"""
    page, _, anchor = url.partition("#")
    if target.startswith("url:"):  # a site path: the edition's prefix, then the page, then maybe #anchor
        want_page, _, want_anchor = target.removeprefix("url:").partition("#")
        want_page, want_anchor = stand_in(want_page, want_anchor, lang, data)
        here = paths.EDITION_PREFIX[lang] + page
        return here == want_page and (not want_anchor or _same_place(want_page, want_anchor, anchor, lang))
    if target in ("p:*", "region"):
        prefix = paths.PROVISION_DIR[lang] + "/"
        if not (page.startswith(prefix) and anchor):
            return False
        return target == "p:*" or anchor in region_provisions(data)
    kind, _, rest = target.partition(":")
    if rest:
        where = {
            "p": (paths.page_url(paths.provision_page(rest, lang)), rest),
            "topic": (paths.page_url(paths.topic_page(rest, lang)), ""),
            "event": (paths.page_url(paths.page("context", lang)), rest),
            "source": (paths.page_url(paths.page("sources", lang)), rest),
        }[kind]
        return (page, anchor) == where
    key, _, section = target.partition("#")
    if page != paths.page_url(paths.page(key, lang)):
        return False
    return not section or anchor == section


# Types every query in the box, in the page, and returns the results' addresses (edition-relative),
# once they are shown (data-state "ready"; their snippets, filled in afterwards, are not needed).
_RUN = """
async ([queries, prefix]) => {
  const input = document.querySelector("#site-search-input");
  const box = document.querySelector("[data-site-search]");
  const out = [];
  for (const query of queries) {
    input.value = query;
    input.dispatchEvent(new Event("input"));
    while (box.dataset.state === "loading") await new Promise((resolve) => setTimeout(resolve, 5));
    out.push([...document.querySelectorAll(".site-search__result")].map((a) => {
      const url = new URL(a.href);
      return (url.pathname + url.hash).slice(prefix.length);
    }));
  }
  return out;
}
"""


def run_cases(page, site_url: str, lang: str, cases=CASES) -> list[tuple[Case, list[str]]]:
    """Every case of ``lang``'s edition with the results shown for it, in order."""
    prefix = "/" + paths.EDITION_PREFIX[lang]
    page.goto(site_url + prefix)
    page.focus("#site-search-input")
    page.wait_for_selector("[data-site-search][data-state=ready]", state="attached")
    chosen = [case for case in cases if lang in case.editions]
    results = page.evaluate(_RUN, [[case.query for case in chosen], prefix])
    return list(zip(chosen, results, strict=True))


# The whole ranking of each query, by the engine the box uses (the box shows ten at a time).
_RANKED = """
async ([queries, prefix]) => {
  const raw = await (await fetch(prefix + "search/index.json")).json();
  const engine = window.SiteSearch.prepare(raw);
  return queries.map((query) => engine.search(query).hits.map((doc) => engine.heads[doc].url));
}
"""

# Where a case's first accepted result sits in the whole ranking (--ranks): a miss in the first screen is the
# ranking's; one found later or not at all is a question of words (the section holds none the query reaches).
RANK_BANDS = (("top 3", TOP), ("4-10", 10), ("after 10", None))


def ranked(page, site_url: str, lang: str, cases) -> list[tuple[Case, list[str]]]:
    """Every case of ``lang``'s edition with its whole ranking (``run_cases`` reads the ten the box shows)."""
    prefix = "/" + paths.EDITION_PREFIX[lang]
    page.goto(site_url + prefix)
    chosen = [case for case in cases if lang in case.editions]
    results = page.evaluate(_RANKED, [[case.query for case in chosen], prefix])
    return list(zip(chosen, results, strict=True))


def rank_bands(data: Dataset, lang: str, ran: list[tuple[Case, list[str]]]) -> dict[str, int]:
    """How many cases have their first accepted result in each of ``RANK_BANDS``, and how many none."""
    bands = {name: 0 for name, _ in RANK_BANDS} | {"not found": 0}
    for case, urls in ran:
        at = next(
            (rank for rank, url in enumerate(urls, 1) if any(accepts(t, url, lang, data) for t in case.expected)),
            None,
        )
        name = "not found" if at is None else next(n for n, last in RANK_BANDS if last is None or at <= last)
        bands[name] += 1
    return bands


def hits(data: Dataset, lang: str, ran: list[tuple[Case, list[str]]]) -> tuple[int, list[tuple[Case, list[str]]]]:
    """How many cases found an expected result in the first ``TOP``, and the misses."""
    misses = [
        (case, urls)
        for case, urls in ran
        if not any(accepts(target, url, lang, data) for target in case.expected for url in urls[:TOP])
    ]
    return len(ran) - len(misses), misses


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    """Build the site (or take ``--site``), run every split in Chromium in both editions and
    print the hit rates and misses; exit 1 when an edition of the builtin set is below ``TARGET``."""
    root = root or Path.cwd()
    parser = argparse.ArgumentParser(description="Top-3 hit rate of the site's search on its evaluation sets")
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument("--split", action="append", help="run only this split (builtin, dev…); repeatable")
    parser.add_argument("--misses", action="store_true", help="list the misses")
    parser.add_argument(
        "--ranks", action="store_true", help="where the first right result sits in the whole ranking (counts only)"
    )
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    data = load_dataset(root / "data")
    chosen = splits(args.split, root / "tests" / "search_eval")
    sealed = sealed_splits(root / "tests" / "search_eval")
    with tempfile.TemporaryDirectory(prefix="search-eval-") as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            subprocess.run(
                [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                cwd=root,
                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                check=True,
            )
        ok = True
        with served(site) as url, sync_playwright() as pw:
            browser = launch(pw)
            page = browser.new_page()
            for split, cases in chosen.items():
                for lang in ("fr", "en"):
                    ran = run_cases(page, url, lang, cases)
                    if not ran:
                        continue
                    found, misses = hits(data, lang, ran)
                    rate = found / len(ran)
                    if split == "builtin":
                        ok &= rate >= TARGET
                    print(f"{split} {lang}: top-{TOP} hit rate {100 * rate:.1f} % ({found}/{len(ran)})")
                    if args.ranks:
                        bands = rank_bands(data, lang, ranked(page, url, lang, cases))
                        print("  ranks: " + " · ".join(f"{name} {count}" for name, count in bands.items()))
                    if split in sealed:
                        continue  # a held-out split's misses are never shown: read once, it is spent
                    for case, urls in misses if args.misses or split == "builtin" else []:
                        print(f"  miss {case.query!r}: expected {' or '.join(case.expected)}, got {urls[:3]}")
            browser.close()
    return 0 if ok else 1
