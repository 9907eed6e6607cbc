"""Reading first (issue 10), measured as a reader meets the site: no stray markup,
doubled parentheses, raw codes or field names in any page's visible text; no page
scrolls sideways on a phone and no table is wider than it; the full text stays short
on screen and on paper."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from resolution_site import paths, typography
from resolution_site.catalogue import STATUS_EXPLAINED, STRINGS
from resolution_site.models import Status
from resolution_site.pipeline import load_dataset
from resolution_site.release import release
from resolution_site.render import neighbours
from resolution_site.text import flat
from site_html import PAGE_KINDS, html_pages, page_path, parse_html
from test_editions import visible_outside

ROOT = Path(__file__).resolve().parent.parent

# What a reader must never see: markup shown as text, "(LR (Les Républicains))",
# our schema's codes and field names, a number beside "(unknown)".
LEAKS = {
    "literal markup": re.compile(r"<\s*/?\s*(br|span|small|div|p|a|em|strong)\b|\{:\s|\*\*\S|\]\("),
    "doubled parentheses": re.compile(r"\([^()]*\([^()]*\)\)"),
    "raw code": re.compile(r"\b(not-located|order_basis|translation_en|wording\.(fr|en)|paraphrases?\[|former_ids)\b"),
    "number beside unknown": re.compile(r"\d+\s*\((unknown|inconnu)\)"),
}


def test_no_page_shows_markup_codes_or_doubled_parentheses(built_site: Path) -> None:
    found = {}
    for name in html_pages(built_site):
        html = (built_site / name).read_text(encoding="utf-8")
        body = html[html.find("<article") : html.find("</article>")]
        text = visible_outside(body, skip="-")
        for what, pattern in LEAKS.items():
            match = pattern.search(text)
            if match:
                found[f"{name}: {what}"] = text[max(0, match.start() - 40) : match.end() + 40]
    assert not found, found


def test_the_leak_patterns_catch_what_they_name() -> None:
    assert LEAKS["literal markup"].search("Voir<br>ici")
    assert LEAKS["doubled parentheses"].search("Bruno Retailleau (LR (Les Républicains))")
    assert LEAKS["raw code"].search("statut not-located")
    assert LEAKS["number beside unknown"].search("Ordre : 16 (unknown)")
    assert not LEAKS["doubled parentheses"].search("Bruno Retailleau, LR (Les Républicains)")


@pytest.mark.browser
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_on_a_phone_nothing_scrolls_sideways_and_no_table_hides_a_column(page, site_url: str, kind: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{site_url}/{page_path(kind, ROOT / 'data')}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    too_wide = page.evaluate(
        """() => [...document.querySelectorAll('article table')]
              .filter(t => t.scrollWidth > t.closest('article').clientWidth + 1)
              .map(t => t.scrollWidth)"""
    )
    assert not too_wide, f"tables wider than the page: {too_wide}"
    badges = page.evaluate(
        """() => [...document.querySelectorAll('article .status-label')]
              .map(b => Math.round(b.getBoundingClientRect().height / parseFloat(getComputedStyle(b).lineHeight)))"""
    )
    assert all(lines <= 2 for lines in badges), badges
    # WCAG 2.2 (2.5.8): a target that stands alone (not a link inside a sentence) is at least 24 px tall
    small = page.evaluate(SMALL_TARGETS)
    assert not small, f"targets under 24 px on a phone: {small}"


SMALL_TARGETS = """() => [...document.querySelectorAll('article a, article button, article summary')]
    .filter(el => el.offsetParent !== null && getComputedStyle(el).display !== 'inline')
    .map(el => [el.textContent.trim().slice(0, 40), el.getBoundingClientRect().height])
    .filter(([, height]) => height > 0 && height < 24)"""

# Printed, every heading shown is followed by something shown before the next heading of its
# level or above (a year's h2 directly above its events' h3 is not empty).
EMPTY_PRINTED_HEADINGS = """() => [...document.querySelectorAll('article h2, article h3')]
    .filter(h => h.offsetParent !== null)
    .filter(h => { const level = +h.tagName[1], heading = n => /^H[1-6]$/.test(n.tagName);
                   let n = h.nextElementSibling;
                   while (n && n.offsetParent === null && !heading(n)) n = n.nextElementSibling;
                   if (n && heading(n) && +n.tagName[1] > level) return n.offsetParent === null;
                   return !n || heading(n) || !n.innerText.trim(); })
    .map(h => h.innerText)"""


@pytest.mark.browser
@pytest.mark.parametrize(
    ("path", "width", "max_height"),
    # 6600 at 1280px (was 6000, then 6200, then 6500): reports shown with our translation are shown whole,
    # so that the two editions stop at the same word (about 50px), and each wording copied whole
    # names the copy it comes from (about 100px in all); the motion's title is labelled as such and
    # O2's gap is followed by our [sic] (27px in English, 55px in French); the word cap below still holds.
    [("texte/", 1280, 6600), ("en/text/", 1280, 6600), ("texte/", 390, 12000), ("en/text/", 390, 12000)],
)
def test_the_full_text_is_short_enough_to_read(page, site_url: str, path: str, width: int, max_height: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}/{path}")
    height = page.evaluate("document.documentElement.scrollHeight")
    words = page.evaluate("document.querySelector('article').innerText.split(/\\s+/).filter(Boolean).length")
    assert height <= max_height, f"{path} at {width}px is {height}px tall"
    assert words <= 2000, f"{path} shows {words} words"


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@pytest.mark.browser
@pytest.mark.parametrize("path", ["texte/", "en/text/"])
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_full_text_prints_on_four_sheets(page, site_url: str, path: str, paper: str) -> None:
    """The reading view's promise: the full text on four printed sheets, A4 or Letter. A blind reader printed five
    (each provision kept whole left part of a sheet empty, and reports printed larger than the wording): a provision
    may now run on to the next sheet, and print is set at 10pt with tighter spacing (print.css)."""
    page.goto(f"{site_url}/{path}")
    pdf = page.pdf(format=paper)
    assert 1 <= pdf_pages(pdf) <= 4, f"{path} prints on {pdf_pages(pdf)} {paper} sheets"


@pytest.mark.browser
def test_a_provision_prints_on_a_few_pages(page, site_url: str) -> None:
    """O4, the provision with the most evidence, on at most three sheets (two until its sources
    quoted the passage each one was read in, which a printout keeps: it has no link to follow;
    its corrections print folded, as one line)."""
    page.goto(f"{site_url}/dispositions/integrite-territoriale-retrait-des-forces/")
    assert 1 <= pdf_pages(page.pdf(format="A4")) <= 3


# --- reader polish (issue 18): the full text, the home page's facts -------------------------

DATA = load_dataset(ROOT / "data")
_SECTION = re.compile(r'<section class="provision[^"]*" data-provision="([^"]+)">(.*?)</section>', re.S)
_DIV = r'<div class="{cls}"[^>]*>(.*?)</div>'


def full_text_sections(site: Path, lang: str) -> dict[str, str]:
    path = paths.site_url_of(paths.page("text", lang), lang)
    html = (site / path / "index.html").read_text(encoding="utf-8")
    return dict(_SECTION.findall(html))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_full_text_shows_what_is_known_of_every_provision(built_site: Path, lang: str) -> None:
    """A provision without its wording shows the best report, labelled as one, never our
    heading again; reported speech (« Elle fait valoir… ») never stands in the text column."""
    sections = full_text_sections(built_site, lang)
    for p in DATA.provisions_in_order():
        view = neighbours.text_view(p)
        label = STRINGS[lang][view.report.caption if view.report else "paraphrase_not_text"].replace("'", "&#39;")
        html = sections[p.id]
        assert STRINGS[lang]["wording_unknown_about"] not in html, p.ref
        assert html.count('class="provision-report-text"') <= 1, f"{p.ref} shows two reports of one clause"
        columns = " ".join(re.findall(_DIV.format(cls="provision-original"), html, re.S))
        for q in p.fragments:
            if q.kind.value == "reported":
                assert flat(q.text)[:40].replace("'", "&#39;") not in columns, f"{p.ref}: a report in the text column"
        if p.status.value in ("paraphrase", "fragment") and not columns:
            assert label in html, f"{p.ref} shows neither fragments nor a labelled report"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_status_badge_stands_with_the_french_wording(built_site: Path, lang: str) -> None:
    """Blind reader: « Copie verbatim » sat above the English translation, which could then pass
    for the verbatim text. The badge opens the French column, never our translation."""
    sections = full_text_sections(built_site, lang)
    checked = 0
    for p in DATA.provisions_in_order():
        if neighbours.text_view(p).basis != "wording":
            continue
        html = sections[p.id]
        original = " ".join(re.findall(_DIV.format(cls="provision-original"), html, re.S))
        translation = " ".join(re.findall(_DIV.format(cls='provision-translation[^"]*'), html, re.S))
        assert "provision-mark-inline" in original, f"{p.ref}: no badge with the French wording"
        assert "provision-mark-inline" not in translation, f"{p.ref}: the badge stands with our translation"
        checked += 1
    assert checked, "no provision with its wording: the test tests nothing"


def test_a_report_and_our_translation_of_it_stop_at_the_same_word() -> None:
    """Blind reader: O13's English went further than the French shown. A report shown with our
    translation is shown whole in both editions, so the translation never says more."""
    translated = 0
    for p in DATA.provisions_in_order():
        x = neighbours.text_view(p).report
        if x is None or not (x.english or x.french):
            continue
        translated += 1
        pairs = {(flat(q.text), flat(q.translation_en or q.translation_fr or "")) for q in p.fragments + p.paraphrases}
        assert (x.text, x.english or x.french) in pairs, f"{p.ref}: a report or its translation is cut"
    assert translated, "no report with a translation: the test tests nothing"


def test_a_preview_and_our_translation_of_it_stop_at_the_same_word() -> None:
    """The same rule for the previews of the topic pages and of a provision's neighbours: where
    our translation stands beside the words, neither is cut (they would stop at different words)."""
    translated = 0
    for p in DATA.provisions_in_order():
        x = neighbours.excerpt(p)
        if not (x.english or x.french):
            continue
        translated += 1
        if p.wording:
            assert (x.text, x.english) == (flat(p.wording.fr), flat(p.wording.en)), f"{p.ref}: the wording is cut"
        else:
            pairs = {
                (flat(q.text), flat(q.translation_en or q.translation_fr or "")) for q in p.fragments + p.paraphrases
            }
            assert (x.text, x.english or x.french) in pairs, f"{p.ref}: a preview or its translation is cut"
    assert translated, "no preview with a translation: the test tests nothing"


def test_a_gap_is_marked_once() -> None:
    assert neighbours.join_fragments(["envoyer en missi[…]"]) == "[…] envoyer en missi[…]"
    assert neighbours.join_fragments(["a", "b"]) == "[…] a […] b […]"
    assert neighbours.join_fragments(["[…] a"]) == "[…] a […]"


def test_no_page_shows_a_doubled_ellipsis(built_site: Path) -> None:
    doubled = re.compile(r"(\[…\]|…)\s*\\?\[…\]")
    found = {}
    for name in html_pages(built_site):
        text = visible_outside((built_site / name).read_text(encoding="utf-8"), skip="-")
        match = doubled.search(text)
        if match:
            found[name] = text[max(0, match.start() - 40) : match.end() + 10]
    assert not found, found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_text_columns_keep_one_order_and_one_label(built_site: Path, lang: str) -> None:
    first = "provision-original" if lang == "fr" else "provision-translation"
    labels = set()
    for provision_id, html in full_text_sections(built_site, lang).items():
        block = re.search(r'<div class="provision-texts[^"]*">\s*<div class="([^" ]+)', html)
        if block:
            assert block.group(1) == first, f"{provision_id}: {block.group(1)} first on the {lang} full text"
        labels |= set(re.findall(r'<span class="translation-label"[^>]*>([^<]+)</span>', html))
    expected = {STRINGS[lang]["our_translation"]} | ({STRINGS["en"]["original_french"]} if lang == "en" else set())
    assert labels == expected


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_home_page_counts_agree_with_the_completeness_page(built_site: Path, lang: str) -> None:
    counts = {status: sum(1 for p in DATA.provisions if p.status is status) for status in Status}
    html = (built_site / paths.site_url_of(paths.page("home", lang), lang) / "index.html").read_text(encoding="utf-8")
    text = visible_outside(html, skip="-")
    reported, missing = counts[Status.paraphrase], counts[Status.not_located]
    phrase = {"fr": f"{reported} seulement par des comptes rendus et {missing} pas du tout", "en": None}[lang]
    phrase = phrase or f"{reported} only from reports and {missing} not at all"
    assert phrase in text


@pytest.mark.browser
@pytest.mark.parametrize("home", ["", "en/"])
def test_more_sources_opens_as_a_plain_list_under_its_fact(page, site_url: str, home: str) -> None:
    """Material's details box (border, icon, chevron over the text) must not apply: closed, the
    disclosure is one line of text; open, its list stays inside its fact."""
    page.goto(f"{site_url}/{home}")
    boxes = page.locator(".key-fact details.more-sources")
    assert boxes.count() > 0
    for i in range(boxes.count()):
        box = boxes.nth(i)
        style = box.evaluate(
            """d => { const s = d.querySelector('summary'); return {
                border: getComputedStyle(d).borderTopWidth, shadow: getComputedStyle(d).boxShadow,
                before: getComputedStyle(s, '::before').content,
                summary: s.getBoundingClientRect().height, box: d.getBoundingClientRect().height }; }"""
        )
        assert style["border"] == "0px" and style["shadow"] == "none", style
        assert style["before"] in ("none", "normal"), style
        assert style["summary"] >= 24, f"a {style['summary']}px target"
        assert style["box"] <= style["summary"] + 1, "an empty box under the disclosure"
        box.locator("summary").click()
        overlap = box.evaluate(
            """d => { const fact = d.closest('.key-fact'), next = fact.nextElementSibling;
                      const list = d.querySelector('ul').getBoundingClientRect();
                      return list.bottom > fact.getBoundingClientRect().bottom + 1
                          || (next && list.bottom > next.getBoundingClientRect().top + 1); }"""
        )
        assert not overlap, "the opened list overlaps the next fact"


@pytest.mark.browser
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_loading_a_page_makes_no_failing_request(page, site_url: str, kind: str) -> None:
    """No 404 in the console or the host's logs: not the sitemap.xml that Material's language
    script looks for beside every link rel=alternate, nor anything else."""
    failed = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("requestfailed", lambda r: failed.append(f"failed {r.url}"))
    page.goto(f"{site_url}/{page_path(kind, ROOT / 'data')}", wait_until="networkidle")
    assert not failed, failed


@pytest.mark.browser
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_every_printed_sheet_says_what_the_printout_is(page, site_url: str, kind: str) -> None:
    """Printed, a page names the site, its address, what the text is (reconstructed, unofficial
    translation, not the Senate's) and the data's version: at the head of the first sheet and,
    through the @page margin boxes, at the foot of every sheet."""
    lang = "en" if kind.startswith("en-") else "fr"
    path = page_path(kind, ROOT / "data")
    page.goto(f"{site_url}/{path}")
    page.emulate_media(media="print")
    head = page.locator("[data-print-running]")
    assert head.is_visible()
    text = " ".join(head.inner_text().split())
    version = release(DATA).version
    for expected in (STRINGS[lang]["site_name"], f"{site_url}/{path}", STRINGS[lang]["print_what"], version):
        assert expected in text, f"{expected!r} not in the printed head: {text!r}"
    foot = page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--print-foot')")
    assert STRINGS[lang]["site_name"] in foot and f"{site_url}/{path}" in foot and version in foot
    margin_boxes = page.evaluate(
        """() => [...document.styleSheets].flatMap(sheet => { try { return [...sheet.cssRules]; } catch { return []; } })
              .filter(rule => rule instanceof CSSPageRule)
              .flatMap(rule => [...rule.cssRules].map(box => box.name + ' ' + box.style.content))"""
    )
    assert any(box.startswith("bottom-left") and "--print-foot" in box for box in margin_boxes), margin_boxes
    empty = page.evaluate(EMPTY_PRINTED_HEADINGS)
    assert not empty, f"printed headings with nothing under them: {empty}"


@pytest.mark.browser
@pytest.mark.parametrize("kind", [*PAGE_KINDS, "404", "en-404"])
def test_every_page_says_on_screen_that_the_site_is_unofficial(page, site_url: str, kind: str) -> None:
    """A blind first reader saw the header and the titles name the resolution and nothing on screen say the site is
    not the Senate's (only the printout and the footer did): every page opens, above its title, on one line saying
    what the site is, in its edition's language, with a link to where the text comes from; print says it in every
    sheet's foot instead, and hides the line."""
    lang = "en" if kind.startswith("en-") else "fr"
    path = f"{'en/' if lang == 'en' else ''}404.html" if kind.endswith("404") else page_path(kind, ROOT / "data")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{site_url}/{path}")
    notice = page.locator("[data-site-notice]")
    expect(notice).to_be_visible()
    said = " ".join(notice.inner_text().split())
    assert ("non officiel" if lang == "fr" else "unofficial") in said and STRINGS[lang]["notice_why"] in said, said
    assert notice.bounding_box()["y"] < page.locator("h1").first.bounding_box()["y"], "the line comes before the title"
    origin = notice.locator("a")
    assert origin.get_attribute("lang") is None, "the link is in the page's language"
    origin.click()
    page.wait_for_url(re.compile(r"#source-of-the-text$"))
    expect(page.locator("#source-of-the-text")).to_be_visible()
    page.goto(f"{site_url}/{path}")
    page.emulate_media(media="print")
    expect(page.locator("[data-site-notice]")).to_be_hidden()


@pytest.mark.browser
@pytest.mark.parametrize("path", ["404.html", "en/404.html"])
def test_the_error_page_printed_says_what_the_printout_is(page, site_url: str, path: str) -> None:
    """The error page is not in the registry, but it prints too: the same running head."""
    lang = "en" if path.startswith("en/") else "fr"
    page.goto(f"{site_url}/{path}")
    page.emulate_media(media="print")
    head = page.locator("[data-print-running]")
    assert head.is_visible()
    text = " ".join(head.inner_text().split())
    for expected in (STRINGS[lang]["site_name"], STRINGS[lang]["print_what"], release(DATA).version):
        assert expected in text, f"{expected!r} not in the printed head: {text!r}"


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_printed_provision_has_no_empty_section(page, site_url: str, lang: str) -> None:
    """Printed, every heading of a provision page is followed by something: its sources are
    printed, not left as an empty heading at the end of the last sheet."""
    for p in DATA.provisions_in_order():
        page.goto(f"{site_url}/{paths.site_url_of(paths.provision_page(p.id, lang), lang)}")
        page.emulate_media(media="print")
        empty = page.evaluate(EMPTY_PRINTED_HEADINGS)
        assert not empty, f"{p.ref}: printed headings with nothing under them: {empty}"


# For every row of every table in the article: the horizontal gap (px) between the text of
# each cell and the text of the next, and whether the row is ruled off from the next.
_TABLE_GUTTERS = """() => {
  const text = cell => { const r = document.createRange(); r.selectNodeContents(cell);
    const boxes = [...r.getClientRects()].filter(b => b.width > 0);
    return boxes.length ? {left: Math.min(...boxes.map(b => b.left)), right: Math.max(...boxes.map(b => b.right))} : null; };
  const rows = [];
  for (const tr of document.querySelectorAll('article table tr')) {
    const cells = [...tr.children];
    for (let i = 0; i + 1 < cells.length; i++) {
      const a = text(cells[i]), b = text(cells[i + 1]);
      if (a && b) rows.push({gap: b.left - a.right,
                             between: cells[i].textContent.trim().slice(0, 20) + ' | ' + cells[i + 1].textContent.trim().slice(0, 20)});
    }
  }
  const ruled = [...document.querySelectorAll('article table tbody td')]
    .every(td => { const style = getComputedStyle(td);
                   return parseFloat(style.borderTopWidth) > 0 || parseFloat(style.borderBottomWidth) > 0; });
  return {rows, ruled};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_table_columns_stand_apart_on_screen_and_on_paper(page, built_site: Path, site_url: str, lang: str) -> None:
    """No two cells' words touch ("336moyenne"), on a wide screen or on an A4 sheet, and a
    printed table's rows are ruled: read or copied out of a PDF, each column stays apart."""
    tables = sorted(
        name.removesuffix("index.html")
        for name in html_pages(built_site)
        if name.startswith("en/") == (lang == "en") and "<table" in (built_site / name).read_text(encoding="utf-8")
    )
    assert any("vote" in name for name in tables), tables
    touching, unruled = {}, []
    for name in tables:
        page.goto(f"{site_url}/{name}")
        for media, width in (("screen", 1280), ("print", 680)):  # 680 px: A4 less the sheet's margins
            page.emulate_media(media=media)
            page.set_viewport_size({"width": width, "height": 900})
            found = page.evaluate(_TABLE_GUTTERS)
            close = [row["between"] for row in found["rows"] if row["gap"] < 8]
            if close:
                touching[f"{name} ({media})"] = close[:4]
            if media == "print" and not found["ruled"]:
                unruled.append(name)
    assert not touching, touching
    assert not unruled, f"printed tables without rules between rows: {unruled}"


# French spacing: a narrow no-break space (or a no-break space), never a plain one, before
# ; : ! ? and » and after «, in French text (what a stretch in another language marks as
# such is left alone, but for the guillemets around or inside it, which are French).
PLAIN_SPACE_IN_FRENCH = re.compile(r"(?<=\S)[ \t\n]+[;:!?»]|«[ \t\n]")
PLAIN_SPACE_BY_GUILLEMETS = re.compile(r"(?<=\S)[ \t\n]+»|«[ \t\n]")
# And some space there, in the site's own words: "LR (Les Républicains); Gilbert-Luc Devinaz"
# is wrong in French. A quotation keeps its source's spacing, an address its characters.
NO_SPACE_IN_FRENCH = re.compile(r"[^\s\u202f\u00a0][;!?]")
_ADDRESS = re.compile(r"\S+://\S+")


def test_the_french_edition_has_french_spacing(built_site: Path) -> None:
    found = {}
    for name in html_pages(built_site):
        if name.startswith("en/"):
            continue
        page = parse_html((built_site / name).read_text(encoding="utf-8"))
        # joined as they are: collapsing whitespace would turn no-break spaces into plain ones
        shown = [t for t in page.texts if not t.inside("script", "style", "head", "title")]
        french = "".join(t.text for t in shown if t.lang != "en")
        own = _ADDRESS.sub(" ", "".join(t.text for t in shown if t.lang != "en" and not t.inside("q", "blockquote")))
        every = "".join(t.text for t in shown if not t.inside("code", "pre"))
        hits = [
            text[max(0, m.start() - 25) : m.end() + 5]
            for pattern, text in (
                (PLAIN_SPACE_IN_FRENCH, french),
                (NO_SPACE_IN_FRENCH, own),
                (PLAIN_SPACE_BY_GUILLEMETS, every),
            )
            for m in pattern.finditer(text)
        ]
        if hits:
            found[name] = (len(hits), hits[:3])
    assert not found, found


def test_french_spacing_leaves_markup_code_and_other_languages_alone() -> None:
    html = '<p title="a : b">Vote : 336 ; « oui » <span lang="en">Note : x</span> <code>a : b</code></p><a>x</a> ; y'
    assert typography.french_html(html) == (
        '<p title="a : b">Vote\u202f: 336\u202f; «\u202foui\u202f» <span lang="en">Note : x</span> '
        "<code>a : b</code></p><a>x</a>\u202f; y"
    )
    # guillemets around or inside a quotation in another language are French all the same
    assert typography.french_html('« <span lang="en">a : b</span> » <span lang="en">« c ; d »</span>') == (
        '«\u202f<span lang="en">a : b</span>\u202f» <span lang="en">«\u202fc ; d\u202f»</span>'
    )


def test_a_number_joined_by_hyphens_stays_on_one_line_code_and_addresses_apart() -> None:
    html = '<p title="34-1">article 34-1, loi 2009-403 <code>34-1</code> <a href="/a-1-2">n° 1-2</a> H2-3</p>'
    assert typography.unbroken_numbers(html) == (
        '<p title="34-1">article <span class="unbroken">34-1</span>, loi <span class="unbroken">2009-403</span> '
        '<code>34-1</code> <a href="/a-1-2">n° <span class="unbroken">1-2</span></a> H2-3</p>'
    )


@pytest.mark.browser
@pytest.mark.parametrize("path", ["procedure/", "en/procedure/"])
def test_article_34_1_is_never_cut_after_its_hyphen(page, site_url: str, path: str) -> None:
    """Chromium breaks a line after a hyphen: "34-" at a line's end, "1" on the next, read as two numbers.
    At every width from a small phone's up, each "34-1" the page shows is on one line."""
    page.goto(f"{site_url}/{path}")
    for width in range(280, 420, 6):
        page.set_viewport_size({"width": width, "height": 800})
        cut = page.evaluate(
            """() => [...document.querySelectorAll("article .unbroken")].filter((s) => s.textContent === "34-1")
                 .map((s) => s.getClientRects().length).filter((n) => n > 1).length"""
        )
        assert cut == 0, width
    shown = page.evaluate("""() => document.querySelectorAll("article .unbroken").length""")
    assert shown > 0


# --- no duplicates --------------------------------------------------------------------------

_LI = re.compile(r"<li>(.*?)</li>", re.S)
_EXCERPT = re.compile(r'<q class="source-excerpt"[^>]*>(.*?)</q>', re.S)


def _plain(html: str) -> str:
    text = re.sub(r"<[^>]+>", " ", html).replace("&#39;", "'").replace("&quot;", '"').replace("&amp;", "&")
    return " ".join(text.replace("\u202f", " ").split()).rstrip(" .,;:!?…").casefold()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_provision_not_located_says_so_once(built_site: Path, lang: str) -> None:
    """The page of a provision of which nothing is found says so under its heading, and not
    again, in other words, under "What is known of the wording" (the mark's tip, shown on
    hover or focus, aside)."""
    sayings = [STRINGS[lang]["not_located_line"], STATUS_EXPLAINED[Status.not_located][lang]]
    sayings = [" ".join(flat(s).replace("\u202f", " ").replace("\xa0", " ").split()) for s in sayings]
    not_located = [p for p in DATA.provisions if p.status == Status.not_located]
    assert not_located
    for p in not_located:
        url = paths.site_url_of(paths.provision_page(p.id, lang), lang)
        html = (built_site / url / "index.html").read_text(encoding="utf-8")
        article = re.sub(
            r'<span class="status-tip".*?</span>', "", html[html.find("<article") : html.find("</article>")]
        )
        text = parse_html(article).text_where(lambda t: True).replace("\u202f", " ").replace("\xa0", " ")
        text = " ".join(text.split())
        assert sum(text.count(s) for s in sayings) == 1, (url, [text.count(s) for s in sayings])


def test_no_source_shows_its_quotation_twice(built_site: Path) -> None:
    """A source whose note already quotes its excerpt in full does not show the excerpt again."""
    found = {}
    for name in html_pages(built_site):
        for item in _LI.findall((built_site / name).read_text(encoding="utf-8")):
            for excerpt in _EXCERPT.findall(item):
                rest = _plain(_EXCERPT.sub(" ", item))
                if len(_plain(excerpt)) > 10 and _plain(excerpt) in rest:
                    found.setdefault(name, []).append(_plain(excerpt)[:60])
    assert not found, found


def test_an_excerpt_quoted_in_full_is_recognised() -> None:
    from resolution_site.render import excerpt_repeated

    assert excerpt_repeated("« 1 personne a voté contre ».", "1 personne a voté contre.")
    assert excerpt_repeated(
        "“Natalie Goulet is the lone senator”, with an interview", "Natalie Goulet is the lone senator."
    )
    assert not excerpt_repeated(
        "« 1 personne a voté contre »", "Au Sénat, 336 personnes ont voté, et 1 personne a voté contre"
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_vote_table_says_each_thing_once(built_site: Path, lang: str) -> None:
    """No row lists again the sources of a row above it; a confidence cell does not repeat
    its column's label ("Confidence: high confidence" on a phone card)."""
    html = (built_site / paths.site_url_of(paths.page("vote", lang), lang) / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr id="figure-[^"]+">(.*?)</tr>', html, re.S)
    # a row whose sources only agree with its figure, or from which it is computed, says so: not a repeat
    consistent, computed = STRINGS[lang]["consistent_only"], STRINGS[lang]["computed_from"]
    lists = [
        (*re.findall(r'href="[^"]*#([^"]+)"', row), consistent in row, computed in row)
        for row in rows
        if "href=" in row
    ]
    assert len(lists) == len(set(lists)), lists
    label = STRINGS[lang]["confidence"].casefold()
    cells = re.findall(rf'<td data-label="{STRINGS[lang]["confidence"]}">(.*?)</td>', html)
    assert cells and not any(label in _plain(cell) for cell in cells), cells


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_still_to_find_lists_each_open_item_once(built_site: Path, lang: str) -> None:
    html = (built_site / paths.site_url_of(paths.page("completeness", lang), lang) / "index.html").read_text(
        encoding="utf-8"
    )
    section = html[html.index('id="open-items"') :]
    items = _LI.findall(section[: section.index("</ul>")])
    assert len(items) == len(DATA.identity.open_items)


# --- phone and keyboard -------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("path", ["texte/", "en/text/"])
def test_on_a_phone_tab_reaches_only_what_is_on_screen(page, site_url: str, path: str) -> None:
    """With the drawer closed, Tab walks no hidden navigation link and no empty search box's
    close button; opened, the drawer's links are reachable; "Details and sources" is a
    24 px target (WCAG 2.5.8)."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{site_url}/{path}")
    off_screen = []
    for _ in range(12):
        page.keyboard.press("Tab")
        where = page.evaluate(
            """() => { const a = document.activeElement, r = a.getBoundingClientRect();
                       return {on: r.width > 0 && r.right > 0 && r.left < innerWidth,
                               what: a.outerHTML.slice(0, 80)}; }"""
        )
        if not where["on"]:
            off_screen.append(where["what"])
    assert not off_screen, off_screen
    heights = page.eval_on_selector_all(
        ".provision-more a", "links => links.map(a => a.getBoundingClientRect().height)"
    )
    assert heights and min(heights) >= 24, heights
    page.click("[data-drawer-toggle]")
    page.wait_for_function("getComputedStyle(document.querySelector('.md-sidebar--primary')).visibility === 'visible'")
    assert page.locator(".md-sidebar--primary .md-nav__link").first.is_visible()


# The marks a reader reads as one word (status, confidence, kind) that the phone breaks
# across two lines ("Paraphrase / seulement").
_BROKEN_MARKS = """() => [...document.querySelectorAll(
    'article :is(.status, .status-inline, .status-label, .confidence, .provision-kind, .since-confidence)')]
  .filter(e => new Set([...e.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top))).size > 1)
  .map(e => e.textContent.trim().slice(0, 40))"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_on_a_phone_no_mark_breaks_across_lines(page, site_url: str, lang: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    broken = {}
    for kind in PAGE_KINDS:
        if kind.startswith("en-") != (lang == "en"):
            continue
        path = page_path(kind, ROOT / "data")
        page.goto(f"{site_url}/{path}")
        found = page.evaluate(_BROKEN_MARKS)
        if found:
            broken[path] = found[:3]
    assert not broken, broken


@pytest.mark.browser
def test_the_empty_search_box_has_no_close_button_to_tab_to(page, site_url: str) -> None:
    page.goto(f"{site_url}/")
    page.focus("#site-search-input")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('site-search__close')") is False
    page.keyboard.press("Shift+Tab")
    page.keyboard.type("vote")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('site-search__close')") is True


@pytest.mark.browser
@pytest.mark.parametrize("home", ["", "en/"])
def test_on_a_phone_the_footer_keeps_a_margin(page, site_url: str, home: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{site_url}/{home}")
    left = page.evaluate("document.querySelector('.site-footer p').getBoundingClientRect().left")
    assert left >= 12, f"the footer starts {left}px from the edge"


# --- provision pages and the corrections log --------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_provision_page_reads_in_order_and_counts_within_its_part(built_site: Path, lang: str) -> None:
    """The text, then what is known of it, its sources, and only then its corrections; its
    place counts within its part (O1 is the first operative paragraph, not the fourth
    provision because of the citations before it)."""
    first = {}
    for p in DATA.provisions_in_order():
        first.setdefault(p.kind, p)
    for p in DATA.provisions_in_order():
        html = (built_site / paths.site_url_of(paths.provision_page(p.id, lang), lang) / "index.html").read_text(
            encoding="utf-8"
        )
        if 'class="corrected"' in html:
            assert html.index('id="sources"') < html.index('class="corrected"'), p.ref
        if first[p.kind] is p and p.order_basis.value == "certain":
            rank = "1er" if lang == "fr" else "1"
            assert f"{rank} de sa partie" in html if lang == "fr" else "number 1 in its part" in html, p.ref


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_corrections_log_has_short_headings_and_keeps_every_anchor(built_site: Path, lang: str) -> None:
    html = (built_site / paths.site_url_of(paths.page("corrections", lang), lang) / "index.html").read_text(
        encoding="utf-8"
    )
    headings = [_plain(h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", html, re.S)]
    assert headings and all(len(h) <= 30 for h in headings), headings
    for c in DATA.corrections:
        assert f'id="{c.id}"' in html, c.id


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_page_that_says_source_a_b_or_c_says_what_they_are(built_site: Path, lang: str) -> None:
    for p in DATA.provisions_in_order():
        html = (built_site / paths.site_url_of(paths.provision_page(p.id, lang), lang) / "index.html").read_text(
            encoding="utf-8"
        )
        article = html[html.index("<article") : html.index("</article>")]
        mention = re.search(r"\bsources? [ABC]\b", re.sub(r'class="sources-abc".*?</p>', "", article, flags=re.S))
        if mention:
            assert 'class="sources-abc"' in article and "#source-of-the-text" in article, p.ref
            # Blind reader: "source A" came near the top, its key far below: the key comes first.
            assert article.index('class="sources-abc"') < article.index(mention.group(0)), p.ref


# --- the blind reader's notes (issue 18, second pass) ----------------------------------------

_CELL_LABELS = """() => [...document.querySelectorAll('article table.figures td[data-label]')]
    .map(td => [td.dataset.label, getComputedStyle(td, '::before').content])"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_vote_tables_labels_show_on_the_phones_cards_only(page, site_url: str, lang: str) -> None:
    """The desktop table (and its printout) has its header row and no cell label; on a phone
    each card labels its values, with the header's words and the edition's colon."""
    page.goto(f"{site_url}/{paths.site_url_of(paths.page('vote', lang), lang)}")
    desktop = page.evaluate(_CELL_LABELS)
    assert desktop and all(content in ("none", "normal") for _, content in desktop), desktop
    assert page.locator("article table.figures thead").is_visible()
    page.emulate_media(media="print")
    assert all(content in ("none", "normal") for _, content in page.evaluate(_CELL_LABELS))
    page.emulate_media(media="screen")
    page.set_viewport_size({"width": 390, "height": 844})
    colon = STRINGS[lang]["colon"]
    phone = page.evaluate(_CELL_LABELS)
    assert phone and all(content == f'"{label}{colon}"' for label, content in phone), phone


# A count whose noun (or verb) disagrees with its figure, or hedges: "1 dispositions", "disposition(s)".
DISAGREEING_COUNT = re.compile(
    r"\b[01]\s(?:dispositions|autres|sources|événements|références|donnent)\b|\b1\s(?:provisions|events|more sources|give)\b"
    r"|\w\((?:s|e|es)\)"
)


def test_every_count_agrees_in_number(built_site: Path) -> None:
    found = {}
    for name in html_pages(built_site):
        text = visible_outside((built_site / name).read_text(encoding="utf-8"), skip="-").replace("\u00a0", " ")
        match = DISAGREEING_COUNT.search(text)
        if match:
            found[name] = text[max(0, match.start() - 40) : match.end() + 20]
    assert not found, found


def test_the_count_checker_sees_a_disagreement() -> None:
    assert DISAGREEING_COUNT.search("le libellé de 1 dispositions sur 18")
    assert DISAGREEING_COUNT.search("2 disposition(s), dans l'ordre")
    assert not DISAGREEING_COUNT.search("1 disposition sur 18, 2 autres sources, 1 of 18 provisions")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_citation_built_without_the_sites_address_gives_the_pages_path_and_says_so(
    built_site: Path, lang: str
) -> None:
    """The session's site has no SITE_URL: each cite panel gives the page's path (never "…/"),
    and one note says that path is relative to the site's root (cite.js, which puts the
    address the page was loaded from, removes it)."""
    for key in ("home", "text"):
        url = paths.site_url_of(paths.page(key, lang), lang)
        page = parse_html((built_site / url / "index.html").read_text(encoding="utf-8"))
        slots = [t.text for t in page.texts if t.inside("pre", "p") and "…/" in t.text]
        assert not slots, slots
        html = (built_site / url / "index.html").read_text(encoding="utf-8")
        cited = re.findall(r'<span class="cite-url">([^<]*)</span>', html)
        assert cited and set(cited) == {url or "./"}, cited
        assert html.count('class="cite-relative"') == 1, url


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_open_data_page_lists_its_own_feed_then_the_others_marked(built_site: Path, lang: str) -> None:
    other = "en" if lang == "fr" else "fr"
    page = parse_html(
        (built_site / paths.site_url_of(paths.page("open-data", lang), lang) / "index.html").read_text(encoding="utf-8")
    )
    feeds = [a for tag, a in page.elements if tag == "a" and a.get("href", "").endswith(".atom")]
    assert [a["href"].rsplit("/", 1)[1] for a in feeds] == [f"corrections.{lang}.atom", f"corrections.{other}.atom"]
    assert "hreflang" not in feeds[0] and feeds[1].get("hreflang") == other


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_unknown_place_is_said_once(built_site: Path, lang: str) -> None:
    """Blind reader: « place dans le texte inconnue. Place inconnue ; … » said it twice in a row."""
    said = re.compile(r"\bplace\b[^.;]*\binconnue\b" if lang == "fr" else r"\bplace\b[^.;]*\bunknown\b", re.I)
    checked = 0
    for p in DATA.provisions_in_order():
        if p.order_basis.value != "unknown":
            continue
        html = (built_site / paths.site_url_of(paths.provision_page(p.id, lang), lang) / "index.html").read_text(
            encoding="utf-8"
        )
        article = re.sub(r"<[^>]+>", " ", html[html.index("<article") : html.index("</article>")])
        assert len(said.findall(article)) == 1, f"{p.ref}: {said.findall(article)}"
        checked += 1
    assert checked, "no provision with an unknown place: the test tests nothing"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_full_text_does_not_claim_a_total_of_provisions(built_site: Path, lang: str) -> None:
    """Blind reader: /texte/ said « 4 dispositions sur 18 » while /methode/ says the total is unknown,
    and the 18 counted V, a placeholder. The count is of provisions identified so far, and says so."""
    html = (built_site / paths.site_url_of(paths.page("text", lang), lang) / "index.html").read_text(encoding="utf-8")
    note = re.sub(r"<[^>]+>", "", re.search(r'<div class="text-status".*?</div>', html, re.S).group(0))  # type: ignore[union-attr]
    total = len(DATA.provisions)
    assert (
        "total de ses dispositions est inconnu" if lang == "fr" else "total number of its provisions is unknown"
    ) in note
    assert (
        f"{total} dispositions repérées à ce jour" if lang == "fr" else f"{total} provisions identified so far"
    ) in note
    for p in DATA.provisions:
        if p.status is Status.not_located:
            assert f"{p.ref} — " in note, f"{p.ref}, a placeholder, is counted but not named"


_MARKS = re.compile(r"[«»“”‘’\"'\u00a0\u202f\s]+")


def _comparable(text: str) -> str:
    """Text as a reader compares it: quotation marks (which a column may nest differently) and
    kinds of space left out."""
    return _MARKS.sub(" ", text).strip()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_provision_page_shows_each_report_once(built_site: Path, lang: str) -> None:
    """Reader: the text column showed a translated report whole, and the evidence below showed it
    whole again. The text column keeps it (with its kind, source and our translation); the list of
    what is known below points up to it. No words of a report or of our translation of it (their first 60
    characters: a cut report counts too) appear twice in what a provision page shows of the
    provision: its text column and the sections on what is known of its wording, down to the
    evidence (whose list of sources quotes the sources' own passages, a matter of its own)."""
    checked = 0
    for p in DATA.provisions_in_order():
        rel = paths.site_url_of(paths.provision_page(p.id, lang), lang) + "index.html"
        html = (built_site / rel).read_text(encoding="utf-8")
        page = parse_html(html[: html.index('id="sources"')])
        shown = _comparable("".join(t.text for t in page.texts if not t.inside("script", "style", "head", "title")))
        # reports: what third parties say of the text, and whatever the text column stands for
        # (the verbatim fragments of the text, shown in its column as the text, are not reports)
        view = neighbours.text_view(p)
        quotes = [q for q in p.fragments + p.paraphrases + p.variants if q.kind.value != "verbatim" or q is view.quote]
        probes = [
            _comparable(flat(text))[:60]
            for q in quotes
            for text in (q.text, q.translation_en, q.translation_fr)
            if text and len(text) >= 40  # a few words may recur inside a longer report ("under threat of sanctions")
        ]
        for probe in probes:
            assert shown.count(probe) <= probes.count(probe), f"{rel}: shown twice: {probe!r}"
        checked += view.basis == "report"
    assert checked, "no provision page with a report: the test tests nothing"
