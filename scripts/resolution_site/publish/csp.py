"""The Content-Security-Policy of every page: markup that ever slips through the escaping
cannot run a script, because the browser runs only what the site itself ships.

Scripts come from the site (``'self'``) or are one of the theme's few inline scripts,
allowed by the SHA-256 of their exact text, computed from each built page (they differ
with the page's depth, ``new URL("../..", location)``), never by ``'unsafe-inline'``.
Styles may be inline (Material and our vote chart set ``style`` attributes); images may
be ``data:`` URIs (Material's icons in its CSS). A page says its policy in a ``<meta
http-equiv>`` tag, the first thing in its ``<head>``; hosts that set headers can send
the same policy for the whole site (``HEADERS_FILE``, written by the build, and the README).
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

# Directives in the order they are written; script-src gets the page's hashes.
POLICY: dict[str, tuple[str, ...]] = {
    "default-src": ("'self'",),
    "script-src": ("'self'",),
    "style-src": ("'self'", "'unsafe-inline'"),
    "img-src": ("'self'", "data:"),
    "font-src": ("'self'",),
    "connect-src": ("'self'",),
    "object-src": ("'none'",),
    "base-uri": ("'self'",),
    "form-action": ("'self'",),
}
# Only a header can carry these (a <meta> policy ignores them): the README shows them.
HEADER_ONLY: dict[str, tuple[str, ...]] = {"frame-ancestors": ("'none'",)}
# Netlify's and Cloudflare Pages' file of response headers, at the site's root.
HEADERS_FILE = "_headers"

_SCRIPT = re.compile(r"<script(\s[^>]*)?>(.*?)</script\s*>", re.S | re.I)
_TYPE = re.compile(r"""\stype\s*=\s*["']?([^"'\s>]+)""", re.I)
_SRC = re.compile(r"\ssrc\s*=", re.I)
_JS_TYPES = {"", "module", "text/javascript", "application/javascript", "text/ecmascript", "application/ecmascript"}
_META = re.compile(r'\n?<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
_CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?\s*/?>", re.I)


def inline_script_hashes(html: str) -> list[str]:
    """``'sha256-…'`` of every inline script the browser would run (not ``src=``, not JSON data
    blocks such as JSON-LD), in the order of the page, without repeats."""
    hashes: dict[str, None] = {}
    for match in _SCRIPT.finditer(html):
        attrs = match.group(1) or ""
        kind = _TYPE.search(attrs)
        if _SRC.search(attrs) or (kind and kind.group(1).lower() not in _JS_TYPES):
            continue
        digest = base64.b64encode(hashlib.sha256(match.group(2).encode("utf-8")).digest()).decode("ascii")
        hashes[f"'sha256-{digest}'"] = None
    return list(hashes)


def policy(script_hashes: list[str], *, header: bool = False) -> str:
    """The policy's text, with ``script_hashes`` allowed; ``header`` adds the header-only directives."""
    directives = {**POLICY, "script-src": (*POLICY["script-src"], *script_hashes)}
    if header:
        directives.update(HEADER_ONLY)
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def meta_tag(script_hashes: list[str]) -> str:
    return f'<meta http-equiv="Content-Security-Policy" content="{policy(script_hashes)}">'


def secure(html: str) -> str:
    """``html`` with its policy as the first element of its ``<head>`` (after the charset,
    which must come first), allowing exactly the inline scripts it holds."""
    html = _META.sub("", html)
    tag = meta_tag(inline_script_hashes(html))
    charset = _CHARSET.search(html)
    if charset:
        return html[: charset.end()] + "\n" + tag + html[charset.end() :]
    head = re.search(r"<head[^>]*>", html, re.I)
    if not head:
        raise ValueError("a page without <head>: its Content-Security-Policy has nowhere to go")
    return html[: head.end()] + "\n" + tag + html[head.end() :]


def secure_site(site_dir: Path) -> None:
    """Give every HTML file of the built site its policy: the pages MkDocs rendered, the 404
    page, and the static redirect pages of former ids. Run once both editions are built."""
    for page in sorted(site_dir.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        secured = secure(text)
        if secured != text:
            page.write_text(secured, encoding="utf-8")
    write_headers_file(site_dir)


def site_header(site_dir: Path) -> str:
    """The policy as one header for the whole built site: every page's hashes together."""
    hashes: dict[str, None] = {}
    for page in sorted(site_dir.rglob("*.html")):
        found = _META.search(page.read_text(encoding="utf-8"))
        if found:
            hashes.update(dict.fromkeys(re.findall(r"'sha256-[^']+'", found.group(1))))
    return policy(sorted(hashes), header=True)


def write_headers_file(site_dir: Path) -> None:
    """``site/_headers``: the policy as a response header for every path, for hosts that read it."""
    text = f"/*\n  Content-Security-Policy: {site_header(site_dir)}\n"
    (site_dir / HEADERS_FILE).write_text(text, encoding="utf-8")
