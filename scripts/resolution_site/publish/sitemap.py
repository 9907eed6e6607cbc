"""One sitemap for the whole site: MkDocs writes one per edition (``sitemap.xml``
at the root for the French edition, ``en/sitemap.xml`` for the English one);
search engines look at the root. After both editions are built, the other
editions' ``<url>`` entries are appended to the root sitemap and its gzip
copy is rewritten with the same header time, so the build stays reproducible.

The sitemap also carries each page's language versions (``xhtml:link
rel="alternate" hreflang``, one of the three ways search engines read them).
The pages themselves carry none: Material's language script fetches a
``sitemap.xml`` beside every ``link[rel=alternate]`` of a page, and those
requests would fail on every page load.
"""

from __future__ import annotations

import gzip
import html
import re
import struct
from pathlib import Path

_URL = re.compile(r"[ \t]*<url>.*?</url>\n?", re.S)


def merged(root: str, others: list[str]) -> str:
    """The root sitemap's text with every ``<url>`` of ``others`` added before ``</urlset>``."""
    extra = "".join(match.group(0) for text in others for match in _URL.finditer(text))
    head, closing, tail = root.rpartition("</urlset>")
    if not closing:
        raise ValueError("the root sitemap has no </urlset>")
    return head + extra + closing + tail


_LOC = re.compile(r"(<loc>([^<]*)</loc>)")
XHTML = "http://www.w3.org/1999/xhtml"


def with_alternates(text: str, alternates: dict[str, list[tuple[str, str]]]) -> str:
    """``text`` with, after each ``<loc>`` that ``alternates`` knows, one ``xhtml:link`` per
    language version (``[(hreflang, absolute URL)]``)."""

    def links(match: re.Match[str]) -> str:
        pairs = alternates.get(html.unescape(match.group(2)), [])
        extra = "".join(
            f'\n    <xhtml:link rel="alternate" hreflang="{lang}" href="{html.escape(url)}"/>' for lang, url in pairs
        )
        return match.group(1) + extra

    text = _LOC.sub(links, text)
    if alternates and "xmlns:xhtml" not in text:
        text = text.replace("<urlset ", f'<urlset xmlns:xhtml="{XHTML}" ', 1)
    return text


def merge_editions(
    site_dir: Path, edition_dirs: list[str], alternates: dict[str, list[tuple[str, str]]] | None = None
) -> None:
    """Fold ``<site_dir>/<edition>/sitemap.xml`` of each of ``edition_dirs`` into ``<site_dir>/sitemap.xml``,
    with each page's ``alternates`` (by absolute URL)."""
    root = site_dir / "sitemap.xml"
    others = [site_dir / d / "sitemap.xml" for d in edition_dirs]
    others = [p for p in others if p.is_file()]
    if not root.is_file() or not others:
        return
    text = merged(root.read_text(encoding="utf-8"), [p.read_text(encoding="utf-8") for p in others])
    text = with_alternates(text, alternates or {})
    root.write_text(text, encoding="utf-8")
    gz = root.with_name("sitemap.xml.gz")
    mtime = struct.unpack("<I", gz.read_bytes()[4:8])[0] if gz.is_file() else 0
    with open(gz, "wb") as handle, gzip.GzipFile(fileobj=handle, filename=str(gz), mode="wb", mtime=mtime) as out:
        out.write(text.encode("utf-8"))
