"""How sources and political groups are named in both editions: sources that would read alike
say what each document is, and a group label of ours has its English.
"""

from __future__ import annotations

from collections import defaultdict

from ..dataset import Dataset
from ..load import DataError
from ..models import Person
from ..text import QUOTED_GROUP


def check_source_labels(data: Dataset) -> list[DataError]:
    """Sources that an edition would name alike (same publisher, same date) each say what the
    document is (``label``), and say it differently: a link never relies on a title cut short."""
    errors: list[DataError] = []
    doc = data.docs["sources"]
    unlabelled: dict[int, list[str]] = {}
    for lang in ("fr", "en"):
        alike: dict[tuple[str, str], list[int]] = defaultdict(list)
        for index, source in enumerate(data.sources):
            name = source.publisher_en if lang == "en" and source.publisher_en else source.publisher
            alike[(str(name), str(source.date))].append(index)
        for group in (group for group in alike.values() if len(group) > 1):
            labels: dict[str, str] = {}
            for index in group:
                source = data.sources[index]
                if source.label is None:
                    unlabelled.setdefault(index, [data.sources[i].id for i in group if i != index])
                elif (said := getattr(source.label, lang)) in labels:
                    errors.append(doc.error(("sources", index, "label", lang), f"same label as {labels[said]!r}"))
                else:
                    labels[said] = source.id
    for index, alike_ids in sorted(unlabelled.items()):
        alike_names = ", ".join(map(repr, alike_ids))
        message = f"named like {alike_names} (same publisher and date): add a 'label' saying what the document is"
        errors.append(doc.error(("sources", index, "id"), message))
    for index, source in enumerate(data.sources):
        if source.title is None and source.label is None:
            message = (
                "no 'title' (not recorded) and no 'label': add a 'label' saying what the document is, in French"
                " and English (fr:, en:), or the document's own title"
            )
            errors.append(doc.error(("sources", index, "id"), message))
    return errors


def check_group_labels(data: Dataset) -> list[DataError]:
    """Every descriptor of ours exists in both languages: a person's ``group`` that is not
    the source's acronym (with its French name) has its English, ``group_en``."""
    errors: list[DataError] = []
    for name, doc in data.docs.items():
        for loc, person in data.located(name, Person):
            if person.group and person.group_en is None and not QUOTED_GROUP.fullmatch(person.group):
                message = (
                    f"group {person.group!r} holds words of ours, which the English edition must show in English:"
                    " add group_en (or keep only the group's acronym and French name, as the source gives them)"
                )
                errors.append(doc.error((*loc, "group"), message))
    return errors
