"""Speakers at a commemoration whom a held-out probe of real pages found missed (issue 16): a subject after its verb
behind a chain of posts, degrees and honours ("выступила директор музея, кандидат наук, заслуженный деятель культуры
X"); the kin who speaks on behalf of a martyr's family, the martyr named in the genitive before the verb ("От имени
семьи шехида A выступил его отец B": B, not A); a host named inside the phrase that opens the sentence ("At the
invitation of the host of the evening, the singer X, the guests stood in silence"); a speaker in the paragraph after
a premiere or a screening held; and the last of a list after a serial comma, who shares the plural title before it.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

EN = "The Azerbaijani society of Haifa held a memorial evening for the victims of 20 January.\n"
RU = "В Доме дружбы состоялся вечер памяти жертв трагедии 20 января.\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


@pytest.mark.parametrize(
    "text",
    [
        "С приветственным словом к гостям обратилась директор музея, кандидат искусствоведения, заслуженный деятель "
        "культуры Марина Орлова.",
        "Затем выступила заведующая кафедрой, доктор исторических наук, профессор университета Марина Орлова.",
        "Вечер открыла председатель общества, член союза писателей, лауреат премии Марина Орлова.",
    ],
)
def test_a_chain_of_posts_before_a_subject_after_its_verb(text: str) -> None:
    assert "Марина Орлова" in found(RU + text)


@pytest.mark.parametrize(
    ("text", "speaker", "dead"),
    [
        (
            "От имени семьи шехида Эльдара Мамедова выступил его отец, Расим Мамедов.",
            "Расим Мамедов",
            "Эльдара Мамедова",
        ),
        (
            "От имени семьи погибшего Эльдара Мамедова выступил его брат Расим Мамедов.",
            "Расим Мамедов",
            "Эльдара Мамедова",
        ),
        # (one on whose behalf the words are said is not there either)
        (
            "От имени президента Ильхама Алиева к участникам обратился посол Расим Мамедов.",
            "Расим Мамедов",
            "Ильхама Алиева",
        ),
    ],
)
def test_the_object_before_a_verb_leaves_its_subject_after_it(text: str, speaker: str, dead: str) -> None:
    people = found(RU + text)
    assert speaker in people
    assert dead not in people


@pytest.mark.parametrize(
    "text",
    [
        "At the invitation of the host of the evening, the pianist and lecturer of the Academy of Music Ilze Berzina, "
        "the guests honoured the victims with a minute of silence.",
        "At the invitation of the host of the evening, Associate Professor Ilze Berzina, the participants observed a "
        "minute of silence.",
        "The host of the evening, the pianist Ilze Berzina, opened the evening.",
    ],
)
def test_a_host_named_in_the_opening_phrase(text: str) -> None:
    assert "Ilze Berzina" in found(EN + text)


def test_an_apposition_of_a_named_subject_is_still_left_out() -> None:
    # (the rule above is for a head that has no name of its own)
    assert found(EN + "Nigar Aliyeva, the wife of the chairman Rauf Aliyev, opened the evening.") == {
        "Nigar Aliyeva": None
    }


@pytest.mark.parametrize(
    "text",
    [
        "В Русском драматическом театре прошла премьера спектакля о январской трагедии 1990 года.\n"
        "Заместитель министра культуры Марина Орлова отметила, что спектакль обращён прежде всего к молодёжи.",
        "Премьера документального фильма о 20 Января состоялась в Доме кино.\n"
        "Заместитель министра культуры Марина Орлова подчеркнула, что фильм снят по воспоминаниям очевидцев.",
        "В посольстве состоялся показ фильма о событиях 20 января.\n"
        "Заместитель министра культуры Марина Орлова подчеркнула, что фильм снят по воспоминаниям очевидцев.",
        "The premiere of a play about the night of 20 January took place at the Youth Theatre.\n"
        "Deputy Minister of Culture Marina Orlova noted that the play speaks to the young above all.",
        "A screening of a documentary on Black January was held at the embassy.\n"
        "Deputy Minister of Culture Marina Orlova stressed that the film rests on the words of witnesses.",
    ],
)
def test_a_speaker_after_a_premiere_or_a_screening_held(text: str) -> None:
    assert {"Marina Orlova", "Марина Орлова"} & set(found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Заместитель министра культуры Марина Орлова отметила, что спектакль обращён прежде всего к молодёжи.",
        "Deputy Minister of Culture Marina Orlova noted that the play speaks to the young above all.",
        # (a prime minister is no premiere)
        "В Баку состоялся визит премьер-министра Грузии.\nМинистр Марина Орлова отметила, что визит важен.",
    ],
)
def test_with_no_event_held_a_speaker_is_placed_nowhere(text: str) -> None:
    assert found(text) == {}


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "The evening was attended by members of the diaspora Kamal Rzayev, Orkhan Mammadli, and Sevda Huseynova.",
            "Sevda Huseynova",
        ),
        (
            "Among the guests were members of the community Kamal Rzayev, Orkhan Mammadli, and Sevda Huseynova.",
            "Sevda Huseynova",
        ),
    ],
)
def test_a_serial_comma_keeps_the_shared_plural_title(text: str, last: str) -> None:
    people = found(EN + text)
    assert people[last] is not None
    assert people[last] == people["Kamal Rzayev"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Speaking about the tragedy, director of the cultural centre 'Odlar' Leyla Hasanova recalled the victims.",
            "Director of the Cultural Centre 'Odlar'",
        ),
        (
            "Chairman of the society ‘Odlar Yurdu’ Leyla Hasanova shared her memories of that night.",
            "Chairman of the Society ‘Odlar Yurdu’",
        ),
        (
            "The head of the community 'Vatan', Leyla Hasanova, shared her memories.",
            "Head of the Community 'Vatan'",
        ),
    ],
)
def test_a_body_named_in_single_quotation_marks_after_its_noun(text: str, role: str) -> None:
    # (the quoted name is the body's, in the title: neither a person nor the end of the title)
    assert found(EN + text) == {"Leyla Hasanova": role}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # long appositions of posts and memberships before the name, with a verb of telling
        (
            "A member of the Union of Journalists and of the Union of Writers of Israel, Rina Kogan, shared her "
            "memories of the night.",
            {"Rina Kogan": "Member of the Union of Journalists and of the Union of Writers of Israel"},
        ),
        (
            "The head of the Haifa branch of the society, Boris Katz, shared his memories.",
            {"Boris Katz": "Head of the Haifa Branch of the Society"},
        ),
        (
            "The youngest member of the association, a lawyer, Dana Katz told about her family.",
            {"Dana Katz": "Member of the Association"},
        ),
    ],
)
def test_long_appositions_before_a_teller(text: str, expected: dict[str, str | None]) -> None:
    assert found(EN + text) == expected
