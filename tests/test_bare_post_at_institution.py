"""Issue #16: a bare post of a university ("Rektör Prof. Dr. X", "the Rector X", "ректор X", "rektor X") is completed
by the one university the article names, in the form the title "<University> Rector" is given ("Rector of Kafkas
University"); so a vice-rector, and a dean by the one faculty named. Left bare when the article names two, or one a
title cannot render; a guest who names his own university keeps it; a post of another kind (a school's director)
takes none. Names and sentences are invented for these tests."""

from __future__ import annotations

import pytest

from ._helpers import roles


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Kafkas Üniversitesi'nde 20 Ocak şehitleri için bir anma programı yapıldı. Programa Rektör Prof. Dr. "
            "Hüsnü Kapu katıldı ve öğrencilere seslendi.",
            "Hüsnü Kapu",
            "Rector of Kafkas University",
        ),
        (
            "Ankara Üniversitesi Hukuk Fakültesi'nde 20 Ocak anması yapıldı. Dekan Prof. Dr. Ali Veli ve Rektör "
            "Yardımcısı Prof. Dr. Ayşe Kaya konuştu.",
            "Ayşe Kaya",
            "Vice-Rector of Ankara University",
        ),
        (
            "Ankara Üniversitesi Hukuk Fakültesi'nde 20 Ocak anması yapıldı. Dekan Prof. Dr. Ali Veli ve Rektör "
            "Yardımcısı Prof. Dr. Ayşe Kaya konuştu.",
            "Ali Veli",
            "Dean of the Faculty of Law",
        ),
        (
            "Students of Khazar University marked the anniversary of Black January. The Rector Hamlet Isakhanli "
            "opened the evening and recalled the victims.",
            "Hamlet Isakhanli",
            "Rector of Khazar University",
        ),
        (  # its name goes on after its noun
            "The anniversary of the January tragedy was marked at the Azerbaijan State University of Economics. The "
            "rector, Professor Adalat Muradov, laid flowers at the memorial and met the families of martyrs.",
            "Adalat Muradov",
            "Rector of UNEC",
        ),
        (
            "Students of the Azerbaijan University of Languages marked the anniversary of Black January. The Rector "
            "Kamal Abdulla opened the evening and recalled the victims.",
            "Kamal Abdulla",
            "Rector of Azerbaijan University of Languages",
        ),
        (  # named again by its abbreviation, an abbreviation no university's beside it: still one
            "Bakı Dövlət Universitetində (BDU) 20 Yanvar şəhidlərinin anım mərasimi keçirilib. AZERTAC xəbər verir ki, "
            "BDU-nun həyətindəki abidəyə gül qoyulub. Universitetin rektoru Elçin Babayev çıxış edib.",
            "Elçin Babayev",
            "Rector of BSU",
        ),
        (
            "В Бакинском государственном университете почтили память жертв 20 Января. Перед студентами выступил "
            "ректор Эльчин Бабаев.",
            "Эльчин Бабаев",
            "Rector of BSU",
        ),
        (
            "Xəzər Universitetində 20 Yanvar şəhidlərinin xatirəsi anılıb. Tədbirdə universitetin rektoru Hamlet "
            "İsaxanlı çıxış edib.",
            "Hamlet İsaxanlı",
            "Rector of Khazar University",
        ),
        (
            "Bakı Dövlət Universitetində 20 Yanvar faciəsinin ildönümü qeyd olunub. Tədbirdə rektor Elçin Babayev "
            "çıxış edib.",
            "Elçin Babayev",
            "Rector of BSU",
        ),
    ],
)
def test_a_bare_post_takes_the_one_university_named(text: str, person: str, role: str) -> None:
    assert roles(text)[person] == role


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (  # two universities named: the post stays bare
            "Kafkas Üniversitesi ile Ardahan Üniversitesi'nin ortak anma programında Rektör Prof. Dr. Hüsnü Kapu "
            "konuştu.",
            "Hüsnü Kapu",
            "Rector",
        ),
        (
            "В Бакинском государственном университете и в Азербайджанском медицинском университете прошли "
            "вечера памяти. Выступил ректор Эльчин Бабаев.",
            "Эльчин Бабаев",
            "Rector",
        ),
        (  # a rector of another university named in full: two universities, and the guest keeps his own
            "Kafkas Üniversitesi'nde 20 Ocak anması yapıldı. Törene Rektör Prof. Dr. Hüsnü Kapu ile Atatürk "
            "Üniversitesi Rektörü Prof. Dr. Ahmet Çelik katıldı.",
            "Hüsnü Kapu",
            "Rector",
        ),
        (
            "Kafkas Üniversitesi'nde 20 Ocak anması yapıldı. Törene Rektör Prof. Dr. Hüsnü Kapu ile Atatürk "
            "Üniversitesi Rektörü Prof. Dr. Ahmet Çelik katıldı.",
            "Ahmet Çelik",
            "Rector of Ataturk University",
        ),
        (
            "Students of Khazar University and ADA University marked the anniversary of Black January. The "
            "Rector Hamlet Isakhanli opened the evening and recalled the victims.",
            "Hamlet Isakhanli",
            "Rector",
        ),
        (  # a university no title renders ("... University of Bar" is not "Foo University"): bare
            "Students of the Foo University of Bar marked the anniversary of Black January. The Rector Hamlet "
            "Isakhanli opened the evening and recalled the victims.",
            "Hamlet Isakhanli",
            "Rector",
        ),
        (  # another university named by the abbreviation the data knows it by
            "ODTÜ ve Kafkas Üniversitesi öğrencileri 20 Ocak için bir araya geldi. Programa Rektör Prof. Dr. Hüsnü "
            "Kapu katıldı ve bir konuşma yaptı.",
            "Hüsnü Kapu",
            "Rector",
        ),
        (  # two faculties named: the dean stays bare
            "Ankara Üniversitesi Hukuk Fakültesi ile Tıp Fakültesi'nde 20 Ocak anması yapıldı. Dekan Prof. Dr. "
            "Ali Veli konuştu.",
            "Ali Veli",
            "Dean",
        ),
        (  # a university's name by its own words has its noun capitalised: "one university of Izmir" is none
            "İzmir'de bir İzmir üniversitesinin araştırma merkezi 20 Ocak için bir panel düzenledi. Açılışı "
            "yapan Rektör Yardımcısı Prof. Dr. Gönül Sezer konuştu.",
            "Gönül Sezer",
            "Vice-Rector",
        ),
        (  # no university named
            "Tədbirdə universitetin rektoru Hamlet İsaxanlı 20 Yanvar şəhidlərinin xatirəsindən danışıb.",
            "Hamlet İsaxanlı",
            "Rector",
        ),
        (  # a school's director in a text naming one university takes no university
            "Bakı Dövlət Universitetində 20 Yanvar faciəsinin ildönümü qeyd olunub. Tədbirdə rektor Elçin Babayev "
            "və məktəbin direktoru Aygün Məmmədova çıxış ediblər.",
            "Aygün Məmmədova",
            "School Director",
        ),
    ],
)
def test_a_bare_post_stays_bare_without_one_university(text: str, person: str, role: str) -> None:
    assert roles(text)[person] == role
