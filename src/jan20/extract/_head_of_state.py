"""Whose head of state a bare title is. The bare "President" is the home country's ("Президент Ильхам Алиев",
"Prezident X"), but a language whose own country is another state writes its own president with the same bare
title: in a Turkish text "Cumhurbaşkanı Recep Tayyip Erdoğan" is Turkey's. A language says so in its data
(`[roles] bare_head_role`, that country's president in English, and `bare_head_titles`, the titles that written
alone mean its head of state); the title stays the home country's when the name is one of the home country's heads
of state (`[roles] home_head_names`, surnames in every script: "Cumhurbaşkanı İlham Aliyev", "Cumhurbaşkanı Aliyev")
or one the text names with the home country before the same title ("Azerbaycan Cumhurbaşkanı X … Cumhurbaşkanı
X")."""

from __future__ import annotations

import re
from functools import cache

from jan20.text.fold import lowercase

from .. import lang
from ._home import TITLE_LEAD
from ._name_words import oblique, without_case_ending

_PRESIDENT = "President"
_HOME_HEADS = lang.words("roles.home_head_names")
_HOME = lang.words("roles.home")
_AFTER_TITLE = 4  # words of a name after a title, read for the surname ("Azerbaycan Cumhurbaşkanı İlham Aliyev")


def _bare_titles() -> dict[str, str]:
    """Every language's bare head-of-state titles, lower-case, to the role that language's bare title means
    ("President of Turkey")."""
    out: dict[str, str] = {}
    for language in lang.languages():
        role = language.get("roles.bare_head_role")
        if role:
            out.update(dict.fromkeys(lang.words_of(language.code, "roles.bare_head_titles"), role))
    return out


_BARE = _bare_titles()


def head_of_state_role(role: str | None, role_as_written: str | None, name: str, text: str) -> str | None:
    """The role, or, for a bare head-of-state title of a language whose own country is another state, that
    country's president (`[roles] bare_head_role`: "President of Turkey"), unless the name is the home country's head
    of state."""
    if role != _PRESIDENT or not role_as_written:
        return role
    title = lowercase(TITLE_LEAD.sub("", " ".join(role_as_written.split())))
    bare = _BARE.get(title)
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
