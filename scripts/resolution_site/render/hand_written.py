"""The hand-written pages (``docs/pages/``): where each edition's live, read once by the
pipeline, and copied into the generated tree behind front matter that links their twin."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from .. import pages as registry
from ..catalogue import LANGUAGES

# Where each edition's hand-written pages live under docs/pages/, and the page key they stand for.
HAND_WRITTEN = {
    f"{lang}/{page.path(lang)}": source
    for page in registry.PAGES
    if page.hand_written
    for lang, source in zip(LANGUAGES, page.hand_written, strict=True)
}
HAND_WRITTEN_KEYS = {
    f"{lang}/{page.path(lang)}": page.key for page in registry.PAGES if page.hand_written for lang in LANGUAGES
}


def read_pages(pages_dir: Path) -> dict[str, str]:
    """Hand-written pages as written, by their path in the generated tree."""
    return {
        name: (pages_dir / source).read_text(encoding="utf-8")
        for name, source in HAND_WRITTEN.items()
        if (pages_dir / source).exists()
    }


def copied_page(source: str, text: str, meta: dict[str, Any]) -> str:
    """A hand-written page behind front matter that links its twin, and a note naming its source."""
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    body, own = (text[match.end() :], match.group(1) + "\n") if match else (text, "")
    head = "---\n" + own + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in meta.items()) + "---\n"
    return f"{head}<!-- Copied by scripts/build.py from docs/pages/{source}. Edit that file. -->\n{body}"
