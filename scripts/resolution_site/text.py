"""Text of the data as one line: YAML block scalars keep their line breaks, and
a heading, a citation, a CSV cell or an XML attribute wants none."""

from __future__ import annotations


def flat(text: str) -> str:
    """``text`` with every run of white space (line breaks included) folded into one space."""
    return " ".join(str(text).split())
