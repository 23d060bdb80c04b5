"""A story whose title names neither event is read by its lead: a plain heading ("Let us not forget!", "Unutmayaq!")
over a lead about Khojaly is that event's story and gives no figure; a lead naming 20 January, or a title naming
either event, decides as before. The Baku pogrom of the week before 20 January, named, is another event ("the Baku
pogrom", "бакинский погром"). The texts are written for these tests."""

from __future__ import annotations

import pytest

from jan20.archive.facts import about_another_event
from jan20.extract.casualties import extract_casualties

KHOJALY_LEAD = "The Khojaly genocide was the darkest night of the Karabakh conflict. 487 people were wounded there."


@pytest.mark.parametrize(
    ("title", "text", "other"),
    [
        # a plain title: the lead decides
        ("Let us not forget!", KHOJALY_LEAD, True),
        ("Unutmayaq!", "Xocalı soyqırımı ən dəhşətli faciədir. Yaralıların sayı 487 nəfər idi.", True),
        ("Помним!", "Ходжалинский геноцид стал самой страшной трагедией. Ранены были 487 человек.", True),
        ("Unutmadık!", "Hocalı katliamı en acı olaydır. 487 kişi yaralandı.", True),
        ("Let us not forget!", "On 20 January 1990 Soviet troops entered Baku; Khojaly followed in 1992.", False),
        ("Day of mourning", "The embassy remembered 147 people killed by Soviet troops.", False),
        # the title names an event: it decides, whatever the lead says
        ("Black January remembered", KHOJALY_LEAD, False),
        ("Khojaly remembered", "On 20 January 1990 Soviet troops entered Baku.", True),
        # a lead at a Khojaly monument that names the date of 1990 in its next sentence is this event's story
        (
            "Baku's martyrs remembered in Talas",
            "Members of a youth association gathered on Friday in the town park, in front of the monument to the"
            " martyrs of Khojaly, where the deputy mayor Selim Aktaş laid a wreath with them and they stood for a"
            " minute of silence, in memory of the civilians whom Soviet soldiers killed in the streets of Baku on"
            " 20 January 1990.",
            False,
        ),
        (
            "Bakü şehitleri Kayseri'de anıldı",
            "Belediye Başkanı Ayşe Demir, ilçedeki Hocalı Parkı'nda bulunan Hocalı Şehitleri Anıtı önünde dernek"
            " üyeleriyle bir araya gelerek burada saygı duruşunda bulundu ve anıta karanfil bıraktı. Törene ilçenin"
            " okullarından öğrenciler, öğretmenleri ve mahalle sakinleri de katıldı. Konuşmalarda, Sovyet askerlerinin"
            " 20 Ocak 1990'da Bakü'de öldürdüğü 147 sivil anıldı.",
            False,
        ),
        # no title: the lead
        (None, KHOJALY_LEAD, True),
        # the Baku pogrom, named
        ("The Baku pogrom", "Armenians were attacked in the city for a week.", True),
        ("Бакинский погром", "В течение недели в городе нападали на армян.", True),
    ],
)
def test_the_lead_decides_under_a_plain_title(title: str | None, text: str, other: bool) -> None:
    assert about_another_event(title, text) is other


@pytest.mark.parametrize(
    "text",
    [
        "The Baku pogrom claimed 48 lives.",
        "Pogroms of Armenians left 48 people dead.",
        "Бакинский погром унёс жизни 48 человек.",
    ],
)
def test_the_baku_pogroms_dead_are_none(text: str) -> None:
    assert extract_casualties(text) == []
