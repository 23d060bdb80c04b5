"""An index of surnames by spelling: the names added so far whose surname may be a spelling of a given one, found
without comparing every pair (`jan20.extract.people` merges names with it, `_persons` an article's mentions)."""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

# The least ratio of two surnames' skeletons that are spellings of one family name (`people.same_surname`):
# Mammadov / Mammedov = 87.5; Mahmudov / Mammadov = 75; Ahmadov / Mammadov = 80.
SURNAME_MIN = 85.0
LONE_MIN = 90.0  # a surname alone must be nearly identical to the full name's surname


class NearSurnames:
    """The items added so far whose surname may be a spelling of a given one: a superset of those that pass
    `same_surname(a, b, minimum)`, found without comparing every pair, so that matching n names is linear
    rather than quadratic.

    fuzz.ratio is 2·LCS/(|a|+|b|): for it to reach `minimum`, each skeleton is at most a few deletions away from
    their longest common subsequence (at most |a|·(2-2m)/(2-m) for a, m = minimum/100). Each key is indexed under
    every string those deletions make, so two keys close enough share one. (A key too long for that to be cheap
    is a candidate for every lookup.)"""

    _LONGEST = 16

    def __init__(self, minimum: float = SURNAME_MIN) -> None:
        ratio = minimum / 100
        self._share = (2 - 2 * ratio) / (2 - ratio)
        # A variant's items: most variants belong to one key, so one item is stored as itself and a list is made
        # only for a second (hundreds of thousands of variants for a few thousand names: a list each would make
        # the index several times larger, and its growth slower than linear in memory).
        self._index: dict[str, int | list[int]] = {}
        self._long: list[int] = []
        # The variants of the key last looked up that the index holds: a name that matches no one is added right
        # after its lookup (most names of an archive), and `add` takes them from here instead of intersecting again.
        self._looked_up: tuple[str, set[str]] | None = None

    def _variants(self, key: str) -> frozenset[str]:
        return _deletions(key, int(len(key) * self._share + 1e-9))

    def add(self, key: str, item: int) -> None:
        if len(key) > self._LONGEST:
            self._long.append(item)
            return
        index = self._index
        variants = self._variants(key)
        # (the variants already indexed found by one set operation, the new ones added by one update: most are
        # new, and looking each up in turn was a third of the time of merging the names of cue-dense text)
        looked_up, self._looked_up = self._looked_up, None
        known = looked_up[1] if looked_up is not None and looked_up[0] == key else index.keys() & variants
        index.update(dict.fromkeys(variants - known if known else variants, item))
        for variant in known:
            if isinstance(items := index[variant], int):
                index[variant] = [items, item]
            else:
                items.append(item)

    def candidates(self, key: str) -> list[int]:
        """The items that may match, in the order they were added (items are added in increasing order)."""
        if len(key) > self._LONGEST:
            return sorted({item for items in self._index.values() for item in _items(items)} | set(self._long))
        index = self._index
        known = index.keys() & self._variants(key)
        self._looked_up = (key, known)
        found = {item for variant in known for item in _items(index[variant])}
        return sorted(found.union(self._long))


def _items(stored: int | list[int] | None) -> list[int]:
    """The items a variant of `NearSurnames` has (none, one stored as itself, or a list)."""
    return [] if stored is None else [stored] if isinstance(stored, int) else stored


@lru_cache(maxsize=1024)  # an article's key is indexed, then looked up for each mention that may be the same person
def _deletions(key: str, most: int) -> frozenset[str]:
    """The key and every string made from it by deleting up to `most` characters."""
    out = {key}
    for deleted in range(1, most + 1):  # (the characters kept, in order: half the time of deleting one at a time)
        out.update(map("".join, combinations(key, len(key) - deleted)))
    return frozenset(out)
