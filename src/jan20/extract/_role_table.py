"""The table of canonical roles, compiled once from every language's data (`[[roles.table]]` in en.toml, each
language's `[roles.patterns]`, ministries and committees of parliament), and the fold a title is looked up on."""

from __future__ import annotations

import re

from jan20.text.fold import to_ascii

from .. import lang
from ._possessive import POSSESSIVE_IN
from ._title_words import SMALL_WORDS

_DASHES = re.compile(r"[-‐–_]")
_NOT_LETTERS = re.compile(r"[^a-z ]+")


def fold_role(role: str) -> str:
    # "Parliament's Chairman" and "Chairman of Parliament" should read alike: drop the possessive.
    text = POSSESSIVE_IN.sub("", to_ascii(role).lower())
    text = _DASHES.sub(" ", text)
    text = _NOT_LETTERS.sub(" ", text.replace("'", " ").replace("`", " "))
    return " ".join(text.split())


def _role_table() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The canonical roles in the order of the English file's `[[roles.table]]` (the first row whose pattern
    matches wins), each with every language's patterns, then a row per ministry and per committee of parliament."""
    rows: dict[str, list[str]] = {}
    for row in lang.language("en").get("roles.table"):
        rows[row["canonical"]] = list(row["patterns"])
    for language, patterns in lang.table("roles.patterns"):
        for canonical, alternatives in patterns.items():
            if canonical not in rows:
                raise ValueError(f"{language.code}: role {canonical!r} is not in the English [[roles.table]]")
            rows[canonical].extend(alternatives)
    table = [(canonical, alternatives) for canonical, alternatives in rows.items() if alternatives]
    for body, areas in (("roles.ministry", "roles.ministries"), ("roles.committee", "roles.committees")):
        form = lang.language("en").get(f"{body}.canonical")  # ("Minister of {}": the English file's)
        table += [(form.format(area), alternatives) for area, alternatives in _area_rows(areas, body).items()]
    out: list[tuple[re.Pattern[str], str]] = []
    for canon, alts in table:
        if "${" in canon:  # a row that keeps part of the title ("Vice-Rector for ${portfolio}"): a pattern each
            out += [(re.compile(lang.expand(a)), canon) for a in alts]
        else:
            out.append((re.compile("|".join(lang.expand(a) for a in alts)), canon))
    return tuple(out)


def _area_rows(areas_key: str, body_key: str) -> dict[str, list[str]]:
    """Each area's patterns in every language (a ministry's, a committee's: `areas_key`), its name put into each of
    the language's templates, the `patterns` of `body_key`."""
    rows: dict[str, list[str]] = {}
    for language, areas in lang.table(areas_key):
        templates = language.get(f"{body_key}.patterns")
        for canonical, area in areas.items():
            rows.setdefault(canonical, []).extend(lang.expand(t, area=area) for t in templates)
    return rows


def table_role(folded: str, role_as_written: str) -> str | None:
    """The first row of the table whose pattern matches the folded title, with the parts of the title it keeps (a
    `${name}` in its canonical form, the pattern's group `name`) as written."""
    for pattern, canon in _ROLE_TABLE:
        if (m := pattern.search(folded)) is not None:
            if "${" not in canon:
                return canon
            kept = {k: _as_written(v, role_as_written) for k, v in m.groupdict().items() if v}
            return lang.expand(canon, **kept)
    return None


def table_lookup(role_as_written: str) -> str | None:
    return table_role(fold_role(role_as_written), role_as_written)


def _as_written(folded_words: str, role_as_written: str) -> str:
    """Folded words of a title as the title writes them ("education science" in "Vice-Rector for Education,
    Science"), each capitalised but the small words."""
    written = to_ascii(role_as_written)
    found = re.search(r"[\W_]+".join(re.escape(w) for w in folded_words.split()), written, re.I)
    words = (found.group() if found else folded_words).split()
    return " ".join(w if w.lower() in SMALL_WORDS else w[:1].upper() + w[1:] for w in words)


_ROLE_TABLE = _role_table()
