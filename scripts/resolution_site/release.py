"""The data's version and date, derived from the corrections log.

The log (``data/corrections.yaml``) records every change that alters what a
reader sees, each with the day it was published. So:

- the **date** of the data is the day of its newest correction (None while
  the log is empty: no date is invented);
- the **version** is 1 plus the number of distinct days in the log: the
  data as first published is version 1, and each day on which corrections
  were published makes one new version (two corrections on one day are one
  release).

Both follow from the data alone, never from the clock or the build machine,
so the same data gives the same version everywhere. The published JSON also
carries a digest of its content (``opendata.py``), which changes with any
change at all, logged or not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .dataset import Dataset


@dataclass(frozen=True)
class Release:
    version: str
    date: date | None

    def as_dict(self) -> dict[str, str | None]:
        """Plain values for the open data and the templates (footer)."""
        return {"version": self.version, "date": self.date.isoformat() if self.date else None}


def release(data: Dataset) -> Release:
    days = {correction.date for correction in data.corrections}
    return Release(version=str(1 + len(days)), date=max(days) if days else None)
