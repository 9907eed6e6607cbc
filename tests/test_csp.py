"""Content-Security-Policy (resolution_site/publish/csp.py): every HTML file of the built site
declares a policy that lets only the site's own scripts run (files, and the theme's inline
scripts by hash), and a real browser loads every page of both editions without a violation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from resolution_site.publish import csp

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


def directives(policy: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def test_every_html_file_declares_a_policy_allowing_exactly_its_inline_scripts(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert any(p.name == "404.html" for p in pages) and len(pages) > 50
    problems = []
    for path in pages:
        text = path.read_text(encoding="utf-8")
        found = META.findall(text)
        if len(found) != 1:
            problems.append(f"{path}: {len(found)} policies")
            continue
        head = text[: text.index("<meta http-equiv")]
        if "<script" in head or "<link" in head:
            problems.append(f"{path}: the policy comes after a script or a link")
        script_src = directives(found[0])["script-src"]
        assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
        if sorted(set(script_src) - {"'self'"}) != sorted(csp.inline_script_hashes(text)):
            problems.append(f"{path}: the hashes do not match the inline scripts")
        if re.search(r"<[a-z][^>]*\son[a-z]+\s*=", text, re.I) or "javascript:" in text.lower():
            problems.append(f"{path}: an event-handler attribute or a javascript: URL (the policy would block it)")
    assert not problems, "\n".join(problems)


def test_the_hosts_header_and_the_readme_state_the_same_policy(built_site: Path) -> None:
    header = (built_site / csp.HEADERS_FILE).read_text(encoding="utf-8")
    policy = directives(header.split("Content-Security-Policy:", 1)[1])
    pages = [META.search(p.read_text(encoding="utf-8")) for p in built_site.rglob("*.html")]
    hashes = {h for m in pages if m for h in directives(m.group(1))["script-src"]}
    assert set(policy["script-src"]) == hashes
    assert policy["frame-ancestors"] == ["'none'"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"Content-Security-Policy: (.*)", readme)
    assert shown, "the README's hosting section shows the policy as a header"
    expected = csp.policy(["'sha256-…'"], header=True)
    assert shown.group(1).strip() == expected


def test_hashes_cover_code_not_data_blocks() -> None:
    html = (
        "<head><meta charset='utf-8'><script>a()</script><script src=x.js></script>"
        '<script type="application/ld+json">{"a":1}</script><script type="module">b()</script></head>'
    )
    assert len(csp.inline_script_hashes(html)) == 2
    secured = csp.secure(html)
    assert secured.index("Content-Security-Policy") < secured.index("<script")
    assert csp.secure(secured) == secured  # once


@pytest.mark.browser
def test_every_page_of_both_editions_loads_without_a_policy_violation(page, site_url: str, built_site: Path) -> None:
    """Every HTML file of the site (both editions, the 404 page, redirects), with the reader's scripts
    at work (the search box opened and used on one page per edition)."""
    violations: list[str] = []
    page.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation',"
        " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));"
    )
    page.on(
        "console",
        lambda message: (
            violations.append(f"{page.url}: {message.text}") if "Content Security Policy" in message.text else None
        ),
    )
    pages = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html"))
    urls = [f"{site_url}/{page_path.removesuffix('index.html')}" for page_path in pages]
    assert any("/en/" in url for url in urls)
    for url in urls:
        page.goto(url, wait_until="load")
        violations += [f"{url}: {v}" for v in page.evaluate("window.__csp")]
    for home in (site_url + "/", site_url + "/en/"):
        page.goto(home, wait_until="load")
        page.fill("#site-search-input", "Arménie")
        page.wait_for_selector(".site-search__result")
        violations += [f"{home} (search): {v}" for v in page.evaluate("window.__csp")]
    assert not violations, "\n".join(violations)
