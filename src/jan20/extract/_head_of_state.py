"""Whose head of state a bare title is. The bare "President" is the home country's ("Президент Ильхам Алиев",
"Prezident X"), but a language whose own country is another state writes its own president with the same bare
title: in a Turkish text "Cumhurbaşkanı Recep Tayyip Erdoğan" is Turkey's, and so is "Cumhurbaşkanı Yardımcısı X",
its vice president. A language says so in its data (`[roles.bare_heads]`: under the role the table gives the title,
that country's post in English, `role`, and the titles that written alone mean it, `titles`); the title stays the home
country's when the name is one of the home country's heads of state (`[roles] home_head_names`, surnames in every
script: "Cumhurbaşkanı İlham Aliyev", "Cumhurbaşkanı Aliyev") or one the text names with the home country before the
same title ("Azerbaycan Cumhurbaşkanı X … Cumhurbaşkanı X")."""

from __future__ import annotations

import re
from functools import cache

from jan20.text.fold import lowercase

from .. import lang
from ._home import TITLE_LEAD
from ._name_words import oblique, without_case_ending

_HOME_HEADS = lang.words("roles.home_head_names")
_HOME = lang.words("roles.home")
_AFTER_TITLE = 4  # words of a name after a title, read for the surname ("Azerbaycan Cumhurbaşkanı İlham Aliyev")


def _bare_titles() -> dict[tuple[str, str], str]:
    """Every language's bare titles of a head of state or a deputy, by the role the table gives them and the title
    lower-case, to the role that language's bare title means ("President of Turkey", "Vice President of Turkey")."""
    out: dict[tuple[str, str], str] = {}
    for language in lang.languages():
        for role, bare in (language.get("roles.bare_heads") or {}).items():
            titles = (spelt for title in bare["titles"] for spelt in lang.spellings_of(language.code, lowercase(title)))
            out.update(dict.fromkeys(((role, title) for title in titles), bare["role"]))
    return out


_BARE = _bare_titles()


def head_of_state_role(role: str | None, role_as_written: str | None, name: str, text: str) -> str | None:
    """The role, or, for a bare title of a head of state or a deputy of a language whose own country is another
    state, that country's post (`[roles.bare_heads]`: "President of Turkey"), unless the name is the home country's
    head of state's."""
    if role is None or not role_as_written:
        return role
    title = lowercase(TITLE_LEAD.sub("", " ".join(role_as_written.split())))
    bare = _BARE.get((role, title))
    if bare is None:
        return role
    surname = _surname(name)
    if not surname or surname in _HOME_HEADS or surname in _home_named(text, title):
        return role
    return bare


def _surname(name: str) -> str:
    words = name.split()
    return lowercase(without_case_ending(words[-1])) if words else ""


def _home_named(text: str, title: str) -> set[str]:
    """The words of the names the text writes after the home country and the title ("Azerbaycan Cumhurbaşkanı İlham
    Aliyev", "Azerbaycan Cumhuriyeti Cumhurbaşkanı X"), lower-case, without their case endings; a name ends at a word
    with a case ending or at a home head's surname ("Azerbaycan Cumhurbaşkanı İlham Aliyev Erdoğan'ı kabul etti":
    Erdoğan is the next name)."""
    named: set[str] = set()
    for found in _home_title(title).finditer(text):
        for word in found.group("name").split():
            if not word[:1].isupper():
                break  # (the name ends: "Azerbaycan Cumhurbaşkanı Aliyev ve Erdoğan")
            named.add(surname := _surname(word))
            if oblique(word) or surname in _HOME_HEADS:
                break  # ("Azerbaycan Cumhurbaşkanı Aliyev'in", "... İlham Aliyev Erdoğan'ı")
    return named


@cache
def _home_title(title: str) -> re.Pattern[str]:
    home = lang.alternation(_HOME)
    name = rf"(?P<name>(?:[\w'’-]+\s+){{0,{_AFTER_TITLE - 1}}}[\w'’-]+)"
    return re.compile(rf"(?<!\w)(?:{home})\w*(?:\s+\w+)?\s+{re.escape(title)}\w*\s+{name}", re.IGNORECASE)
