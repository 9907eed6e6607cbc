"""The provision page's fragments built in Python (render/fragments.py) escape data as the Jinja
templates did: Markdown-escaped where the template said ``|md``, HTML-escaped everywhere else.
(That they print exactly what the macros printed is the goldens' business.)"""

from __future__ import annotations

from markupsafe import Markup

from resolution_site import render
from resolution_site.dataset import Dataset
from resolution_site.models import Bilingual, Provision
from resolution_site.render.fragments import PageParts

HOSTILE = "<b>*bold*</b> [link](x) & | #"


def _parts(data: Dataset, lang: str = "en") -> PageParts:
    edition = render.Edition(data, lang)
    return PageParts(
        edition, "provisions/here.md", lambda target, anchor=None: f"to/{target}", lambda sid: Markup(f"[{sid}](s.md)")
    )


def _with_sources(data: Dataset) -> Provision:
    return next(p for p in data.provisions if p.sources)


def test_a_source_reference_escapes_what_it_supports_and_its_locator(fixture_data: Dataset) -> None:
    ref = (
        _with_sources(fixture_data)
        .sources[0]
        .model_copy(update={"supports": Bilingual(fr=HOSTILE, en=HOSTILE), "locator": HOSTILE, "excerpt": None})
    )
    out = _parts(fixture_data).source_refs([ref, ref])
    assert isinstance(out, Markup) and out.count("\n") == 2 and out.startswith(f"- [{ref.source}](s.md) (")
    assert "<b>" not in out and "&lt;b&gt;\\*bold\\*&lt;/b&gt; \\[link\\]\\(x\\) &amp; &#124; \\#" in out


def test_a_quote_escapes_its_words_its_note_and_its_attributes(fixture_data: Dataset) -> None:
    q = next(q for p in fixture_data.provisions for q in [*p.fragments, *p.paraphrases])
    hostile = q.model_copy(update={"text": HOSTILE, "note": Bilingual(fr=HOSTILE, en=HOSTILE)})
    out = _parts(fixture_data).quote(hostile, anchor='a"b')
    assert out.startswith('<blockquote id="a&#34;b" class="quote quote--')
    assert "<b>" not in out and out.count("&lt;b&gt;\\*bold\\*") == 2
    assert f"— [{q.source}](s.md)" in out and out.endswith("</p>\n")


def test_the_topic_neighbours_link_each_provision_with_its_escaped_heading(fixture_data: Dataset) -> None:
    p, other = fixture_data.provisions[:2]
    other = other.model_copy(update={"heading": Bilingual(fr=HOSTILE, en=HOSTILE)})
    topic = fixture_data.topics[0]
    parts = _parts(fixture_data)
    out = parts.same_topic([(topic, [other], 3), (topic, [], 0)])
    lines = out.splitlines()
    assert lines[0].startswith("- **[") and lines[0].endswith(f"](to/{parts.e.topic_page(topic.id)})**")
    assert lines[1].startswith("    - [") and "&lt;b&gt;" in lines[1] and "<b>" not in out
    assert lines[1].endswith(f"](to/{parts.e.provision_page(other.id)})")
    assert (
        lines[2].startswith("    - [") and lines[3].startswith("- **[") and lines[4] == f"    - {parts.t['no_other']}"
    )
    assert parts.provision_link(p, before="← ").startswith("[← ")
