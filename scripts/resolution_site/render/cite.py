"""Citations and machine-readable metadata: pure functions from the data to text.

A citation names the page it is read on, whose absolute URL the build cannot
know (the site may be served from any host). So every citation is a ``Cite``:
the text before the URL and the text after it. The page shows the two around
an element that ``cite.js`` fills with the page's address; tests and other
callers use ``Cite.with_url``.

Nothing is invented: a document number that the data does not give is left
out, never guessed, and a provision's ``ref`` (O1, C1…) is our working label, so
every citation says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..catalogue import STRINGS, format_date, label
from ..dataset import Dataset
from ..models import Identity, OrderBasis, Provision, Source
from ..release import release
from ..work import work_uri
from .views import source_sort_title

# The resolution's type, as schema.org's ``legislationType`` and the citations state it.
ACT_TYPE = STRINGS["fr"]["act_type"]

_BIBTEX_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


@dataclass(frozen=True)
class Cite:
    """A citation as the text before and after the URL of the page it is read on."""

    head: str
    tail: str = ""

    def with_url(self, url: str) -> str:
        return f"{self.head}{url}{self.tail}"


def adopted_text_number(identity: Identity) -> str | None:
    """The number of the adopted text (« texte adopté n° »), if the data gives it.

    The data lists document numbers by their French label; the adopted text is
    the one labelled « Texte adopté… ». An unknown or missing number gives None.
    """
    for document in identity.documents:
        if document.label.fr.casefold().startswith("texte adopté") and document.value:
            return document.value
    return None


def _act(data: Dataset, lang: str) -> str:
    """« Sénat, résolution du 17 janvier 2024, texte adopté n° … » without the title."""
    r = data.identity
    chamber = r.chamber.value.fr if lang == "fr" else r.chamber.value.en
    number = adopted_text_number(r)
    t = STRINGS[lang]
    text = t["cite_act"].format(chamber=chamber, date=format_date(r.adopted.value, lang))
    return text + (t["cite_act_number"].format(number=number) if number else "")


def _titles(data: Dataset, lang: str) -> str:
    """The adopted text's title where a source gives it, and the motion's, said to be the motion's."""
    r = data.identity
    t = STRINGS[lang]
    values = {"title": r.title.value, "title_en": r.title_en}
    if r.adopted_title is not None:
        return t["cite_titles_adopted"].format(adopted=r.adopted_title.value, **values)
    return t["cite_titles_motion"].format(**values)


def _ours(lang: str) -> str:
    """What the URL points to: this site, a reconstruction, not the Senate's publication."""
    t = STRINGS[lang]
    return t["cite_ours"].format(site=t["site_name"])


def _tail(data: Dataset, lang: str) -> str:
    """What follows the URL: the version of the data (a reference that changes is cited as it
    stood; none while the corrections log is empty) and the reader's date of access, to fill in."""
    t = STRINGS[lang]
    now = release(data)
    version = t["cite_version"].format(version=now.version, date=format_date(now.date, lang)) if now.date else ""
    return version + t["cite_tail"].format(access=t["cite_access_date"])


def resolution_citation(data: Dataset, lang: str) -> Cite:
    """The resolution (the act, with the titles the sources give), then this site as where it was read."""
    head = STRINGS[lang]["cite_resolution_head"]
    return Cite(head.format(act=_act(data, lang), titles=_titles(data, lang), ours=_ours(lang)), _tail(data, lang))


def provision_citation(data: Dataset, provision: Provision, lang: str) -> Cite:
    """One provision, named by its kind and our heading, with our working label said to be ours."""
    kind = label(provision.kind, lang)
    kind = kind[0].lower() + kind[1:]
    heading = getattr(provision.heading, lang)
    head = STRINGS[lang]["cite_provision_head"].format(
        act=_act(data, lang),
        titles=_titles(data, lang),
        kind=kind,
        heading=heading,
        ref=provision.ref,
        ours=_ours(lang),
    )
    return Cite(head, _tail(data, lang))


# --- reference-manager formats (the resolution only) ---------------------------

_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\^{}",
    "~": r"\~{}",
}


def bibtex_escape(text: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(char, char) for char in text)


