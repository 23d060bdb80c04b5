"""Markdown front matter: a YAML (`---`) or TOML (`+++`) block at the top of a file, read as metadata.

Its `title`, `date`, `source`, `url` and `id` are declared like a catalog entry's (the catalog still wins), and
the block is not article text. Only flat `key: value` lines of YAML are read (what front matter holds); lists and
nested values are passed over, so no YAML library is needed. A block that cannot be read stays in the text,
with a warning.
"""

from __future__ import annotations

import datetime as dt
import re

from jan20.reading.catalog import ID_PATTERN
from jan20.reading.formats.records import Declared, iso_date, plausible

_BLOCK = re.compile(r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)\r?\n(?P=fence)[ \t]*(?:\r?\n|\Z)", re.S)
_YAML_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")


def split_front_matter(text: str) -> tuple[str, Declared | None, str | None]:
    """(the text without its front matter, what the block declares, a warning when it could not be read)."""
    match = _BLOCK.match(text)
    if match is None:
        return text, None, None
    if match.group("fence") == "+++":
        import tomllib

        try:
            fields: dict[str, object] = tomllib.loads(match.group("body"))
        except tomllib.TOMLDecodeError as exc:
            return text, None, f"front matter not read: invalid TOML ({exc})"
    else:
        fields = _yaml_fields(match.group("body"))
    return text[match.end() :], _declared(fields), None


def _yaml_fields(body: str) -> dict[str, object]:
    fields: dict[str, object] = {}
    for line in body.splitlines():
        found = _YAML_LINE.match(line)
        if found is None:
            continue  # an indented, list or comment line
        value = found.group("value")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        elif " #" in value:
            value = value.split(" #", 1)[0].rstrip()
        fields[found.group("key").lower()] = value
    return fields


def _declared(fields: dict[str, object]) -> Declared | None:
    values = {key: _text(fields.get(key)) for key in ("title", "source", "url")}
    identifier = _text(fields.get("id"))
    declared = Declared(
        "front-matter",
        date=_date(fields.get("date")),
        id=identifier if identifier and ID_PATTERN.match(identifier) else None,
        **values,
    )
    return declared if declared != Declared("front-matter") else None


def _text(value: object) -> str | None:
    if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip():
        return str(value).strip()
    return None


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return plausible(value.date())
    if isinstance(value, dt.date):
        return plausible(value)
    if not isinstance(value, str):
        return None
    from jan20.text.dates import parse_date

    return iso_date(value) or plausible(parse_date(value))
