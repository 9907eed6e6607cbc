"""Everything a reader can see is findable: the built site is crawled, and every section it shows
(each ``##``/``###`` heading, and each element with an id and text: a row of the vote, a reaction,
a correction, a timeline entry, an open-data file, a source, a background note) must have a search
document opening at its anchor, in its edition, unless ``EXCLUDED`` says why not."""

from __future__ import annotations

import json
from pathlib import Path

from resolution_site import paths
from resolution_site.publish.search import expand
from site_html import html_pages

# What a reader sees that is found another way, and why. Each rule: (name, test on
# (page url, tag, attributes, text), the search document that stands for it, or None).
EXCLUDED = {
    "provision page: one document, from the data, holds its wording, fragments, paraphrases and notes, "
    "and opens at the provision's anchor; the rest of the page repeats entries indexed where they are shown in "
    "full (its latest events, #since: the since page's; #before-2024: the earlier acts' page's; #corrections: "
    "the log's; #sources: the list of sources'), which a second document here would only show twice": (
        lambda page, tag, attrs, text: (
            page.startswith(tuple(f"{d}/" for d in paths.PROVISION_DIR.values())) and page.count("/") == 2
        )
    ),
    "a provision on the full text: it is indexed once, by its own page": lambda page, tag, attrs, text: (
        "data-provision" in attrs
    ),
    "a heading that only links to another page (a topic's list of its provisions)": lambda page, tag, attrs, text: (
        page.startswith(tuple(f"{d}/" for d in paths.TOPIC_DIR.values())) and tag == "h2"
    ),
    "an event's one-line entry under another provision of the since page: its full entry is indexed, "
    "once": lambda page, tag, attrs, text: "since-see" in attrs.get("class", "").split(),
    "a citation in a format for reference managers (BibTeX, CSL-JSON): its id keeps the theme from giving two code "
    "blocks one id; the citation panel around it is indexed (#cite-this)": lambda page, tag, attrs, text: (
        "cite-block" in attrs.get("class", "").split()
    ),
}


def _documents(site: Path, lang: str) -> set[str]:
    index = json.loads((site / paths.EDITION_PREFIX[lang] / "search/index.json").read_text(encoding="utf-8"))
    return {doc["url"] for doc in expand(index)}


def test_every_visible_section_has_a_search_document(built_site: Path) -> None:
    missing = []
    found = {lang: _documents(built_site, lang) for lang in paths.EDITION_PREFIX}
    for path, page in html_pages(built_site).items():
        lang = "en" if path.startswith("en/") else "fr"
        url = path.removeprefix(paths.EDITION_PREFIX[lang]).removesuffix("index.html")
        if path.endswith("404.html") or not page.anchored:
            continue  # the not-found page, and the redirects of former ids, show no section
        for tag, attrs, text in page.anchored:
            anchor = attrs["id"]
            if tag == "h1":
                anchor = ""
            elif not (tag in ("h2", "h3") or text):
                continue
            if any(rule(url, tag, attrs, text) for rule in EXCLUDED.values()):
                continue
            if f"{url}#{anchor}".rstrip("#") not in found[lang]:
                missing.append(f"{path}#{anchor} <{tag}> {text[:60]}")
    assert not missing, missing


def test_each_provision_page_and_full_text_entry_has_the_provision_s_document(built_site: Path) -> None:
    """The exclusions above hold only because each provision has its own document."""
    from conftest import ROOT
    from resolution_site.pipeline import load_dataset

    data = load_dataset(ROOT / "data")
    for lang, docs in ((lang, _documents(built_site, lang)) for lang in paths.EDITION_PREFIX):
        for p in data.provisions:
            assert f"{paths.page_url(paths.provision_page(p.id, lang))}#{p.id}" in docs


# Headings whose snippet stays empty, and why: the full text's groups (Visas, Considérants) hold only provisions,
# each indexed by its own page.
NO_SNIPPET = {"texte/#visa", "texte/#recital", "text/#visa", "text/#recital"}


def test_every_result_shows_a_snippet(built_site: Path) -> None:
    """A result line without a snippet tells the reader nothing: a heading with no text of its own shows the
    titles under it, a provision whose wording is unknown our first note on it."""
    empty = []
    for lang, prefix in paths.EDITION_PREFIX.items():
        folder = built_site / prefix / "search"
        index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
        shards: dict[int, list[dict]] = {}
        for number, doc in enumerate(expand(index)):
            at, n = divmod(number, index["shard_size"])
            if at not in shards:
                shards[at] = json.loads((folder / "docs" / f"{at}.json").read_text(encoding="utf-8"))["docs"]
            if not shards[at][n].get("texts") and doc["url"] not in NO_SNIPPET:
                empty.append((lang, doc["url"]))
    assert not empty, empty