def bibtex_key(data: Dataset) -> str:
    return f"senat-resolution-{data.identity.adopted.value.isoformat()}"


_LANGUAGE_NAME = {"fr": "french", "en": "english"}  # biblatex's language names


def _note(data: Dataset, lang: str) -> str:
    """What the reference managers' note says, in the page's language: what the page is, and
    the titles. A BibTeX or CSL-JSON field cannot mark a stretch as French, so the English
    note gives the motion's title in our translation (unofficial), never the French."""
    r = data.identity
    t = STRINGS[lang]
    note = t["cite_note"].format(date=format_date(r.adopted.value, lang)) + ". "
    titles = {"title": r.title.value, "title_en": r.title_en}
    if r.adopted_title is not None:
        return note + t["cite_note_adopted"].format(adopted=r.adopted_title.value, **titles)
    return note + t["cite_note_motion"].format(**titles)


def bibtex(data: Dataset, lang: str = "fr") -> Cite:
    """A BibTeX (biblatex ``@online``, UTF-8) entry for this site's page in the ``lang``
    edition, not for the Senate's publication: no author (the Senate did not publish it), the
    site's name as title, and a note saying the text is reconstructed from secondary sources,
    all in the language of the page cited; the version and date are the data's (``release``).
    The URL goes last, filled in on the page."""
    r = data.identity
    number = adopted_text_number(r)
    t = STRINGS[lang]
    note = _note(data, lang)
    now = release(data)  # the version of the data cited, and its date: the page's, not the Senate's
    if number:
        note += t["cite_act_number"].format(number=number).replace(", ", " ", 1).capitalize() + "."
    lines = [
        f"@online{{{bibtex_key(data)},",
        f"  title = {{{{{bibtex_escape(t['cite_site_title'].format(site=t['site_name']))}}}}},",
        f"  language = {{{_LANGUAGE_NAME[lang]}}},",
        *([f"  version = {{{now.version}}},", f"  date = {{{now.date.isoformat()}}},"] if now.date else []),
        f"  note = {{{''.join(_BIBTEX_SPECIAL.get(char, char) for char in note)}}},",  # keeps its French spaces
        "  eprinttype = {Akoma Ntoso FRBR work URI},",
        f"  eprint = {{{bibtex_escape(work_uri(data))}}},",
        "  url = {",
    ]
    return Cite("\n".join(lines), "}\n}")


_URL_SLOT = "\x00url\x00"


def csl_json(data: Dataset, lang: str = "fr") -> Cite:
    """A CSL-JSON item (what Zotero, Mendeley and pandoc read) for this site's page in the
    ``lang`` edition, a ``webpage`` with no author, its note saying what the page is, in that
    page's language; its ``URL`` is filled in on the page."""
    r = data.identity
    t = STRINGS[lang]
    note = _note(data, lang)
    item: dict[str, Any] = {
        "id": bibtex_key(data),
        "type": "webpage",
        "title": t["cite_site_title"].format(site=t["site_name"]),
        "container-title": t["site_name"],
        "language": lang,
        "note": f"{note} Akoma Ntoso FRBR work URI: {work_uri(data)}",
        "URL": _URL_SLOT,
    }
    now = release(data)
    if now.date:
        item["version"] = now.version
        item["issued"] = {"date-parts": [[now.date.year, now.date.month, now.date.day]]}
    number = adopted_text_number(r)
    if number:
        item["number"] = number
    text = json.dumps([item], ensure_ascii=False, indent=2, sort_keys=True)
    head, tail = text.split(json.dumps(_URL_SLOT))
    return Cite(head + '"', '"' + tail)


# --- metadata in the page head --------------------------------------------------


