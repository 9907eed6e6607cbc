"""Text of the data as one line: YAML block scalars keep their line breaks, and
a heading, a citation, a CSV cell or an XML attribute wants none."""

from __future__ import annotations

import re

# A political group's acronym as the sources write it: "LR", "SER", "CRCE-K".
GROUP_ACRONYM = re.compile(r"\b[A-Z]{2,}(?:-[A-Z]+)?\b")
# A group label that is the source's own: an acronym, an acronym with the group's French name
# in brackets, a name as names begin ("LR (Les Républicains)"), or the name alone, each word
# capitalised ("Union Centriste"). Anything else holds words of ours ("centriste (sénatrice…)").
QUOTED_GROUP = re.compile(rf"(?:{GROUP_ACRONYM.pattern})(?: \([A-ZÉ][^()]*\))?|[A-ZÉ][\w'’-]*(?: [A-ZÉ][\w'’-]*)*")
NAMED_GROUP = re.compile(rf"({GROUP_ACRONYM.pattern}) \(([^()]+)\)")


def flat(text: str) -> str:
    """``text`` with every run of white space (line breaks included) folded into one space."""
    return " ".join(str(text).split())
