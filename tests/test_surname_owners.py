"""A lone surname joins the only person of that surname: found through the index of the people's surnames that
clustering their full names builds (`people._cluster`), it is the person comparing it with everyone finds (issue
#14: merging an archive's names compared each lone surname with every person)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jan20.extract._near_surnames import NearSurnames
from jan20.extract.people import _cluster, _surname_owner, canonical_names

from ._helpers import examples

_GIVEN = ["Ali", "Leyla", "Rauf", "Sevinj", "Orxan", "Aygun"]
_SURNAMES = ["Aliyev", "Aliyeva", "Alijev", "Mammadov", "Mamedov", "Mammadova", "Huseynov", "Guseynov", "Karimli"]


def test_a_lone_surname_joins_its_one_person_among_many() -> None:
    people = [f"Rauf Karim{'o' * (k % 3)}v{k}" for k in range(300)]  # many people, none of them Mammadov
    mentions = [*people, "Leyla Mammadova", "Mammadova", "Ali Aliyev", "Aliyev", "Aliyeva"]
    canonical = canonical_names(mentions)
    assert canonical["Mammadova"] == "Leyla Mammadova"
    assert canonical["Aliyev"] == "Ali Aliyev"
    assert canonical["Aliyeva"] == "Aliyeva"  # another gendered form: not his


_BLOCKS = st.lists(
    st.lists(st.tuples(st.sampled_from(_GIVEN), st.sampled_from(_SURNAMES)), min_size=1, max_size=6),
    min_size=1,
    max_size=4,
)


@settings(max_examples=examples(200), deadline=None)
@given(_BLOCKS, st.lists(st.sampled_from([*_SURNAMES, "Aliyevv", "Mammadow", "Qarimli", "X"]), min_size=1, max_size=6))
def test_the_clustering_index_serves_every_block_and_the_lone_surnames(
    blocks: list[list[tuple[str, str]]], lone: list[str]
) -> None:
    # canonical_spellings clusters its blocks into one shared index, then finds the lone surnames' owners in it
    # (it built a second index for them, at LONE_MIN: a sixth of merging a cue-dense archive's names)
    names = [[f"{given} {surname}" for given, surname in block] for block in blocks]
    people: list[list[str]] = []
    near = NearSurnames()
    for block in names:
        _cluster(list(dict.fromkeys(block)), people, near)
    assert people == [group for block in names for group in _cluster(list(dict.fromkeys(block)))]
    for surname in lone:
        assert _surname_owner(surname, people, near) == _surname_owner(surname, people)
