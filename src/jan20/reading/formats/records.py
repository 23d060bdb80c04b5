"""What reading a file gives, whatever its format: its text and the metadata it declares about itself."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from jan20.reading.catalog import CatalogEntry
from jan20.text.event import FIRST_YEAR, LAST_YEAR

_DECLARABLE = ("title", "date", "source", "url", "id")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")


@dataclass(frozen=True)
class Declared:
    """Metadata a file declares about itself (front matter, a page's meta tags), ranked below the catalog."""

    origin: str  # "front-matter" or "page": how the article's declared list names it ("page:date")
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class Extracted:
    """What reading one file gave: its bytes (for the content hash), its text, and what it declares."""

    data: bytes
    text: str
    encoding: str  # the text encoding, or the format ("pdf", "docx") for a file that is not text
    warning: str | None = None
    declared: Declared | None = None

    def entry(self, catalog: CatalogEntry | None) -> CatalogEntry | None:
        """The catalog entry with the fields it lacks taken from what the file declares (the catalog wins)."""
        return merge_declared(catalog, self.declared)


def merge_declared(catalog: CatalogEntry | None, declared: Declared | None) -> CatalogEntry | None:
    if declared is None:
        return catalog
    base = catalog or CatalogEntry()
    taken = {
        name: getattr(declared, name)
        for name in _DECLARABLE
        if getattr(base, name) is None and getattr(declared, name) is not None
    }
    if not taken:
        return catalog
    origins = (*base.origins, *((name, declared.origin) for name in taken))
    return replace(base, origins=origins, **taken)


def plausible(date: dt.date | None) -> dt.date | None:
    """A declared date, or None when its year is outside the years an archive's dates may have (a page's
    "0001-01-01" placeholder)."""
    return date if date is not None and FIRST_YEAR <= date.year <= LAST_YEAR else None


def iso_date(value: str) -> dt.date | None:
    """The date of an ISO date or timestamp ("2019-01-20", "2019-01-20T11:05:00+04:00") in a plausible year, else
    None."""
    found = _ISO_DATE.match(value.strip())
    if found is None:
        return None
    try:
        return plausible(dt.date(*(int(part) for part in found.groups())))
    except ValueError:
        return None