def script_json(value: Any) -> str:
    """JSON safe inside an HTML ``<script>``: ``<``, ``>`` and ``&`` are escaped, so no ``</script>`` can appear."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def resolution_schema(data: Dataset) -> dict[str, Any]:
    """schema.org ``Legislation`` for the resolution: only what the data states. Its name is
    our short title (the adopted text's title is not known); the description says which
    title the sources give."""
    r = data.identity
    t = STRINGS["fr"]
    titles = (
        t["cite_note_adopted"].format(adopted=r.adopted_title.value, title=r.title.value)
        if r.adopted_title is not None
        else t["cite_note_motion"].format(title=r.title.value)
    )
    item: dict[str, Any] = {
        "@type": "Legislation",
        "name": r.adopted_title.value if r.adopted_title is not None else r.short_title.fr,
        "description": titles,
        "inLanguage": "fr",
        "legislationType": ACT_TYPE,
        "legislationDate": r.adopted.value.isoformat(),
        "legislationPassedBy": {"@type": "Organization", "name": r.chamber.value.fr},
    }
    # The FRBR work URI, one identifier everywhere (open data, citations); the
    # adopted text's number, where known, is schema.org's ``identifier``.
    item["legislationIdentifier"] = work_uri(data)
    number = adopted_text_number(r)
    if number:
        item["identifier"] = number
    return item


def resolution_jsonld(data: Dataset) -> str:
    return script_json({"@context": "https://schema.org", **resolution_schema(data)})


def provision_jsonld(data: Dataset, provision: Provision) -> str:
    """schema.org ``Legislation`` for one provision, part of the resolution.

    ``name`` is our heading (the text has no official headings); ``position``
    is given only where the order is certain; ``text`` only where the French
    wording is known.
    """
    item: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Legislation",
        "name": provision.heading.fr,
        "inLanguage": "fr",
        "isPartOf": resolution_schema(data),
    }
    if provision.order_basis is OrderBasis.certain:
        item["position"] = provision.order
    if provision.wording:
        item["text"] = provision.wording.fr
    return script_json(item)


def citation_meta(data: Dataset, provision: Provision | None = None, lang: str = "fr") -> list[list[str]]:
    """Highwire ``citation_*`` tags (read by Zotero and Google Scholar), as ``[name, content]`` pairs,
    for a page of the ``lang`` edition. They describe this page, not the Senate's publication:
    its title is the site's, said to be unofficial (and the provision, named in the page's
    language); no author or publication date is claimed, since the Senate did not publish it."""
    t = STRINGS[lang]
    title = t["cite_site_title"].format(site=t["site_name"])
    if provision is not None:
        kind = label(provision.kind, lang)
        heading = getattr(provision.heading, lang)  # ours, so never inside quotation marks
        title = f"{kind} {provision.ref} — {heading} — {title}"
    return [["citation_title", title], ["citation_language", lang]]


# --- what the "cite" panels show -------------------------------------------------


@dataclass(frozen=True)
class Block:
    """One citation in a panel: its label (in the page's language), the citation's own
    language, and, for code (BibTeX, CSL-JSON), the format's name in its block's id: the theme names
    each code block after the nearest id around it, and two blocks in one panel would share one."""

    label: str
    lang: str
    cite: Cite
    code: str = ""


def resolution_blocks(data: Dataset, lang: str) -> list[Block]:
    t = STRINGS[lang]
    return [
        Block(t["cite_in_french"], "fr", resolution_citation(data, "fr")),
        Block(t["cite_in_english"], "en", resolution_citation(data, "en")),
        Block("BibTeX", lang, bibtex(data, lang), code="bibtex"),
        Block("CSL-JSON (Zotero, pandoc)", lang, csl_json(data, lang), code="csl-json"),
    ]


def provision_blocks(data: Dataset, provision: Provision, lang: str) -> list[Block]:
    t = STRINGS[lang]
    return [
        Block(t["cite_in_french"], "fr", provision_citation(data, provision, "fr")),
        Block(t["cite_in_english"], "en", provision_citation(data, provision, "en")),
    ]


def sources_cited(data: Dataset) -> list[Source]:
    """Every source the provisions cite (wording, quotations, supporting sources), as the sources page orders them."""
    cited: set[str] = set()
    for p in data.provisions:
        cited.update(ref.source for ref in p.sources)
        if p.wording:
            cited.add(p.wording.source)
        cited.update(q.source for q in [*p.variants, *p.fragments, *p.paraphrases])
    chosen = [s for s in data.sources if s.id in cited]
    return sorted(chosen, key=lambda s: (s.publisher.casefold(), source_sort_title(s, "fr"), s.id))
