"""The catalog: metadata a corpus folder declares about its documents (what their text lacks).

`catalog.toml` beside the documents holds one table per file, keyed by the file's path relative to the
folder. A declared field wins over what is inferred from the text, and articles name the fields that
were declared rather than inferred.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from jan20.errors import CatalogError
from jan20.reading.documents import CATALOG_NAME

STRING_FIELDS = ("source", "url", "title", "id", "kind")
KNOWN_FIELDS = (*STRING_FIELDS, "date")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")


@dataclass(frozen=True)
class CatalogEntry:
    """What the catalog declares about one document."""

    source: str | None = None
    url: str | None = None
    title: str | None = None
    id: str | None = None
    kind: str | None = None
    date: dt.date | None = None
    extra: dict[str, str] = field(default_factory=dict)
    # (field, origin) for a field the document declares itself rather than the catalog (formats.merge_declared)
    origins: tuple[tuple[str, str], ...] = ()

    def declared_as(self, name: str) -> str:
        """How an article's declared list names a field of this entry: "date" from the catalog, "page:date" from
        a web page's own metadata, "front-matter:date" from a Markdown file's front matter."""
        origin = dict(self.origins).get(name)
        return f"{origin}:{name}" if origin else name

    def declared(self) -> tuple[str, ...]:
        """Names of the fields this entry sets."""
        return tuple(name for name in KNOWN_FIELDS if getattr(self, name) is not None)

    def fingerprint(self) -> str:
        """A short hash that changes when the entry changes (so only affected documents are re-read)."""
        payload = {name: str(getattr(self, name)) for name in self.declared()} | self.extra
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Catalog:
    entries: dict[str, CatalogEntry]

    def entry(self, path: str) -> CatalogEntry | None:
        return self.entries.get(path)


EMPTY_CATALOG = Catalog({})


MAX_CATALOG_BYTES = 16 * 1024 * 1024


def _read_catalog_file(root: Path, path: Path) -> bytes:
    """The catalog's bytes, read as a document is: a regular file inside the folder (a link is followed only to a
    file inside it), never more than MAX_CATALOG_BYTES, never a FIFO or a device."""
    from jan20.reading.corpus import NotText, read_bytes

    target = path
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError) as exc:
            raise CatalogError(str(path), None, f"cannot read: {exc}") from exc
        if not target.is_relative_to(root.resolve()):
            raise CatalogError(str(path), None, "a symbolic link to outside the corpus folder, not followed")
    try:
        return read_bytes(target, MAX_CATALOG_BYTES)
    except NotText as exc:
        raise CatalogError(str(path), None, str(exc)) from exc


def load_catalog(root: Path, document_paths: set[str] | None = None) -> Catalog:
    """Read `catalog.toml` in root (an absent catalog is an empty one).

    Raises CatalogError naming file and line for bad TOML, a wrong type, or an entry for a file that is
    not a document of the folder (when document_paths is given).
    """
    path = root / CATALOG_NAME
    if not os.path.lexists(path):
        return EMPTY_CATALOG
    raw = _read_catalog_file(root, path)
    import tomllib  # parsed only when the catalog changed since the index was written

    try:
        text = raw.decode("utf-8-sig")  # Windows editors may start the file with a byte-order mark
        data = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise CatalogError(str(path), None, "not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        line = _line_from_message(str(exc))
        raise CatalogError(str(path), line, f"invalid TOML: {_strip_position(str(exc))}") from exc
    entries: dict[str, CatalogEntry] = {}
    for name, table in data.items():
        line = _line_of_table(text, name) or _line_of_key(text, name, None)
        if not isinstance(table, dict):
            raise CatalogError(str(path), line, f'{name!r} should be a table of fields, like ["{_shown(name)}"]')
        if document_paths is not None and name not in document_paths:
            raise CatalogError(
                str(path), line, f"{name!r} is not a document in this folder{_slashed(name, document_paths)}"
            )
        entries[name] = _entry(table, str(path), text, name, line)
    return Catalog(entries)


def _entry(table: dict[str, object], path: str, text: str, name: str, line: int | None) -> CatalogEntry:
    values: dict[str, object] = {}
    extra: dict[str, str] = {}
    for key, value in table.items():
        key_line = _line_of_key(text, key, line) or line
        if key == "date":
            if isinstance(value, dt.datetime):
                value = value.date()
            if not isinstance(value, dt.date):
                raise CatalogError(path, key_line, f"{_shown(name)}: date should be a date like 2017-01-20")
            values[key] = value
        elif key in STRING_FIELDS:
            if not isinstance(value, str) or not value.strip():
                raise CatalogError(path, key_line, f"{_shown(name)}: {key} should be a non-empty string")
            if key == "id" and not ID_PATTERN.match(value):
                raise CatalogError(path, key_line, f"{_shown(name)}: id should be lowercase letters, digits, . _ -")
            values[key] = value.strip()
        elif isinstance(value, str | int | float | bool):
            extra[key] = str(value)
        else:
            raise CatalogError(path, key_line, f"{_shown(name)}: {_shown(key)} should be a string, number or date")
    return CatalogEntry(extra=extra, **values)  # type: ignore[arg-type]


def _slashed(name: str, document_paths: set[str]) -> str:
    """A hint for a path written with Windows' separator (`["reports\\a.txt"]`): the catalog's paths use "/"."""
    slashed = name.replace("\\", "/")
    return f'; paths in the catalog are written with /: ["{_shown(slashed)}"]' if slashed in document_paths else ""


def _shown(text: str) -> str:
    """A name from the catalog as it may appear in a message: control characters escaped, never sent to a terminal."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", lambda m: f"\\x{ord(m.group()):02x}", text)


def _line_from_message(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def _strip_position(message: str) -> str:
    return re.sub(r"\s*\(at line \d+, column \d+\)", "", message)


def _line_of_table(text: str, name: str) -> int | None:
    # the name as written: in a literal string or bare, or in a basic string with its backslashes doubled
    written = "|".join(re.escape(form) for form in {name, name.replace("\\", "\\\\")})
    pattern = re.compile(r"^[ \t]*\[[ \t]*[\"']?(?:" + written + r")[\"']?\s*\]", re.MULTILINE)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _line_of_key(text: str, key: str, after_line: int | None) -> int | None:
    lines = text.splitlines()
    start = after_line or 1
    for number in range(start, len(lines) + 1):
        if re.match(r"[ \t]*[\"']?" + re.escape(key) + r"[\"']?[ \t]*[=.]", lines[number - 1]):  # or a dotted key
            return number
    return None
