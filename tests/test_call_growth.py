"""The extractors split and read a sentence a bounded number of times, however many people it names (issue #14:
linear time). Counted calls, not timings: a walk that re-reads its sentence for each person it finds doubles its
calls when the list doubles, and fails here on any machine."""

from __future__ import annotations

import cProfile
import pstats

from jan20.extract.attendees import extract_attendees

_WATCHED = ("sentences", "find_names", "tokens")


def _calls(text: str) -> dict[str, int]:
    profile = cProfile.Profile()
    profile.runcall(extract_attendees, text)
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    counts = dict.fromkeys(_WATCHED, 0)
    for (filename, _, name), (_, calls, *_) in stats.items():
        if name in counts and "jan20" in filename:
            counts[name] += calls
    return counts


def _names(n: int) -> list[str]:
    """n people with distinct given names and surnames made of syllables ("Bara Dokemov")."""
    syllables = ["ba", "do", "ke", "lu", "mi", "no", "ra", "si", "tu", "ve"]

    def word(i: int, k: int) -> str:
        return "".join(syllables[(i // 10**j) % 10] for j in range(k)).capitalize()

    return [f"{word(i, 2)}n {word(i, 3)}ov" for i in range(n)]


def test_a_list_of_names_is_read_a_bounded_number_of_times() -> None:
    def listed(n: int) -> str:
        return "The ceremony was attended by " + ", ".join(_names(n)) + "."

    small, large = _calls(listed(40)), _calls(listed(80))
    assert small["find_names"] >= 1  # (the counter sees the walk)
    for name in _WATCHED:
        assert large[name] <= small[name] + 2, (name, small[name], large[name])


def test_a_long_run_on_sentence_is_read_a_bounded_number_of_times() -> None:
    def run_on(n: int) -> str:
        return " and ".join(f"flowers were laid by {name} who attended the ceremony" for name in _names(n)) + "."

    small, large = _calls(run_on(30)), _calls(run_on(60))
    for name in _WATCHED:
        assert large[name] <= small[name] + 2, (name, small[name], large[name])
