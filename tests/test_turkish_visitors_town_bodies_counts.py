"""Kinds of Turkish reporting of the 20 January commemorations seen in real pages (agency, local and diaspora press)
that the extractors missed or misread: a visitor to the memorial named by "isimli" or "adlı" after "ziyarete gelen",
a diaspora body opened by its town put in English, a sentence opened by the years back to the event itself, a span
of captivity that ended with the event, and a count back to a year before 1990 in a quoted inscription. The
sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import stated_anniversary

from ._helpers import names, roles

# --- a visitor to the memorial, named after "ziyarete gelen" --------------------------------------------------------

BAKU = "Bakü'de Kanlı Ocak kurbanları anıldı. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            BAKU
            + "Şehitler Hıyabanı'nı ziyarete gelen Tural Veliyev isimli Azerbaycanlı, o geceyi unutmadığını söyledi.",
            "Tural Veliyev",
        ),
        (BAKU + "Şehitliği ziyarete gelen Azerbaycanlı Nigar Rüstemova, gözyaşlarını tutamadı.", "Nigar Rüstemova"),
        (
            BAKU + "Hıyabanı ziyarete gelenlerden Sevda Kerimli adlı Azeri kadın, “Her yıl oğlumla geliyorum” dedi.",
            "Sevda Kerimli",
        ),
        (BAKU + "Anıtı ziyaret edenler arasında emekli öğretmen Rasim Abbaslı da vardı.", "Rasim Abbaslı"),
        (
            "20 Ocak şehitlerini anmak için mezarları ziyarete gelen Orhan Sadıqov isimli genç, karanfil bıraktı.",
            "Orhan Sadıqov",
        ),
    ],
)
def test_a_visitor_to_the_memorial_named_after_ziyarete_gelen_was_there(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a visit to a country or a town is another visit
        "Ankara'yı ziyarete gelen Azerbaycan Dışişleri Bakanı Kamil Rzayev, gazetecilere açıklama yaptı.",
        # one who came to the memorial in 1990 and was shot that night is one of the dead
        "1990'da şehitliği ziyarete gelen Tural Veliyev isimli genç o gece vuruldu.",
        BAKU + "Hıyabanı ziyarete gelen Tural Veliyev adlı öğrenci, 1990'da burada şehit oldu.",
    ],
)
def test_a_visit_elsewhere_or_a_dead_visitor_places_nobody(text: str) -> None:
    assert names(text) == []


# --- a diaspora body opened by its town, in English ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "20 Ocak anma töreninde Kocaeli Azerbaycan Kültür ve Dayanışma Derneği Başkanı Eldar Nuriyev konuştu.",
            "Eldar Nuriyev",
            "Chairman of the Kocaeli Azerbaijani Culture and Solidarity Association",
        ),
        (
            "Törene İzmir Azerbaycan Türkleri Kültür Derneği Başkanı Hakan Taşçı da katıldı.",
            "Hakan Taşçı",
            "Chairman of the Izmir Azerbaijani Turks Culture Association",
        ),
        (
            "Anma programına Bursa Azerbaycan Kültür Derneği Başkanı Leyla Quliyeva katıldı.",
            "Leyla Quliyeva",
            "Chairman of the Bursa Azerbaijani Culture Association",
        ),
        (
            "Törende Kars Azerbaycan Dayanışma Derneği Başkanı Cavid Aslanlı ile Erzurum Azerbaycan Dernekleri "
            "Federasyonu Başkanı Murat Demirci konuştu.",
            "Murat Demirci",
            "Chairman of the Federation of Erzurum Azerbaijani Associations",
        ),
        (
            "Törende Kars Azerbaycan Dayanışma Derneği Başkanı Cavid Aslanlı ile Erzurum Azerbaycan Dernekleri "
            "Federasyonu Başkanı Murat Demirci konuştu.",
            "Cavid Aslanlı",
            "Chairman of the Kars Azerbaijani Solidarity Association",
        ),
    ],
)
def test_a_diaspora_body_opened_by_a_known_town_is_in_english(text: str, name: str, role: str) -> None:
    assert roles(text)[name] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a first word the data knows as no town, or a word of the name it cannot put in English: the name as written,
        # its kind in English
        ("Törene Turan Derneği Başkanı Selim Aktaş katıldı.", "Selim Aktaş", "Chairman of the Turan Association"),
        (
            "Törene Tver Azerbaycan Kültür Derneği Başkanı Selim Aktaş katıldı.",
            "Selim Aktaş",
            "Chairman of the Tver Azerbaycan Kültür Association",
        ),
        (
            "Törene Kars Azerbaycan Yardımseverler Derneği Başkanı Selim Aktaş katıldı.",
            "Selim Aktaş",
            "Chairman of the Kars Azerbaycan Yardımseverler Association",
        ),
    ],
)
def test_a_body_with_a_word_the_data_cannot_name_keeps_its_name_as_written(text: str, name: str, role: str) -> None:
    assert roles(text)[name] == role


# --- a sentence opened by the years back to the event itself ----------------------------------------------------------


def test_years_back_to_the_event_that_open_the_sentence_are_no_other_time() -> None:
    text = (
        "Keçiören'de Kanlı Ocak anıldı\n\n"
        "33 yıl önce tarihe 20 Ocak Katliamı olarak geçen günün anısına düzenlenen törene Belediye Başkanı "
        "Kemal Oruç ile Büyükelçi Rauf Hasanlı katıldı."
    )
    assert names(text) == ["Kemal Oruç", "Rauf Hasanlı"]


@pytest.mark.parametrize(
    "text",
    [
        # a count back to another year's ceremony, however the report is dated
        "Kanlı Ocak'ın 34. yıl dönümü anıldı.\n\n5 yıl önce törene Büyükelçi Rauf Hasanlı da katılmıştı.",
        "Kanlı Ocak'ın 34. yıl dönümü anıldı.\n\n5 yıl önce 20 Ocak törenine Büyükelçi Rauf Hasanlı da katılmıştı.",
        # years back equal to the anniversary, in a sentence that names no event: another time still
        "Kanlı Ocak'ın 34. yıl dönümü anıldı.\n\n34 yıl önce Rauf Hasanlı da oradaydı ve törene katıldı.",
        # the years back to the event, when the person's own verb is timed by them: 1990, not the ceremony
        "Kanlı Ocak'ın 30. yıl dönümü anıldı.\n\n30 yıl önce 20 Ocak gecesi Rauf Hasanlı da mitinge katıldı.",
        "Kanlı Ocak'ın 30. yıl dönümü anıldı.\n\n30 yıl önce, 20 Ocak'ta Rauf Hasanlı da o büyük mitinge katıldı.",
    ],
)
def test_a_count_back_to_another_ceremony_still_places_nobody(text: str) -> None:
    assert names(text) == []


# --- a span of captivity that ended with the event, and a count back to 1918 -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaycan 70 yıl esaret altında yaşadı. 70 yıl sonra da olsa, 20 Ocak bu esarete son verdi.",
        "Kanlı Ocak, 70 yıl sonra Sovyet işgaline son veren direnişin başlangıcı oldu.",
        "Anıtın kitabesinde “1918'de Bakü'yü kurtaran askerler 102 yıl önce bu topraklara gömüldü” yazıyor.",
        "Kitabede, 1918 yılında şehit düşen İslam Ordusu askerlerinin 102 yıl önce burada gömüldüğü yazıyor.",
    ],
)
def test_years_of_another_span_state_no_anniversary(text: str) -> None:
    assert stated_anniversary(text) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the years since the event itself, beside 1918, still count
        ("Sovyet ordusu 36 yıl önce Bakü'ye girdi; 1918'de kurulan cumhuriyet ise çok önce yıkılmıştı.", 36),
        ("Kanlı Ocak'tan 34 yıl sonra da olsa şehitler unutulmadı.", 34),
        ("1918 yılının kahramanları gibi, 20 Ocak şehitleri de 35 yıl önce can verdi.", 35),
    ],
)
def test_years_since_the_event_still_count(text: str, number: int) -> None:
    stated = stated_anniversary(text)
    assert stated is not None and stated.number == number


# --- a quotation mark left unclosed opens no quotation across paragraphs -----------------------------------------


def test_an_unclosed_mark_quotes_nothing_across_a_blank_line() -> None:
    text = (
        "20 Yanvar şehitleri İstanbul'da anıldı\n\n"
        "Şehitler, derneğin merkezinde açılan sergi ve “ÖZGÜRLÜĞE GİDEN YOL 20 YANVAR “başlıklı panelle anıldı.\n\n"
        "Sunumunu dernek üyesi Yazar Orhan Tekin'in yaptığı panel, saygı duruşu ile başladı.\n\n"
        "Panelin açılış konuşmasını yapan Dernek Başkanı Kenan Akbulut; ”20 Yanvar bizim ortak acımızdır. "
        "Onu asla unutmayacağız.” dedi."
    )
    assert names(text) == ["Orhan Tekin", "Kenan Akbulut"]
