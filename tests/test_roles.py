"""Roles of the people found: diplomats' posts, offices written before a military rank, organisations, mayors and
members of other parliaments, in every language (invented names and sentences)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # an ambassador in Azerbaijan: the sending country only
        ("Ambassador Extraordinary and Plenipotentiary of Chile to Azerbaijan", "Ambassador of Chile"),
        ("Norwegian Ambassador to Azerbaijan", "Ambassador of Norway"),
        ("Чрезвычайный и полномочный посол Японии в Азербайджане", "Ambassador of Japan"),
        ("Kanadanın ölkəmizdəki səfiri", "Ambassador of Canada"),
        ("Kanadanın Azərbaycandakı fövqəladə və səlahiyyətli səfiri", "Ambassador of Canada"),
        ("İsrail'in Bakü Büyükelçisi", "Ambassador of Israel"),
        # an ambassador elsewhere: the host country too, Azerbaijan's own included
        ("Ambassador of Poland to Georgia", "Ambassador of Poland to Georgia"),
        ("Azerbaijan's Ambassador to Romania", "Ambassador of Azerbaijan to Romania"),
        ("посол Азербайджана в Грузии", "Ambassador of Azerbaijan to Georgia"),
        ("посла Азербайджана в Канаде", "Ambassador of Azerbaijan to Canada"),
        ("Azərbaycanın Misirdəki səfiri", "Ambassador of Azerbaijan to Egypt"),
        ("Azərbaycanın Kanadadakı səfiri", "Ambassador of Azerbaijan to Canada"),
        ("Azerbaycan'ın Ankara Büyükelçisi", "Ambassador of Azerbaijan to Turkey"),
        ("Ambassador to Georgia", "Ambassador to Georgia"),
        ("Ambassador to Azerbaijan", "Ambassador"),
        ("Ambassador of the Republic of Azerbaijan to the PRC", "Ambassador of Azerbaijan to China"),
        ("Azerbaijani Ambassador to the U.S.", "Ambassador of Azerbaijan to the United States"),
        ("Ambassador of Turkey to the United Kingdom", "Ambassador of Turkey to the United Kingdom"),
        ("Ambassador of the United Kingdom", "Ambassador of the United Kingdom"),
        ("Ölkəmizin Bosniya və Herseqovinadakı səfiri", "Ambassador of Azerbaijan to Bosnia and Herzegovina"),
        ("US Chargé d'Affaires", "Chargé d'Affaires of the United States"),
        ("временный поверенный в делах Франции", "Chargé d'Affaires of France"),
        ("Former ambassador of Chile to OSCE", "Former Ambassador of Chile to the OSCE"),
        ("бывший посол России", "Former Ambassador of Russia"),
        ("KKTC'nin Ankara Büyükelçisi", "Ambassador of the TRNC to Turkey"),
        ("посол Азербайджана в РФ", "Ambassador of Azerbaijan to Russia"),
        # an embassy's counsellor: the country of the post
        (
            "Counselor for the Embassy of Azerbaijan in the US",
            "Counsellor of the Embassy of Azerbaijan in the United States",
        ),
        ("советник посольства Азербайджана в Германии", "Counsellor of the Embassy of Azerbaijan in Germany"),
        ("Azerbaycan'ın Berlin Büyükelçiliği'nden Müsteşar", "Counsellor of the Embassy of Azerbaijan in Germany"),
        # consuls: the city of the post
        ("Consul General of Turkey in Ganja", "Consul General of Turkey in Ganja"),
        ("Azerbaijan's Consul General in Los Angeles", "Consul General of Azerbaijan in Los Angeles"),
        ("Генеральный консул Азербайджана в Стамбуле", "Consul General of Azerbaijan in Istanbul"),
        ("генконсул Турции в Гяндже", "Consul General of Turkey in Ganja"),
        ("почётный консул Пакистана", "Honorary Consul of Pakistan"),
        ("Türkiyənin Gəncədəki baş konsulu", "Consul General of Turkey in Ganja"),
        ("Azerbaycan İstanbul Başkonsolosu", "Consul General of Azerbaijan in Istanbul"),
        ("Azerbaycan'ın Kars Başkonsolosu", "Consul General of Azerbaijan in Kars"),
        # an office before a rank is the role
        ("Fövqəladə Hallar naziri general-polkovnik", "Minister of Emergency Situations"),
        ("Savunma Bakanı Orgeneral", "Minister of Defence"),
        # members of parliament: the Milli Majlis, another country's, a parliament or party named by its own name
        ("deputy", "Deputy"),  # a deputy of someone, not a member of parliament
        ("депутат Милли Меджлиса", "Member of Parliament"),
        ("Turkish MP", "Member of the Parliament of Turkey"),
        ("member of the Georgian parliament", "Member of the Parliament of Georgia"),
        ("Gürcüstan parlamentinin deputatı", "Member of the Parliament of Georgia"),
        ("депутат Верховной Рады Украины", "Member of the Parliament of Ukraine"),
        ("Bundestaqın deputatı", "Member of the Parliament of Germany"),
        ("CHP İzmir Milletvekili", "Member of the Parliament of Turkey"),
        ("Kars Milletvekili", "Member of the Parliament of Turkey"),
        ("Kerkük Milletvekili", "Member of the Parliament of Iraq"),
        ("Azerbaycan Milli Meclisi Milletvekili", "Member of Parliament"),
        # mayors: the city named
        ("Kars Belediye Başkanı", "Mayor of Kars"),
        ("Rustavi bələdiyyəsinin meri", "Mayor of Rustavi"),
        ("мэр Рустави", "Mayor of Rustavi"),
        ("Mayor of Ganja", "Mayor of Ganja"),
        ("Baku mayor", "Mayor of Baku"),
        ("Mayor", "Mayor"),
        ("İzmir Vali Yardımcısı", "Deputy Governor of Izmir"),  # a listed city: its English name
        ("Kars Valisi", "Governor of Kars"),
        ("Governor of the Central Bank", "Governor of the Central Bank"),
        ("глава Исполнительной власти города Баку", "Mayor of Baku"),
        # heads of named bodies
        ("Musavat Party chairman", "Chairman of the Musavat Party"),
        ("AXCP sədri", "Chairman of the Popular Front Party"),
        ("председателя партии Мусават", "Chairman of the Musavat Party"),
        ("TURKPA Secretary General", "Secretary General of TURKPA"),
        ("TÜRKPA Genel Sekreteri", "Secretary General of TURKPA"),
        ("chairman", "Chairman"),
        ("Karabakh Society chairman", "Chairman of the Karabakh Society"),
        ("Karabakh Society chairman of culture", "Karabakh Society Chairman of Culture"),
        # a committee's chairman is not the Speaker
        (
            "Chairman of the Human Rights Committee of the Milli Majlis",
            "Chairman of the Human Rights Committee of the Milli Majlis",
        ),
        ("Chairman of the Milli Majlis", "Speaker of the Milli Majlis"),
        # a university's rector; a named university's stays as written
        ("Universitetin rektoru", "Rector"),
        ("the university's rector", "Rector"),
        ("ректор", "Rector"),
        ("prorektor", "Vice-Rector"),
        ("Üniversite Rektörü", "Rector"),
        ("ректору университета", "Rector"),
        ("Universitetin professoru", "Professor"),
        ("professor of the university", "Professor"),
        ("Prof. Dr.", "Professor"),
        ("Dr.", None),  # an honorific, no role
        ("ректору Бакинского университета", "Rector of Baku University"),
        # a head in another language: in English, with the body it heads kept as written when English cannot name it
        ("Başkanı", "Chairman"),
        ("rəhbəri", "Head"),
        ("Ankara Türk Kültür Vakfı Başkanı", "Chairman of the Ankara Turkish Culture Foundation"),
        ("Bakı Gənclər Cəmiyyətinin sədri", "Chairman of the Baku Youth Society"),
        ("Paris Azərbaycan Evinin rəhbəri", "Head of the Azerbaijan House in Paris"),
        ("Leader", "Leader"),  # English: as written
        ("Ankara Spor Başkanı", "Chairman"),  # no body noun: the Turkish head in English
        # the Milli Majlis's human rights committee, named with or without the parliament, in three languages
        ("chair of the human rights committee", "Chairman of the Human Rights Committee of the Milli Majlis"),
        (
            "Parliament's human rights committee chairwoman",
            "Chairman of the Human Rights Committee of the Milli Majlis",
        ),
        (
            "Milli Məclisin insan hüquqları komitəsinin sədri",
            "Chairman of the Human Rights Committee of the Milli Majlis",
        ),
        (
            "председатель комитета Милли Меджлиса по правам человека",
            "Chairman of the Human Rights Committee of the Milli Majlis",
        ),
        ("chair of the organising committee", "Chair of the Organising Committee"),
        (
            "chair of the human rights committee of the Georgian parliament",
            "Chair of the Human Rights Committee of the Georgian Parliament",
        ),
        ("Derneği Başkanı", "Chairman"),  # a body noun alone names no body: the head alone
        # more countries and cities of posts
        ("Azerbaijan's Ambassador to Mexico", "Ambassador of Azerbaijan to Mexico"),
        ("посол Азербайджана в Мексике", "Ambassador of Azerbaijan to Mexico"),
        ("Azərbaycanın Meksikadakı səfiri", "Ambassador of Azerbaijan to Mexico"),
        ("Генеральный консул Азербайджана в Актау", "Consul General of Azerbaijan in Aktau"),
        # honorifics after a title are the name's, not the role's
        ("Rektörü Prof. Dr.", "Rector"),
        ("rector Prof.", "Rector"),
        ("Ambassador Dr.", "Ambassador"),
        # another parliament's deputy speaker, in its own row
        ("TBMM Başkanvekili", "Deputy Speaker of the Parliament of Turkey"),
        ("Deputy Speaker of the Grand National Assembly of Turkey", "Deputy Speaker of the Parliament of Turkey"),
        ("Turkish Prime Minister", "Turkish Prime Minister"),
        ("ректор Московского университета", "Rector of Moscow University"),
        ("ректор Пермского университета", "Rector"),  # (a word the data does not know: the post alone)
        ("доцент МГУ", "Associate Professor"),
        ("associate professor", "Associate Professor"),
        ("профессора", "Professor"),
        ("историк", "Historian"),
        ("the historian", "Historian"),
        ("историк искусства", "Историк Искусства"),  # not a bare historian: as written
        # other offices in other languages
        ("elm və təhsil naziri", "Minister of Science and Education"),
        ("XİN başçısı", "Minister of Foreign Affairs"),
        ("уполномоченный по правам человека", "Ombudsman"),
        ("parlamentin sədri", "Speaker of the Milli Majlis"),
        ("Gürcüstan parlamentinin sədri", "Gürcüstan Parlamentinin Sədri"),
        # family first
        ("wife of the Ambassador", "Spouse"),
        # a mission's staff member, with the mission's country (issue 16)
        ("Kanada səfirliyinin əməkdaşı", "Embassy Staff Member of Canada"),
    ],
)
def test_canonical_role(written: str, role: str | None) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Ambassador Extraordinary and Plenipotentiary of Chile to Azerbaijan, Pablo Rojas, laid a wreath.",
            "Pablo Rojas",
            "Ambassador of Chile",
        ),
        (
            "The Ambassador of Japan, Hiro Tanaka, laid flowers at the Eternal Flame.",
            "Hiro Tanaka",
            "Ambassador of Japan",
        ),
        (
            "Azerbaijan's Ambassador to Romania Tural Hasanli laid a wreath.",
            "Tural Hasanli",
            "Ambassador of Azerbaijan to Romania",
        ),
        (
            "Azerbaijan's Consul General in Los Angeles Elnur Valiyev laid a wreath.",
            "Elnur Valiyev",
            "Consul General of Azerbaijan in Los Angeles",
        ),
        (
            "В мероприятии принял участие посол Азербайджана в Грузии Вугар Мамедов.",
            "Вугар Мамедов",
            "Ambassador of Azerbaijan to Georgia",
        ),
        (
            "Генеральный консул Азербайджана в Стамбуле Эльчин Керимов возложил цветы.",
            "Эльчин Керимов",
            "Consul General of Azerbaijan in Istanbul",
        ),
        (
            "Kanadanın ölkəmizdəki fövqəladə və səlahiyyətli səfiri Conn Smit Şəhidlər xiyabanını ziyarət edib.",
            "Conn Smit",
            "Ambassador of Canada",
        ),
        (
            "Azərbaycanın Misirdəki səfiri Vüsal Quliyev Şəhidlər xiyabanını ziyarət edib.",
            "Vüsal Quliyev",
            "Ambassador of Azerbaijan to Egypt",
        ),
        # the office, then a rank
        (
            "The Minister of Health, Major General Rauf Aliyev, visited the Alley of Martyrs.",
            "Rauf Aliyev",
            "Minister of Health",
        ),
        (
            "Defence Minister Colonel General Ramil Huseynov visited the Alley of Martyrs.",
            "Ramil Huseynov",
            "Minister of Defence",
        ),
        (
            "Министр обороны генерал-полковник Рамиль Гусейнов посетил Аллею шехидов.",
            "Рамиль Гусейнов",
            "Minister of Defence",
        ),
        (
            "Müdafiə naziri general-polkovnik Ramil Hüseynov Şəhidlər xiyabanını ziyarət edib.",
            "Ramil Hüseynov",
            "Minister of Defence",
        ),
        (
            "Savunma Bakanı Orgeneral Kemal Yıldız Şehitler Hıyabanı'nı ziyaret etti.",
            "Kemal Yıldız",
            "Minister of Defence",
        ),
        # offices named with their body or place
        (
            "Popular Front Party chairman Arif Hajili laid carnations at the Alley of Martyrs.",
            "Arif Hajili",
            "Chairman of the Popular Front Party",
        ),
        (
            "AXCP sədri Arif Hacılı Şəhidlər xiyabanını ziyarət edib.",
            "Arif Hacılı",
            "Chairman of the Popular Front Party",
        ),
        (
            "Председатель Партии Народного фронта Азербайджана Ариф Гаджилы посетил Аллею шехидов.",
            "Ариф Гаджилы",
            "Chairman of the Popular Front Party",
        ),
        (
            "TURKPA Secretary General Omar Bekov visited the Alley of Martyrs.",
            "Omar Bekov",
            "Secretary General of TURKPA",
        ),
        (
            "Rustavi bələdiyyəsinin meri Zurab Beridze və deputat Savalan Həsənov tədbirdə iştirak ediblər.",
            "Zurab Beridze",
            "Mayor of Rustavi",
        ),
        (
            "Bundestaqın deputatı Hans Müller Şəhidlər xiyabanını ziyarət edib.",
            "Hans Müller",
            "Member of the Parliament of Germany",
        ),
        ("Kars Belediye Başkanı Mehmet Yılmaz, anıta çelenk bıraktı.", "Mehmet Yılmaz", "Mayor of Kars"),
        ("Министр культуры и туризма Ариф Гасанов посетил Аллею шехидов.", "Ариф Гасанов", "Minister of Culture"),
        (
            "Azerbaycan Olağanüstü Haller Bakanı Kemal Bayramov da şehitliği ziyaret etti.",
            "Kemal Bayramov",
            "Minister of Emergency Situations",
        ),
        (
            "AK Parti Milletvekili Kemal Aslan da şehitliği ziyaret etti.",
            "Kemal Aslan",
            "Member of the Parliament of Turkey",
        ),
        (
            "On the anniversary, the US Chargé d'Affaires Daniel Moore visited the Alley of Martyrs.",
            "Daniel Moore",
            "Chargé d'Affaires of the United States",
        ),
        ("Аллею посетил глава Исполнительной власти города Баку Эльдар Ахмедов.", "Эльдар Ахмедов", "Mayor of Baku"),
        (
            "Rəsmilər, o cümlədən XİN başçısı Ceyhun Rzayev Şəhidlər xiyabanını ziyarət edib.",
            "Ceyhun Rzayev",
            "Minister of Foreign Affairs",
        ),
        (
            "Former ambassador of Chile to OSCE Ana Rojas, professor Ion Popa and guests attended the event.",
            "Ana Rojas",
            "Former Ambassador of Chile to the OSCE",
        ),
        # Russian titles before a name in any case, a body's abbreviation, a consul's city
        ("В мероприятии приняли участие доцент КазГУ Анна Белова и гости.", "Анна Белова", "Associate Professor"),
        ("В мероприятии приняли участие историк Пётр Соколов и гости.", "Пётр Соколов", "Historian"),
        ("В мероприятии приняли участие профессор Игорь Лебедев и гости.", "Игорь Лебедев", "Professor"),
        (
            "В мероприятии приняли участие ректор Бакинского университета Рашид Керимов и гости.",
            "Рашид Керимов",
            "Rector of Baku University",
        ),
        (
            "Генеральный консул Азербайджана в Санкт-Петербурге Вугар Алиев возложил цветы.",
            "Вугар Алиев",
            "Consul General of Azerbaijan in Saint Petersburg",
        ),
        ("The historian Mark Elson attended the ceremony.", "Mark Elson", "Historian"),
        # a title in apposition before the post, when together they say more
        (
            "Japan's envoy in Baku, Ambassador Luis Vela, laid flowers at the Eternal Flame.",
            "Luis Vela",
            "Ambassador of Japan",
        ),
        ("Norway's envoy, Ambassador Per Lund, visited the Alley of Martyrs.", "Per Lund", "Ambassador of Norway"),
        (
            "Azərbaycanın Misirdəki səfiri, səfir Fərid Kərimli Şəhidlər xiyabanını ziyarət edib.",
            "Fərid Kərimli",
            "Ambassador of Azerbaijan to Egypt",
        ),
        ("The writer, Ambassador Per Lund, visited the Alley of Martyrs.", "Per Lund", "Ambassador"),
        # the body someone comes from ("-den") is no part of the title; a known honorific alone is one
        ("Panelde Ege Üniversitesi'nden Prof. Dr. Zeynep Arslan bir konuşma yaptı.", "Zeynep Arslan", "Professor"),
        # (a bare post is then completed by the one university the article names: test_bare_post_at_institution.py)
        (
            "Panelde Ege Üniversitesi'nden Rektör Selim Arslan bir konuşma yaptı.",
            "Selim Arslan",
            "Rector of Ege University",
        ),
        # a title after the name: a chamber named, a post-nominal
        (
            "Lord Peter Grey, a member of the House of Lords, laid a wreath.",
            "Peter Grey",
            "Member of the House of Lords",
        ),
        ("Sir John Pike MP laid a wreath at the memorial.", "John Pike", "Member of Parliament"),
        # a rank alone, or after a title that is no office, stays the role
        ("Colonel General Ramil Huseynov visited the Alley of Martyrs.", "Ramil Huseynov", "Colonel General"),
        ("The veteran, Colonel Rauf Aliyev, visited the Alley of Martyrs.", "Rauf Aliyev", "Colonel"),
    ],
)
def test_roles_in_sentences(text: str, name: str, role: str) -> None:
    found = {a.mention: a for a in extract_attendees(text)}
    assert name in found, found
    assert found[name].role == role


def test_post_nominal_only_in_capitals() -> None:
    """ "mp" in lower case after a name is no title."""
    found = {a.mention: a for a in extract_attendees("Sir John Pike mp laid a wreath at the memorial.")}
    assert all(a.role != "Member of Parliament" for a in found.values())
