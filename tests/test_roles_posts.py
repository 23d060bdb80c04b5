"""Posts of embassies, parliaments, universities and local government, in every language, each in one canonical
English form (invented sentences; names and offices of real reporting): the post over an academic degree or a
military rank written beside it, academic posts whatever body they are of, embassy staff, committee chairs of the
Milli Majlis, heads of executive power, and the titles that must not be read as another post."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role


def _roles(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the post before a comma, then a degree or rank before the name: the post is the role
        (
            "Mərasimdə Bakı Dövlət Universitetinin prorektoru, dosent Elçin Babayev çıxış edib.",
            {"Elçin Babayev": "Vice-Rector of BSU"},
        ),
        (
            "Tədbirdə Filologiya fakültəsinin dekanı, professor Nizami Xudiyev faciədən danışıb.",
            {"Nizami Xudiyev": "Dean of the Faculty of Philology"},
        ),
        (
            "Anım tədbirində universitetin rektoru, akademik Abel Məhərrəmov çıxış edərək şəhidləri yad edib.",
            {"Abel Məhərrəmov": "Rector"},
        ),
        (
            "Tədbirdə Beynəlxalq Hüquq kafedrasının müdiri, professor Rüstəm Məmmədov çıxış edib.",
            {"Rüstəm Məmmədov": "Head of the Department of International Law"},
        ),
        (
            "Dean of the Faculty of History, Professor John Smith, delivered a speech at the event.",
            {"John Smith": "Dean of the Faculty of History"},
        ),
        # ... or with no comma: the degree is the name's, the post the role
        (
            "Tədbirdə Ümumi Tarix kafedrasının müdiri professor Şirxan Səlimov çıxış edib.",
            {"Şirxan Səlimov": "Head of the Department of General History"},
        ),
        (
            "Tədbirdə universitetin tədris işləri üzrə prorektoru dosent Nigar Rüstəmova çıxış edib.",
            {"Nigar Rüstəmova": "Vice-Rector for Academic Affairs"},
        ),
        (
            "Törene İletişim Fakültesi Dekanı Prof. Dr. Ayşe Demir ve Rektör Yardımcısı Doç. Dr. Ali Kaya katıldı.",
            {"Ayşe Demir": "Dean of the Faculty of Communication", "Ali Kaya": "Vice-Rector"},
        ),
        # a degree after the name's post in apposition (the post keeps its portfolio, not the body it is of)
        (
            "At the event, Prof. Yusif Gasimov, Vice-Rector for Scientific Affairs of the University, recalled the "
            "night of 20 January.",
            {"Yusif Gasimov": "Vice-Rector for Scientific Affairs"},
        ),
        # academic posts whatever body they are of, in every case form (a faculty the data cannot name word by word)
        (
            "На вечере выступил декан факультета прикладной механики Ильгар Нифталиев.",
            {"Ильгар Нифталиев": "Dean"},
        ),
        # (a faculty each word of which the data has keeps its name: "Dean of the Faculty of History")
        (
            "На вечере выступил декан исторического факультета Ильгар Нифталиев.",
            {"Ильгар Нифталиев": "Dean of the Faculty of History"},
        ),
        (
            "На вечере выступил проректор университета по научной работе профессор Ариф Гасанов.",
            {"Ариф Гасанов": "Vice-Rector for Research"},
        ),
        (
            "В посольстве прошёл вечер памяти. Слово было предоставлено ректору Бакинского университета Эльчину "
            "Бабаеву.",
            {"Эльчину Бабаеву": "Rector of Baku University"},
        ),
        (
            "Tədbirdə Qafqaz Universitetinin rektoru Hüsnü Kapu və universitetin dosenti Qalib Hüseynov iştirak "
            "ediblər.",
            {"Hüsnü Kapu": "Rector of Qafqaz University", "Qalib Hüseynov": "Associate Professor"},
        ),
        # embassy staff
        (
            "Anım mərasimində Azərbaycanın Fransadakı səfirliyinin müvəqqəti işlər vəkili Elnur Musayev çıxış edib.",
            {"Elnur Musayev": "Chargé d'Affaires of Azerbaijan in France"},
        ),
        (
            "На церемонии выступил временный поверенный в делах Азербайджана в Латвии Эльнур Мусаев.",
            {"Эльнур Мусаев": "Chargé d'Affaires of Azerbaijan in Latvia"},
        ),
        (
            "Törene Azerbaycan Büyükelçiliği Maslahatgüzarı Elnur Musayev katıldı.",
            {"Elnur Musayev": "Chargé d'Affaires of Azerbaijan"},
        ),
        (
            "Tədbirdə səfirliyin birinci katibi Tural Əliyev çıxış edib.",
            {"Tural Əliyev": "First Secretary of the Embassy"},
        ),
        (
            "На мероприятии выступил первый секретарь посольства Турал Алиев.",
            {"Турал Алиев": "First Secretary of the Embassy"},
        ),
        (
            "Deputy Head of Mission Tural Aliyev and Defence Attaché Colonel Rauf Agayev laid a wreath at the "
            "monument.",
            {"Tural Aliyev": "Deputy Head of Mission", "Rauf Agayev": "Defence Attaché"},
        ),
        (
            "Törene Büyükelçilik Askeri Ataşesi Albay Rauf Ağayev katıldı.",
            {"Rauf Ağayev": "Defence Attaché"},
        ),
        ("Törene Bakü Büyükelçimiz Cahit Bağcı katıldı.", {"Cahit Bağcı": "Ambassador"}),
        # one country, however it is written
        (
            "The Ambassador of Azerbaijan to Great Britain Elin Suleymanov delivered a speech at the event.",
            {"Elin Suleymanov": "Ambassador of Azerbaijan to the United Kingdom"},
        ),
        (
            "The Ambassador of Azerbaijan to the United Kingdom Elin Suleymanov delivered a speech at the event.",
            {"Elin Suleymanov": "Ambassador of Azerbaijan to the United Kingdom"},
        ),
        # committees of the Milli Majlis, in any language and word order
        (
            "Tədbirdə Milli Məclisin Mədəniyyət komitəsinin sədri Qənirə Paşayeva çıxış edib.",
            {"Qənirə Paşayeva": "Chairman of the Culture Committee of the Milli Majlis"},
        ),
        (
            "Tədbirdə Milli Məclisin Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin sədri Səməd "
            "Seyidov çıxış edib.",
            {"Səməd Seyidov": "Chairman of the International Relations Committee of the Milli Majlis"},
        ),
        (
            "The Milli Majlis Culture Committee chair Ganira Pashayeva laid a wreath.",
            {"Ganira Pashayeva": "Chairman of the Culture Committee of the Milli Majlis"},
        ),
        # heads of executive power, governors and district governors
        (
            "Tədbirdə Gəncə şəhər İcra Hakimiyyətinin başçısı Niyazi Bayramov və Səbail rayon İcra Hakimiyyətinin "
            "başçısı Rəşad Mustafayev iştirak ediblər.",
            {"Niyazi Bayramov": "Mayor of Ganja", "Rəşad Mustafayev": "Head of the Səbail District Executive Power"},
        ),
        ("Tədbirdə Qars valisinin müavini Tahir Yılmaz iştirak edib.", {"Tahir Yılmaz": "Deputy Governor of Kars"}),
        (
            "Anma programına Keçiören Kaymakamı Uğur Bulut katıldı.",
            {"Uğur Bulut": "District Governor"},
        ),
        # Turkish heads of directorates and commands; a rank after the post in one title
        (
            "Törene Göç İdaresi Genel Müdürü Ahmet Kaya, Emniyet Müdürü Ali Demir ve İl Garnizon Komutanı "
            "Tuğgeneral Ahmet Er katıldı.",
            {"Ahmet Kaya": "Director General", "Ali Demir": "Chief of Police", "Ahmet Er": "Garrison Commander"},
        ),
        # a post over the diplomat's title beside it; editors of a journal named in quotation marks
        (
            "The head of the EU Delegation, Ambassador Pavel Novak, laid a wreath.",
            {"Pavel Novak": "Head of the EU Delegation"},
        ),
        (
            "Chief editor of the magazine “Geopolicy” Vasile Simileanu and editor of the journal “Caspian Notes” Lena "
            "Berg also delivered speeches at the conference.",
            {"Vasile Simileanu": "Editor-in-Chief", "Lena Berg": "Editor"},
        ),
        (
            "Editor-in-chief of the newspaper Ion Popescu also delivered a speech at the conference.",
            {"Ion Popescu": "Editor-in-Chief"},
        ),
        (
            "На вечере выступил председатель общества «Достлуг» Али Гасанов.",
            {"Али Гасанов": "Chairman of the Dostlug Society"},
        ),
        # a body's branch in a city; the sending country's post completed by the one mission the article names
        (
            "Tədbirdə Berlin Azərbaycan Evinin rəhbəri Leyla Həsənova və Iğdır Azərbaycan Evinin sədri Ziya Acar "
            "çıxış ediblər.",
            {
                "Leyla Həsənova": "Head of the Azerbaijan House in Berlin",
                "Ziya Acar": "Chairman of the Azerbaijan House in Igdir",
            },
        ),
        (
            "The Embassy of the Republic of Azerbaijan to Russia held an evening of remembrance. Azerbaijan's "
            "Ambassador Polad Bulbuloglu and the Ambassador of Türkiye Tanju Bilgic laid flowers at the memorial.",
            {
                "Polad Bulbuloglu": "Ambassador of Azerbaijan to Russia",
                "Tanju Bilgic": "Ambassador of Turkey to Russia",
            },
        ),
        (
            "The Embassies of Azerbaijan to Russia and to Belarus held evenings of remembrance. Azerbaijan's "
            "Ambassador Polad Bulbuloglu laid flowers at the memorial.",
            {"Polad Bulbuloglu": "Ambassador of Azerbaijan"},
        ),
        # Russian case forms: instrumental, dative; a city's executive power; a diaspora of a city; Russia's parliament
        (
            "Память погибших почтили сотрудники генконсульства во главе с генеральным консулом Азербайджана в "
            "Санкт-Петербурге Рашадом Алиевым.",
            {"Рашадом Алиевым": "Consul General of Azerbaijan in Saint Petersburg"},
        ),
        (
            "На вечере слово было предоставлено декану исторического факультета Ильгару Нифталиеву.",
            {"Ильгару Нифталиеву": "Dean of the Faculty of History"},
        ),
        (
            "Цветы к памятнику возложил глава исполнительной власти города Гянджи Ниязи Байрамов.",
            {"Ниязи Байрамов": "Mayor of Ganja"},
        ),
        (
            "На вечере выступил руководитель азербайджанской диаспоры Санкт-Петербурга Эльчин Гасанов.",
            {"Эльчин Гасанов": "Head of the Azerbaijani Diaspora of Saint Petersburg"},
        ),
        (
            "На вечере выступили депутат Государственной думы России Дмитрий Савельев и член Совета Федерации Иван "
            "Петров.",
            {
                "Дмитрий Савельев": "Member of the Parliament of Russia",
                "Иван Петров": "Member of the Parliament of Russia",
            },
        ),
        # Turkish: a head after its body ("Genel Başkanı"), provincial directors, a deputy governor with no city
        (
            "Anma programında konuşan Azerbaycan Dernekleri Federasyonu Genel Başkanı Bilal Dündar şehitleri andı.",
            {"Bilal Dündar": "Chairman of the Federation of Azerbaijani Associations"},
        ),
        (
            "Törene İl Milli Eğitim Müdürü Ali Kaya ve Vali Yardımcısı Mehmet Demir katıldı.",
            {"Ali Kaya": "Provincial Director of National Education", "Mehmet Demir": "Deputy Governor"},
        ),
        (
            "Törene Azerbaycan Cumhuriyeti Diaspora İşleri Devlet Komitesi Başkanı Fuad Muradov katıldı.",
            {"Fuad Muradov": "Chairman of the State Committee for Work with the Diaspora"},
        ),
        # an academician beside a post, and alone; "Great Britain" written in Azerbaijani
        (
            "На мероприятии также выступили академик Васим Мамедалиев и заведующий кафедрой, профессор Иззет Рустамов.",
            {"Васим Мамедалиев": "Academician", "Иззет Рустамов": "Head of Department"},
        ),
        (
            "Tədbirdə Azərbaycanın Böyük Britaniyadakı səfiri Elin Süleymanov çıxış edib.",
            {"Elin Süleymanov": "Ambassador of Azerbaijan to the United Kingdom"},
        ),
        # a Russian title naming its body with a capitalised adjective of a place ("Латвийского университета")
        (
            "На вечере выступил декан исторического факультета Латвийского университета Янис Берзиньш.",
            {"Янис Берзиньш": "Dean of the Faculty of History"},
        ),
        (
            "На вечере выступили профессор Варшавского университета Ежи Новак и посол Турецкой Республики Ахмет Кая.",
            {"Ежи Новак": "Professor", "Ахмет Кая": "Ambassador of Turkey"},
        ),
        # a body's name with "ilə ... üzrə" inside a title; "ilə" joining two people is no part of the second title
        (
            "Tədbirdə Diaspora ilə İş üzrə Dövlət Komitəsinin sədri Fuad Muradov çıxış edib.",
            {"Fuad Muradov": "Chairman of the State Committee for Work with the Diaspora"},
        ),
        (
            "Tədbirdə səfir Rəşad Məmmədov ilə baş konsul Zaur Əhmədov iştirak ediblər.",
            {"Rəşad Məmmədov": "Ambassador", "Zaur Əhmədov": "Consul General"},
        ),
        # Turkish deputies written "Vekili", in one word or two; the sending republic before a consul's city
        (
            "Törene AK Parti Grup Başkanvekili Abdullah Güler ve Kars Belediye Başkan Vekili Mehmet Yılmaz katıldı.",
            {"Abdullah Güler": "Deputy Chairman", "Mehmet Yılmaz": "Deputy Mayor of Kars"},
        ),
        (
            "Törende konuşan Azerbaycan Cumhuriyeti Kars Başkonsolosu Nuru Guliyev şehitleri andı.",
            {"Nuru Guliyev": "Consul General of Azerbaijan in Kars"},
        ),
    ],
)
def test_posts_in_sentences(text: str, expected: dict[str, str | None]) -> None:
    roles = _roles(text)
    for name, role in expected.items():
        assert roles.get(name, "(not found)") == role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("председатель комитета по культуре Милли Меджлиса", "Chairman of the Culture Committee of the Milli Majlis"),
        ("Chairman of the Milli Majlis Committee on Culture", "Chairman of the Culture Committee of the Milli Majlis"),
        (
            "председатель Государственного комитета по работе с диаспорой",
            "Chairman of the State Committee for Work with the Diaspora",
        ),
        (
            "Chairman of the State Committee on Work with Diaspora",
            "Chairman of the State Committee for Work with the Diaspora",
        ),
        ("Member of the House of Lords", "Member of the House of Lords"),
        ("Azerbaijan's Ambassador to the UK", "Ambassador of Azerbaijan to the United Kingdom"),
        # a post with a rank in its name is kept whole; a rank alone is a rank
        ("Consul General", "Consul General"),
        ("Major General", "Major General"),
        # a city council's member, the city where the council's name puts it
        ("Köln Belediye Meclis Üyesi", "Member of the Cologne City Council"),
        ("Bakı bələdiyyəsinin üzvü", "Member of the Baku City Council"),
        ("Belediye Meclis Üyesi", "Member of the City Council"),
        # a governor of a body is no city's governor
        ("Governor of the Central Bank", "Governor of the Central Bank"),
        # a ministry's official is no minister; a state committee is no committee of the parliament
        ("Dışişleri Bakanlığı Müsteşarı", "Dışişleri Bakanlığı Müsteşarı"),
        (
            "Xarici İşlər Nazirliyinin mətbuat xidmətinin rəhbəri",
            "Xarici İşlər Nazirliyinin Mətbuat Xidmətinin Rəhbəri",
        ),
        (
            "Chairman of the State Committee on Family, Women and Children Affairs",
            "Chairman of the State Committee on Family, Women and Children Affairs",
        ),
        # a party's first secretary is no diplomat
        ("First Secretary of the Communist Party", "First Secretary of the Communist Party"),
        ("Büyükelçiliğin Müsteşarı", "Counsellor of the Embassy"),
        ("главный редактор журнала", "Editor-in-Chief"),
        ("qəzetin baş redaktoru", "Editor-in-Chief"),
        ("Genel Yayın Yönetmeni", "Editor-in-Chief"),
        ("AB Delegasyonu Başkanı", "Head of the EU Delegation"),
        ("глава представительства ЕС", "Head of the EU Delegation"),
        ("Aİ nümayəndəliyinin rəhbəri", "Head of the EU Delegation"),
    ],
)
def test_canonical_posts(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    "text",
    [
        # a leader remembered, history of 1990, a statement read out: nobody placed, whatever their post
        "Rektor bildirdi ki, bu hadisəyə ilk siyasi qiyməti ulu öndər Heydər Əliyev vermişdir.",
        "21 января 1990 года первый секретарь ЦК Абдурахман Везиров покинул Баку.",
        "In a statement issued in Baku, the Rector of ADA University Hafiz Pashayev condemned the events of 1990.",
    ],
)
def test_posts_place_nobody_who_was_not_there(text: str) -> None:
    assert _roles(text) == {}
