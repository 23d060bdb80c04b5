"""`jan20 attendees` on the shipped corpus and on documents written for the test."""

import csv
import io
import json

EXPECTED = {
    2004: {"Ilham Aliyev", "Murtuz Alasgarov", "Artur Rasizade", "Ramiz Mehdiyev"},
    2008: {"Ilham Aliyev", "Mehriban Aliyeva", "Ogtay Asadov", "Ramiz Mehdiyev"},
    2019: {"Ilham Aliyev", "Mehriban Aliyeva", "Novruz Mammadov", "Ogtay Asadov", "Ramiz Mehdiyev"},
    2020: {"Ilham Aliyev", "Mehriban Aliyeva", "Ali Asadov", "Ogtay Asadov", "Samir Nuriyev"},
    2022: {"Ilham Aliyev", "Mehriban Aliyeva"},
}


def rows(run, *args: str, env: dict[str, str] | None = None) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    result = run("attendees", *args, "-f", "json", env=env)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_shipped_corpus_attendees_by_year(run) -> None:  # type: ignore[no-untyped-def]
    found = rows(run)
    assert all(set(r) >= {"article", "year", "name", "mention", "role", "role_as_written", "quote"} for r in found)
    for year, names in EXPECTED.items():
        assert {r["name"] for r in found if r["year"] == year} == names, year
    names = {r["name"] for r in found}
    assert not names & {"Heydar Aliyev", "Mikhail Gorbachev", "Gorbachev", "Narmin Hasanova"}
    assert {r["year"] for r in found} <= set(range(2004, 2023))  # the single reports name no attendee


def test_variants_merge_with_the_mention_kept(run) -> None:  # type: ignore[no-untyped-def]
    mentions = {r["mention"] for r in rows(run) if r["name"] == "Artur Rasizade"}
    assert mentions == {"Artur Rasizade", "Artur Rasizadeh", "Artur Rasi-zade"}


def test_canonical_roles_with_role_as_written(run) -> None:  # type: ignore[no-untyped-def]
    speaker = {r["role_as_written"] for r in rows(run) if r["role"] == "Speaker of the Milli Majlis"}
    assert {"Chairman of the Milli Majlis", "Parliament Speaker"} <= speaker
    head = {r["role_as_written"] for r in rows(run) if r["role"] == "Head of the Presidential Administration"}
    assert "Chief of the President's Administration" in head


def test_year_filter_and_quotes(run) -> None:  # type: ignore[no-untyped-def]
    found = rows(run, "--year", "2004")
    alasgarov = next(r for r in found if r["name"] == "Murtuz Alasgarov")
    assert "accompanied by" in str(alasgarov["quote"])


def test_groups_are_not_people(run) -> None:  # type: ignore[no-untyped-def]
    groups = json.loads(run("attendees", "--groups", "-f", "json").stdout)
    assert any("ambassadors" in g["group"] for g in groups)
    assert not any("ambassadors" in str(r["name"]).lower() for r in rows(run))


def test_by_person_matrix(run) -> None:  # type: ignore[no-untyped-def]
    table = list(csv.DictReader(io.StringIO(run("attendees", "--by", "person", "-f", "csv").stdout)))
    assert table[0]["name"] == "Ilham Aliyev"  # sorted by first appearance
    alasgarov = next(r for r in table if r["name"] == "Murtuz Alasgarov")
    assert alasgarov["2004"] and not alasgarov["2006"]
    data = json.loads(run("attendees", "--by", "person", "-f", "json").stdout)
    assert next(r for r in data if r["name"] == "Samir Nuriyev")["years"] == [2020]


def test_other_phrasings(run, write_corpus) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus(
        {
            "a.txt": "Published 20 January 2030\n\nThe ceremony was attended by Prime Minister Kamal Rzayev, "
            "Defence Minister Elchin Guliyev and the head of state's spouse.\n\n"
            "Former Soviet leader Mikhail Gorbachev was blamed for the massacre.",
            "b.txt": "Published 20 January 2031\n\nKamal Rzayeff, the Prime Minister, laid a wreath at the memorial. "
            "A message of condolence was sent by Foreign Minister Jeyhun Bayramov.",
        }
    )
    found = rows(run, env={"JAN20_CORPUS": str(root)})
    by_year: dict[object, set[object]] = {}
    for r in found:
        by_year.setdefault(r["year"], set()).add(r["name"])
    assert "Elchin Guliyev" in by_year[2030] and len(by_year[2030]) == 2
    assert "Mikhail Gorbachev" not in by_year[2030]
    assert "Jeyhun Bayramov" not in by_year.get(2031, set())
    assert len(by_year[2031]) == 1  # Rzayeff, merged with Rzayev across the archive
    assert by_year[2031] <= by_year[2030]
