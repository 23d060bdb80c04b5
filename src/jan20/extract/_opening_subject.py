"""The subject that opens a sentence in a language that puts the verb last (Azerbaijani, Turkish; and reported speech
in any language): the names with their titles after a few words that set the scene ("Yanvarın 20-də Prezident İlham
Əliyev və …"), for `_subjects.chosen_tokens`; with the test of what a subject may hold besides names (`glue`)."""

from __future__ import annotations

from jan20.text import sentences as sx

from . import _cues as cue
from ._casualty_words import is_month
from ._clauses import named_before_owner, owned_list_end, without_object
from ._honours import honours_ahead
from ._list_items import aside_end, group_item
from ._name_runs import is_cap
from ._name_words import is_word, oblique
from ._relative_leader import in_relative_clause
from ._scene_clause import after_scene_clause
from ._title_gaps import quoted
from ._title_gaps import title_gap as _title_gap
from ._title_gaps import title_word as _title_word

_SCENE_WORDS = 12  # words that may open a sentence before its subject: "Bu gün səhər saatlarında"
# ... and after the event named where it opens ("Tədbirdə", "Mərasimdə": `event_here`), the words of the first
# person's post, however long a district's office is ("Tədbirdə X Rayon İcra Hakimiyyəti Başçısı Aparatında
# İctimai-siyasi və humanitar məsələlər şöbəsinin müdirinin müavini-… Y, … iştirak ediblər")
_POST_WORDS = 24
# Lower-case words inside a list of owners, no title's: list joiners and name particles (`named_before_owner`).
_OWNERS_INSIDE = cue.LIST_JOINERS | cue.PARTICLES | cue.TRAILING_PARTICLES


def glue(tok: sx.Token) -> bool:
    """A token a subject may hold besides names and titles: "and", "his wife", "on Monday", "-", "also"."""
    return (
        tok.text in cue.DASHES
        or tok.text[:1].isdigit()
        or (is_word(tok) and (is_cap(tok.text) or tok.low in cue.GLUE or tok.low in cue.TIME_WORDS))
        or (tok.text[:1].islower() and len(tok.low) > 3 and is_month(tok.low))  # a date's month: "19 января"
        or _title_word(tok)
        or (len(tok.low) > 4 and tok.low.endswith("ly") and is_word(tok))
    )


def leads_relative(toks: list[sx.Token], linked: set[int], k: int) -> bool:
    """A run of linked tokens (a name) opens at k and leads a group inside a relative clause (`_relative_leader`):
    "… A xalqımıza qarşı B başda olmaqla … törətdiyi qırğından" (B, no subject)."""
    if k not in linked or k - 1 in linked:
        return False
    end = k
    while end in linked:
        end += 1
    return in_relative_clause(toks, end)


def _at_event(toks: list[sx.Token], k: int) -> bool:
    """The words from k name the event where something was (`event_here`: "Tədbirdə", "Anım mərasimində") or the
    event as the object of the verb that ends the sentence (`event_objects`: "mərasimi … X açmışdır")."""
    if toks[k].low in cue.EVENT_OBJECTS:
        return True
    words = " ".join(t.text for t in toks[k : k + 2])
    return (found := cue.EVENT_HERE.match(words)) is not None and found.end() in (len(toks[k].text), len(words))


def _words(toks: list[sx.Token], start: int, end: int) -> int:
    """How many words the tokens from start to end are, a word being what spaces part ("19-20", "1990-cı": one)."""
    return sum(1 for i in range(start, end) if i == start or toks[i].start > toks[i - 1].end)


def opening_subject(toks: list[sx.Token], linked: set[int], opens: int = 0) -> list[int]:
    """The names (with their titles) that open a sentence, after a few words that set the scene ("Yanvarın
    20-də Prezident İlham Əliyev və ..."): the subject of a verb-final sentence; or of the reported speech that
    opens at token `opens` ("mətbuat katibi X bildirib ki, nazir Y … ziyarət edib": Y, not X, who reports)."""
    k = opens
    while k < len(toks):  # the first name, not one in a case ending
        if k not in linked:
            k += 1
            continue
        end = owned_list_end(toks, linked, k, cue.LIST_JOINERS, cue.POSTPOSITIONS)  # (or "A, B və C-nin məzarını")
        if quoted(toks, k, end):
            k = end  # words said in quotation marks, no subject: "Onlar o gün ’Ya Hürriyet Ya Ölüm’ dediler"
            continue
        if in_relative_clause(toks, end):
            k = end  # "X başda olmaqla … törətdiyi faciədən": X leads a group inside a relative clause, no subject
            continue
        if not oblique(toks[end - 1].text) and not (end < len(toks) and toks[end].low in cue.POSTPOSITIONS):
            break
        if named_before_owner(toks, k, end, _OWNERS_INSIDE):
            break  # "Tələbə A şair B-nin şeirini oxuyub": A, then the owner of what A read (not a subject)
        k = end  # a name in a case ending sets the scene ("Kanlı Ocak'ın yıl dönümünde X ..."): the subject follows
    if (after := after_scene_clause(toks, k)) > k and (subject := opening_subject(toks, linked, after)):
        return subject  # "Şəhid X-i anan tədbirdə, deputat Y çıxış edib": Y, the first name after the clause
    first = k
    # a clause that only sets the scene ends at a comma before the first name ("… başlayan törende, X seslendi") or
    # at the postposition that closes it ("… ildönümü ilə əlaqədar X …")
    scene = max(
        (c + 1 for c in range(opens, first) if toks[c].text == "," or toks[c].low in cue.SCENE_CLOSERS), default=opens
    )
    while k > scene and glue(toks[k - 1]) and toks[k - 1].low not in cue.NEGATION:
        k -= 1  # the words of its subject before it ("Azərbaycan Respublikasının ... Səfiri X")
    event = next((e for e in range(scene, min(k, first)) if _at_event(toks, e)), None)
    if event is not None and _words(toks, scene, event) <= _SCENE_WORDS:
        scene = event  # (the event named, where or as the object, "… mərasimi": the words after it, a post's)
    if _words(toks, scene, min(k, first)) > (_POST_WORDS if event == scene else _SCENE_WORDS):
        return []  # (words, not tokens: "1990-cı ilin 19-20 qanlı yanvar günlərinin canlı şahidləri X" opens with 8)
    walked: list[int] = []
    while k < len(toks) and toks[k].low not in cue.NEGATION:
        if walked and leads_relative(toks, linked, k):
            break  # "Professor A xalqımıza qarşı B başda olmaqla … törətdiyi qırğından danışıb": A, not B
        if k in linked or glue(toks[k]):
            walked.append(k)
            k += 1
        elif walked and (title := _title_gap(toks, k, linked)) > k:
            walked.extend(range(k, title))  # "X, parlamentin sədri Y": a title the role table does not know
            k = title
        elif walked and (named := honours_ahead(toks, k, lambda n: n in linked or _title_gap(toks, n, linked) > n)) > k:
            k = named  # "X, soydaşımız, professor Y": honours of the name after them
        elif walked and (item := max(group_item(toks, k, linked), aside_end(toks, k, linked))) > k:
            k = item  # "X, səfirliyin əməkdaşları, Y və …": a group between the people; "X (“mövzu”), Y": an aside
        else:
            break
    return without_object(toks, linked, walked)
