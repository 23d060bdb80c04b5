"""Who attended a ceremony: extract_attendees / extract_groups on phrasings written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jan20.extract import _list_items
from jan20.extract.attendees import AttendeeMention, extract_attendees, extract_groups
from jan20.text import sentences as sx

from ._helpers import examples, names

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


ILHAM, MEHRIBAN = "Ilham Aliyev", "Mehriban Aliyeva"
USA = "Ambassador of the United States"
SPEAKER, LADY = "Speaker of the Milli Majlis", "First Lady"


def by_name(text: str) -> dict[str, AttendeeMention]:
    return {a.mention: a for a in extract_attendees(text)}


# --- attendance: who the text places at the ceremony -------------------------------------------------

ATTEND = [
    # subject of a "was there" verb
    ("President Ilham Aliyev visited the Alley of Martyrs.", ["Ilham Aliyev"]),
    ("On Monday President Ilham Aliyev visited the Alley of Martyrs.", ["Ilham Aliyev"]),
    ("In the morning, President of Azerbaijan Ilham Aliyev arrived at the Alley.", ["Ilham Aliyev"]),
    ("Ilham Aliyev came to the Alley of Martyrs early in the morning.", ["Ilham Aliyev"]),
    ("Prime Minister Ali Asadov laid a wreath at the Eternal Flame memorial.", ["Ali Asadov"]),
    ("Speaker Sahiba Gafarova laid flowers at the graves of the martyrs.", ["Sahiba Gafarova"]),
    ("Ali Asadov paid tribute to the martyrs.", ["Ali Asadov"]),
    ("Vice-President Mehriban Aliyeva also paid her respects.", ["Mehriban Aliyeva"]),
    ("Zakir Hasanov honoured the memory of the victims at the Alley.", ["Zakir Hasanov"]),
    (
        "Ali Asadov, Sahiba Gafarova, and Samir Nuriyev took part in the ceremony.",
        ["Ali Asadov", "Sahiba Gafarova", "Samir Nuriyev"],
    ),
    ("Ogtay Asadov has participated in the commemoration.", ["Ogtay Asadov"]),
    ("Jeyhun Bayramov attended the ceremony.", ["Jeyhun Bayramov"]),
    ("Sahiba Gafarova joined the ceremony at the Alley.", ["Sahiba Gafarova"]),
    ("Kamaladdin Heydarov walked to the Alley with the mourners.", ["Kamaladdin Heydarov"]),
    ("Ali Asadov was present at the ceremony.", ["Ali Asadov"]),
    ("Sahiba Gafarova was also in attendance.", ["Sahiba Gafarova"]),
    ("Ali Asadov was among the mourners.", ["Ali Asadov"]),
    (
        "Prime Minister Artur Rasizadeh, Speaker of the Milli Majlis Ogtay Asadov and head of the "
        "Presidential Administration Ramiz Mehdiyev were also at the Alley of Martyrs.",
        ["Artur Rasizadeh", "Ogtay Asadov", "Ramiz Mehdiyev"],
    ),
    (
        "Prime Minister Artur Rasizade, speaker of the Milli Majlis Ogtay Asadov and head of the "
        "Presidential Administration Ramiz Mehdiyev were among the participants of the ceremony.",
        ["Artur Rasizade", "Ogtay Asadov", "Ramiz Mehdiyev"],
    ),
    ("Artur Rasizade, the Prime Minister, also visited the memorial.", ["Artur Rasizade"]),
    ("Foreign ambassadors and Ali Asadov, who were also present, extended condolences.", ["Ali Asadov"]),
    # lists after a cue
    (
        "At the ceremony, President of the Republic of Azerbaijan Ilham Aliyev was accompanied by "
        "Chairman of the Milli Majlis Murtuz Alasgarov, Prime Minister Artur Rasizadeh, Chief of the "
        "Presidential Administration Ramiz Mehdiyev, deputies of the Parliament's Chairman and "
        "Prime-Minister and other officials.",
        ["Ilham Aliyev", "Murtuz Alasgarov", "Artur Rasizadeh", "Ramiz Mehdiyev"],
    ),
    (
        "The ceremony at the Alley of Martyrs was attended by Prime Minister Artur Rasizade, "
        "Parliament Speaker Ogtay Asadov and head of the Presidential Administration Ramiz Mehdiyev.",
        ["Artur Rasizade", "Ogtay Asadov", "Ramiz Mehdiyev"],
    ),
    ("The Alley was visited by Prime Minister Ali Asadov.", ["Ali Asadov"]),
    ("They were joined by Prime Minister Ali Asadov.", ["Ali Asadov"]),
    (
        "Among those visiting the Alley of Martyrs were Speaker of the Milli Majlis Ogtay Asadov, "
        "Prime Minister Artur Rasizade, Chief of the President's Administration Ramiz Mehdiyev.",
        ["Ogtay Asadov", "Artur Rasizade", "Ramiz Mehdiyev"],
    ),
    (
        "Among those in attendance at the commemorative ceremony were Prime Minister Ali Asadov, "
        "Parliament Speaker Ogtay Asadov, head of the Presidential Administration Samir Nuriyev, "
        "state and government officials.",
        ["Ali Asadov", "Ogtay Asadov", "Samir Nuriyev"],
    ),
    (
        "Participants included Defence Minister Zakir Hasanov and heads of religious communities.",
        ["Zakir Hasanov"],
    ),
    ("Those in attendance included Speaker Sahiba Gafarova.", ["Sahiba Gafarova"]),
    ("Attendees included Foreign Minister Jeyhun Bayramov.", ["Jeyhun Bayramov"]),
    ("Among those present was Ali Asadov, said Hikmet Hajiyev.", ["Ali Asadov"]),  # not the speaker
    (
        "Also in attendance along with President Ilham Aliyev at the Alley of Martyrs were Prime Minister "
        "Artur Rasizade, Speaker Ogtay Asadov.",
        ["Ilham Aliyev", "Artur Rasizade", "Ogtay Asadov"],
    ),
    (
        "Also present were Vice President Mehriban Aliyeva and Prime Minister Ali Asadov.",
        ["Mehriban Aliyeva", "Ali Asadov"],
    ),
    ("Present were ambassadors of foreign countries and Speaker Sahiba Gafarova.", ["Sahiba Gafarova"]),
    (
        "Also attending were Speaker Sahiba Gafarova and Prosecutor General Kamran Aliyev.",
        ["Sahiba Gafarova", "Kamran Aliyev"],
    ),
    ("In the presence of President Ilham Aliyev, the Eternal Flame was lit.", ["Ilham Aliyev"]),
    ("Speaking at the ceremony, Sahiba Gafarova said the nation remembers.", ["Sahiba Gafarova"]),
    ("Thousands of people, including Prime Minister Ali Asadov, walked to the Alley.", ["Ali Asadov"]),
    ("Azerbaijan's leadership, including President Ilham Aliyev, visited the Alley.", ["Ilham Aliyev"]),
    # spouses
    (
        "President Ilham Aliyev and his spouse Mehriban Aliyeva arrived at the Alley.",
        ["Ilham Aliyev", "Mehriban Aliyeva"],
    ),
    ("President Ilham Aliyev and his wife Mehriban Aliyeva laid flowers.", [ILHAM, MEHRIBAN]),
    ("President Ilham Aliyev and First Lady Mehriban Aliyeva visited the Alley.", [ILHAM, MEHRIBAN]),
    (
        "Ilham Aliyev, accompanied by his spouse Mehriban Aliyeva, came to the Alley.",
        ["Ilham Aliyev", "Mehriban Aliyeva"],
    ),
    ("The first lady, Mehriban Aliyeva, laid flowers at the graves.", ["Mehriban Aliyeva"]),
    ("President Ilham Aliyev and his wife visited the Alley of Martyrs.", ["Ilham Aliyev"]),
    # Azerbaijani spelling, particles, time phrases between subject and verb
    ("İlham Əliyev and Mehriban Əliyeva visited the Alley.", ["İlham Əliyev", "Mehriban Əliyeva"]),
    ("Şəhla Həsənova and Ramiz Mehdiyev paid tribute.", ["Şəhla Həsənova", "Ramiz Mehdiyev"]),
    ("Ilham Heydar oglu Aliyev visited the Alley.", ["Ilham Heydar oglu Aliyev"]),
    (
        "President Ilham Aliyev and his spouse Mehriban Aliyeva on Thursday morning arrived at the Alley.",
        ["Ilham Aliyev", "Mehriban Aliyeva"],
    ),
    ("Ильхам Алиев visited the Alley of Martyrs.", ["Ильхам Алиев"]),
    # short quoted names are not speech: the text between two of them still counts
    (
        'Ali Asadov laid a wreath at the "Eternal Flame", and Sahiba Gafarova laid flowers at the "Alley".',
        ["Ali Asadov", "Sahiba Gafarova"],
    ),
    # headlines, Title Case included
    ("President Ilham Aliyev pays tribute to martyrs", ["Ilham Aliyev"]),
    ("President Ilham Aliyev Visits Alley of Martyrs", ["Ilham Aliyev"]),
    ("President Ilham Aliyev And First Lady Mehriban Aliyeva Pay Tribute To Martyrs", [ILHAM, MEHRIBAN]),
    # family, delegations, foreign guests
    (
        "President Ilham Aliyev, his wife Mehriban Aliyeva and their daughter Leyla Aliyeva attended.",
        [ILHAM, MEHRIBAN, "Leyla Aliyeva"],
    ),
    ("A delegation led by Speaker Sahiba Gafarova visited the Alley of Martyrs.", ["Sahiba Gafarova"]),
    ("US Ambassador Mark Libby laid a wreath at the Eternal Flame.", ["Mark Libby"]),
    ("Turkish Ambassador Cahit Bağcı paid tribute to the martyrs.", ["Cahit Bağcı"]),
    # the passive: the people come after "by"
    ("Wreaths were laid by President Ilham Aliyev and First Lady Mehriban Aliyeva.", [ILHAM, MEHRIBAN]),
    ("Wreaths were laid at the Heydar Aliyev monument by Prime Minister Ali Asadov.", ["Ali Asadov"]),
    ("Tribute was paid by Defence Minister Zakir Hasanov.", ["Zakir Hasanov"]),
    ("The Alley of Martyrs was visited on Monday by Speaker Sahiba Gafarova.", ["Sahiba Gafarova"]),
    # an apposition between the subject and its verb
    ("Hikmet Hajiyev, assistant to President Ilham Aliyev, visited the Alley of Martyrs.", ["Hikmet Hajiyev"]),
    ("Ramiz Mehdiyev, who headed the administration for years, also laid flowers.", ["Ramiz Mehdiyev"]),
    # titles without a known head word before, and particles that are not part of a name
    ("UN Resident Coordinator Vladanka Andreeva laid flowers.", ["Vladanka Andreeva"]),
    (
        "Poet Nariman Hasanzade and academician Isa Habibbayli visited the alley.",
        ["Nariman Hasanzade", "Isa Habibbayli"],
    ),
    ("Leonardo da Vinci visited the alley.", ["Leonardo da Vinci"]),
    ("A delegation, headed by Defence Minister Zakir Hasanov, visited the Alley of Martyrs.", ["Zakir Hasanov"]),
    ("The ceremony at the Alley was led by President Ilham Aliyev.", [ILHAM]),
    (
        "Honouring the martyrs alongside them were Speaker Ogtay Asadov and Prime Minister Novruz Mammadov.",
        ["Ogtay Asadov", "Novruz Mammadov"],
    ),
    (
        "Members of parliament Ganira Pashayeva and Fazil Mustafa were seen in the crowd near the Eternal Flame.",
        ["Ganira Pashayeva", "Fazil Mustafa"],
    ),
    ("Kamaladdin Heydarov stood in silence beside the graves.", ["Kamaladdin Heydarov"]),
    ("Murtuz Alasgarov and Artur Rasizade walked beside him.", ["Murtuz Alasgarov", "Artur Rasizade"]),
    ("Sahiba Gafarova headed a delegation of lawmakers to the Alley of Martyrs.", ["Sahiba Gafarova"]),
    ("Popular Front chairman Ali Karimli laid carnations at the Alley.", ["Ali Karimli"]),
    ("President Ilham Aliyev arrived at the Alley of Martyrs.", [ILHAM]),
    # headlines in capitals
    ("PRESIDENT ILHAM ALIYEV VISITS ALLEY OF MARTYRS", ["ILHAM ALIYEV"]),
    ("Headline. PRIME MINISTER ALI ASADOV LAID A WREATH AT THE ETERNAL FLAME.", ["ALI ASADOV"]),
    ("ПРЕЗИДЕНТ ИЛЬХАМ АЛИЕВ ПОСЕТИЛ АЛЛЕЮ ШЕХИДОВ", ["ИЛЬХАМ АЛИЕВ"]),
    # more verbs of being there
    ("Jeyhun Bayramov commemorated the victims at the Alley of Martyrs.", ["Jeyhun Bayramov"]),
    ("Sahiba Gafarova bowed before the memory of the martyrs.", ["Sahiba Gafarova"]),
    ("Sahiba Gafarova addressed the mourners at the Alley of Martyrs.", ["Sahiba Gafarova"]),
    ("The graves of the martyrs were honoured by Prime Minister Ali Asadov.", ["Ali Asadov"]),
    ("Sheikh-ul-Islam Allahshukur Pashazade led a prayer at the Alley.", ["Allahshukur Pashazade"]),
    # those standing beside someone, and a group's members named after "among them"
    (
        "Standing next to him were Foreign Minister Jeyhun Bayramov and Defence Minister Zakir Hasanov.",
        ["Jeyhun Bayramov", "Zakir Hasanov"],
    ),
    ("Standing with the crowd was Ilham Aliyev.", ["Ilham Aliyev"]),
    (
        "A minute of silence was observed by the diplomats, among them US Ambassador Mark Libby and UK Ambassador "
        "James Sharp.",
        ["Mark Libby", "James Sharp"],
    ),
    # Russian "came to": the subject after the verb
    (
        "Возложить цветы к могилам шехидов пришли спикер Милли Меджлиса Сахиба Гафарова и премьер-министр Али Асадов.",
        ["Сахиба Гафарова", "Али Асадов"],
    ),
    # a list after the verb, its people apart by commas
    (
        "Память жертв почтили Али Асадов, Сахиба Гафарова и Самир Нуриев.",
        ["Али Асадов", "Сахиба Гафарова", "Самир Нуриев"],
    ),
    (
        "Память жертв также почтили премьер-министр Али Асадов, председатель Милли Меджлиса Сахиба Гафарова и "
        "руководитель Администрации Президента Самир Нуриев.",
        ["Али Асадов", "Сахиба Гафарова", "Самир Нуриев"],
    ),
    ("Аллею шехидов посетил Али Асадов, который выступил с речью.", ["Али Асадов"]),
    # leading others to the memorial
    (
        "Foreign Minister Jeyhun Bayramov led the diplomats up the steps to the Eternal Flame, where they laid a "
        "joint wreath.",
        ["Jeyhun Bayramov"],
    ),
    # the leader of the people a verb of being there has as its subject
    (
        "Ambassadors of the EU member states, led by Peter Michalko, paid tribute to the victims at the Alley of "
        "Martyrs.",
        ["Peter Michalko"],
    ),
    ("Thousands of Azerbaijanis, led by President Ilham Aliyev, visited the Alley of Martyrs.", ["Ilham Aliyev"]),
    ("Память жертв почтили сотрудники посольства во главе с послом Поладом Бюльбюльоглу.", ["Поладом Бюльбюльоглу"]),
    # speaking at the ceremony; being at the Alley, in Azerbaijani
    ("Mubariz Gurbanli, who spoke at the ceremony, recalled the victims.", ["Mubariz Gurbanli"]),
    # a relative clause of attendance makes its name the subject, whatever stands before the name
    ("“We will never forget our heroes,” said Mubariz Gurbanli, who spoke at the ceremony.", ["Mubariz Gurbanli"]),
    ("He thanked Ali Asadov, who visited the Alley of Martyrs.", ["Ali Asadov"]),
    ("Mayor Eldar Azizov joined residents in paying tribute at the memorial.", ["Eldar Azizov"]),
    ("Премьер-министр Али Асадов побывал на Аллее шехидов.", ["Али Асадов"]),
    (
        "Среди посетивших Аллею шехидов были министр обороны Закир Гасанов и посол Турции Джахит Багчи.",
        ["Закир Гасанов", "Джахит Багчи"],
    ),
    (
        "Среди участников церемонии были премьер-министр Али Асадов и спикер Сахиба Гафарова.",
        ["Али Асадов", "Сахиба Гафарова"],
    ),
    (
        "President Heydar Aliyev, flanked by parliament chairman Rasul Guliyev and Prime Minister Fuad Guliyev, "
        "placed a wreath at the cemetery.",
        ["Heydar Aliyev", "Rasul Guliyev", "Fuad Guliyev"],
    ),
    (
        "Azerbaijani President Heydar Aliyev on Thursday led thousands of mourners at the Alley of Martyrs.",
        ["Heydar Aliyev"],
    ),
    # companions between the subject and its verb
    ("Prosecutor General Kamran Aliyev together with prosecutors visited the Alley of Martyrs.", ["Kamran Aliyev"]),
    ("Генеральный прокурор Кямран Алиев вместе с сотрудниками прокуратуры посетил Аллею шехидов.", ["Кямран Алиев"]),
    ("Allahshukur Pashazade read a prayer at the Alley of Martyrs.", ["Allahshukur Pashazade"]),
    ("Deputy Speaker Adil Aliyev spoke at the commemoration in the Milli Majlis.", ["Adil Aliyev"]),
    ("Birinci vitse-prezident Mehriban Əliyeva da Şəhidlər xiyabanında olub.", ["Mehriban Əliyeva"]),
    ("Millət vəkili Qənirə Paşayeva Şəhidlər xiyabanında jurnalistlərə açıqlama verib.", ["Qənirə Paşayeva"]),
]


@pytest.mark.parametrize(("text", "expected"), ATTEND)
def test_attendance(text: str, expected: list[str]) -> None:
    assert names(text) == expected


NOT_THERE = [
    # remembered, historical
    "National leader Heydar Aliyev, who then lived in Moscow, came to the representation.",
    "Prayers were said for the repose of souls of shahids and nation-wide leader Heydar Aliyev.",
    "Unlike them, the Azerbaijani people's great son Heydar Aliyev came to the representative office.",
    "On 21 January 1990, Heydar Aliyev came to the permanent representation of Azerbaijan in Moscow.",
    "At that time Heydar Aliyev went to the representation of Azerbaijan in Moscow.",
    "After national leader Heydar Aliyev returned to power, an assessment was given.",
    "Wreaths were laid at the grave of the late Heydar Aliyev.",
    "Mourners laid flowers at the bust of martyr Fakhraddin Najafov.",
    "Visitors laid flowers at the bas-relief of National Hero of Azerbaijan Mubariz Ibrahimov.",
    # Soviet leaders
    "The terror act committed by the soviet empire, led by disgraced Gorbachev, was a crime.",
    "The Soviet Union, led by Mikhail Gorbachev, attacked the people who came to the square.",
    "Soviet President Mikhail Gorbachev visited Baku in those years.",
    # authors, quotations, interviews
    "Black January - step to freedom - writes Narmin Hasanova.",
    '"Martyrs do not die, they live in our hearts forever," said the President of Azerbaijan Ilham Aliyev.',
    "President Ilham Aliyev told journalists that the memory of martyrs is sacred.",
    "\u201cEvery year we visit the Alley of Martyrs and pay tribute to heroes,\u201d Ogtay Asadov said.",
    "Speaking to journalists, Ogtay Asadov said he visited the Alley every year.",
    # condolences, letters, statements
    "Turkish President Recep Tayyip Erdogan sent a letter of condolences to Ilham Aliyev.",
    "President Ilham Aliyev paid tribute to the martyrs in a statement on social media.",
    "Foreign ambassadors expressed their sympathies to President Ilham Aliyev.",
    # on behalf of, ordered, decree
    "On behalf of President Ilham Aliyev, a wreath was laid at the monument.",
    "A wreath was laid on behalf of the President of Azerbaijan Ilham Aliyev.",
    "Wreaths were laid on behalf of President Ilham Aliyev and First Lady Mehriban Aliyeva.",
    "A wreath from President Ilham Aliyev was laid at the monument.",
    "Reconstruction at the Alley of Martyrs ordered by Azerbaijan President Ilham Aliyev continued.",
    "President Ilham Aliyev signed a decree on the commemoration.",
    "President Ilham Aliyev met with Turkish President Recep Erdogan in Ankara.",
    # negation, modality
    "Prime Minister Ali Asadov did not attend the ceremony.",
    "Neither Ogtay Asadov nor Ali Asadov attended.",
    "The ceremony was not attended by Prime Minister Ali Asadov.",
    "Prime Minister Ali Asadov is expected to visit the Alley tomorrow.",
    # captions and bare mentions
    "President Ilham Aliyev and his wife on Shehid Alley. Photo: AzərTAc",
    "In 1994, prosecutors found officials, including Soviet President Mikhail Gorbachev, guilty.",
    "Ilham Aliyev's visit to the Alley was broadcast live.",
    # the name completes another noun: someone else was there
    "The son of Ali Asadov, a student from Baku, visited the alley.",
    "The widow of Ali Asadov laid flowers.",
    "The family of the late Ali Asadov visited the alley.",
    "Ali Asadov commemorated the anniversary in a statement.",
    "Together with Ali Asadov, he wrote a book about the tragedy.",  # "together with" needs a verb of being there
    # history, events elsewhere, other events
    "Yevgeny Primakov and Andrei Girenko had arrived in Baku days before the assault.",
    "A delegation of the Memorial society, including Sergei Kovalev, visited Baku in February 1990.",
    "The journalist Thomas Goltz, who arrived in the city a few months later, described the buildings.",
    "The American journalist Thomas Goltz came to Baku months later and interviewed survivors.",
    "On 21 January, Heydar Aliyev came to the Azerbaijani representation in Moscow.",
    "In London, the Azerbaijani embassy held a commemorative evening attended by Ambassador Tahir Taghizade.",
    "The premiere was attended by People's Artist Rasim Balayev and composer Firangiz Alizade.",
    # "among" the dead, not the mourners
    "Among those killed on 20 January 1990 was Fakhraddin Najafov.",
    "Among the victims were Vera Bessantina and Fakhraddin Najafov.",
    "Fakhraddin Najafov was among the victims.",
    "Among the 131 killed was Fakhraddin Najafov.",
    # a body's people
    "The Azerbaijan State Oil Company staff visited the Alley of Martyrs.",
    "Azercell Telecom staff visited the Alley of Martyrs.",
    # a passive whose "by" names no visitor
    "Wreaths were not laid by Ali Asadov.",
    "The monument was designed by Ali Asadov, who laid flowers there in 2019.",
    # observed, but not a minute of silence; came, but to power
    "The victims were observed by doctors, among them Dr Ali Hasanov.",
    "В 1993 году к власти пришли новые люди во главе с Гейдаром Алиевым.",
    "In 1990 Ayaz Mutallibov led the republic to the brink.",
    # led, but not to the ceremony: no verb of being there, or the leader of a government
    "Soviet troops, led by General Ivan Petrov, stormed Baku.",
    "Protesters, led by Neimat Panahov, gathered in Freedom Square.",
    "Новые люди во главе с Гейдаром Алиевым пришли к власти.",
    # spoke elsewhere; lies at the Alley
    "Ali Hasanov spoke at a press conference about the 1990 events.",
    "The minister met Ali Asadov, who later became prime minister.",
    "Ali Asadov read a book about the events.",
    "The photo shows him accompanied by bodyguards, Ali Asadov said.",
    "Wreaths were laid at the memorial, Hikmet Hajiyev told reporters.",
    "Среди погибших были Фахраддин Наджафов и Вера Бессантина.",
    "Heydar Aliyev, then living in Moscow, came to the Azerbaijani representation to condemn the massacre.",
    "Şəhid Fəxrəddin Nəcəfov Şəhidlər xiyabanında dəfn olunub.",
]


@pytest.mark.parametrize("text", NOT_THERE)
def test_not_attendance(text: str) -> None:
    assert names(text) == []


def test_object_of_a_wreath_is_not_an_attendee() -> None:
    text = "President Ilham Aliyev laid a wreath at the grave of national leader Heydar Aliyev."
    assert names(text) == ["Ilham Aliyev"]


def test_on_behalf_sentence_does_not_hide_a_real_visit() -> None:
    text = (
        "President of the Republic of Azerbaijan Ilham Aliyev arrived at the Lane of Martyrs. "
        "On behalf of the President of the Republic of Azerbaijan Ilham Aliyev laid a wreath at the "
        '"Eternal Fire."'
    )
    found = extract_attendees(text)
    assert [a.mention for a in found] == ["Ilham Aliyev"]
    assert "arrived" in found[0].quote


def test_group_words_are_not_people() -> None:
    text = (
        "Attending the commemoration ceremony were state and government officials, religious leaders, "
        "ambassadors of foreign countries and representatives of international organizations in Baku."
    )
    assert names(text) == []


# --- roles --------------------------------------------------------------------------------------------

ROLES = [
    ("Prime Minister Artur Rasizade visited.", "Artur Rasizade", "Prime Minister", "Prime Minister"),
    ("Prime-Minister Artur Rasizade visited.", "Artur Rasizade", "Prime-Minister", "Prime Minister"),
    ("Premier Artur Rasizade visited the Alley.", "Artur Rasizade", "Premier", "Prime Minister"),
    (
        "Chairman of Milli Majlis Ogtay Asadov visited.",
        "Ogtay Asadov",
        "Chairman of Milli Majlis",
        "Speaker of the Milli Majlis",
    ),
    ("Parliament Speaker Ogtay Asadov visited.", "Ogtay Asadov", "Parliament Speaker", SPEAKER),
    ("Speaker Ogtay Asadov visited.", "Ogtay Asadov", "Speaker", "Speaker of the Milli Majlis"),
    (
        "Chief of the President's Administration Ramiz Mehdiyev visited.",
        "Ramiz Mehdiyev",
        "Chief of the President's Administration",
        "Head of the Presidential Administration",
    ),
    (
        "President of the Republic of Azerbaijan Ilham Aliyev visited.",
        "Ilham Aliyev",
        "President of the Republic of Azerbaijan",
        "President",
    ),
    ("Head of State Ilham Aliyev visited the Alley.", "Ilham Aliyev", "Head of State", "President"),
    ("The head of state, Ilham Aliyev, laid a wreath.", "Ilham Aliyev", "head of state", "President"),
    (
        "Ilham Aliyev, President of the Republic of Azerbaijan, visited.",
        "Ilham Aliyev",
        "President of the Republic of Azerbaijan",
        "President",
    ),
    ("Artur Rasizade, the Prime Minister, visited.", "Artur Rasizade", "Prime Minister", "Prime Minister"),
    ("Defence Minister Zakir Hasanov visited.", "Zakir Hasanov", "Defence Minister", "Minister of Defence"),
    (
        "Minister of Foreign Affairs Jeyhun Bayramov visited.",
        "Jeyhun Bayramov",
        "Minister of Foreign Affairs",
        "Minister of Foreign Affairs",
    ),
    ("First Lady Mehriban Aliyeva visited the Alley.", "Mehriban Aliyeva", "First Lady", "First Lady"),
    ("President Ilham Aliyev and first lady Mehriban Aliyeva visited.", MEHRIBAN, "first lady", "First Lady"),
    ("President Ilham Aliyev and his spouse Mehriban Aliyeva visited.", MEHRIBAN, "his spouse", "First Lady"),
    ("President Ilham Aliyev and his wife Mehriban Aliyeva visited.", MEHRIBAN, "his wife", "First Lady"),
    ("Prime Minister Ali Asadov and his wife Leyla Asadova visited.", "Leyla Asadova", "his wife", "Spouse"),
    (
        "Mehriban Aliyeva, First Vice-President of Azerbaijan, visited.",
        "Mehriban Aliyeva",
        "First Vice-President of Azerbaijan",
        "First Vice President",
    ),
    ("Baku mayor Eldar Azizov visited the Alley.", "Eldar Azizov", "Baku mayor", "Mayor of Baku"),
    (
        "Rector of Baku State University Elchin Babayev visited.",
        "Elchin Babayev",
        "Rector of Baku State University",
        "Rector of BSU",  # (one form of a university's post in every language)
    ),
    ("President Ilham Aliyev, his wife Mehriban Aliyeva visited.", MEHRIBAN, "his wife", "First Lady"),
    ("President Ilham Aliyev together with his wife Mehriban Aliyeva attended.", MEHRIBAN, "his wife", LADY),
    ("Ilham Aliyev and his wife Mehriban Aliyeva visited.", MEHRIBAN, "his wife", "Spouse"),  # no "President"
    ("Turkish Ambassador Cahit Bağcı attended.", "Cahit Bağcı", "Turkish Ambassador", "Ambassador of Turkey"),
    ("Mr. Artur Rasizade visited the Alley.", "Artur Rasizade", None, None),  # an honorific is no role
    ("Ali Asadov visited the Alley.", "Ali Asadov", None, None),
    (
        "Turkish Ambassador to Azerbaijan Cahit Bagci laid a wreath.",
        "Cahit Bagci",
        "Turkish Ambassador to Azerbaijan",
        "Ambassador of Turkey",
    ),
    ("Mark Libby, the US Ambassador to Azerbaijan, visited.", "Mark Libby", "US Ambassador to Azerbaijan", USA),
    ("The US Ambassador to Azerbaijan, Mark Libby, visited.", "Mark Libby", "US Ambassador to Azerbaijan", USA),
    (
        "Hikmet Hajiyev, assistant to the President, visited.",
        "Hikmet Hajiyev",
        *["assistant to the President"],
        "Assistant to the President",
    ),
    ("President of Azerbaijan Ilham Aliyev visited the alley.", ILHAM, "President of Azerbaijan", "President"),
    ("Actor Rasim Balayev visited the Alley of Martyrs.", "Rasim Balayev", "Actor", "Actor"),
    ("MEP Jaromir Stetina laid flowers at the Eternal Flame.", "Jaromir Stetina", "MEP", "MEP"),
    ("Congressman Steve Cohen visited the Alley of Martyrs.", "Steve Cohen", "Congressman", "Member of Congress"),
    (
        "Head of state Ilham Aliyev paid homage to the victims at the Alley, accompanied by his wife Mehriban Aliyeva.",
        MEHRIBAN,
        "his wife",
        "First Lady",
    ),
    (
        "In Baku, parliament chair Sahiba Gafarova visited the Alley.",
        "Sahiba Gafarova",
        "parliament chair",
        "Speaker of the Milli Majlis",
    ),
    ("Georgian Prime Minister Irakli Garibashvili visited.", "Irakli Garibashvili", *["Georgian Prime Minister"] * 2),
    (
        "Аллею шехидов посетила спикер Милли Меджлиса Сахиба Гафарова.",
        "Сахиба Гафарова",
        "спикер Милли Меджлиса",
        "Speaker of the Milli Majlis",
    ),
    (
        "В траурной церемонии участвовали также генеральный прокурор Кямран Алиев.",
        "Кямран Алиев",
        "генеральный прокурор",
        "Prosecutor General",
    ),
    (
        "Şəhidlər xiyabanını Baş prokuror Kamran Əliyev ziyarət edib.",
        "Kamran Əliyev",
        "Baş prokuror",
        "Prosecutor General",
    ),
    (
        "Şəhidlər xiyabanını Milli Məclisin spikeri Sahibə Qafarova ziyarət edib.",
        "Sahibə Qafarova",
        "Milli Məclisin spikeri",
        "Speaker of the Milli Majlis",
    ),
    # Titles in other cases and words: the instrumental after "с", a genitive before the head, an acronym.
    (
        "В церемонии приняли участие премьер-министр Али Асадов и спикер парламента Сахиба Гафарова.",
        "Сахиба Гафарова",
        "спикер парламента",
        "Speaker of the Milli Majlis",
    ),
    (
        "На мероприятии присутствовали министр обороны Закир Гасанов и глава МВД Вилаят Эйвазов.",
        "Вилаят Эйвазов",
        "глава МВД",
        "Minister of Internal Affairs",
    ),
    (
        "Prezidentin köməkçisi Hikmət Hacıyev Şəhidlər xiyabanını ziyarət edib.",
        "Hikmət Hacıyev",
        "Prezidentin köməkçisi",
        "Assistant to the President",
    ),
    (
        "Помощник президента Хикмет Гаджиев посетил Аллею шехидов.",
        "Хикмет Гаджиев",
        "Помощник президента",
        "Assistant to the President",
    ),
    ("MP Ganira Pashayeva laid flowers at the Eternal Flame.", "Ganira Pashayeva", "MP", "Member of Parliament"),
    (
        "Millət vəkili Qənirə Paşayeva Şəhidlər xiyabanını ziyarət edib.",
        "Qənirə Paşayeva",
        "Millət vəkili",
        "Member of Parliament",
    ),
    ("Səfir Elin Süleymanov Şəhidlər xiyabanını ziyarət edib.", "Elin Süleymanov", "Səfir", "Ambassador"),
    (
        "На Аллею шехидов пришли тысячи людей во главе с мэром Баку Эльдаром Азизовым.",
        "Эльдаром Азизовым",
        "мэром Баку",
        "Mayor of Baku",
    ),
    (
        "Bakı Şəhər İcra Hakimiyyətinin başçısı Eldar Əzizov Şəhidlər xiyabanını ziyarət edib.",
        "Eldar Əzizov",
        "Bakı Şəhər İcra Hakimiyyətinin başçısı",
        "Mayor of Baku",
    ),
    ("Омбудсмен Сабина Алиева посетила Аллею шехидов.", "Сабина Алиева", "Омбудсмен", "Ombudsman"),
    (
        "Bakı Dövlət Universitetinin rektoru Elçin Babayev tələbələrlə Şəhidlər xiyabanını ziyarət edib.",
        "Elçin Babayev",
        "Bakı Dövlət Universitetinin rektoru",
        "Rector of BSU",
    ),
]


@pytest.mark.parametrize(("text", "name", "written", "role"), ROLES)
def test_roles(text: str, name: str, written: str | None, role: str | None) -> None:
    mention = by_name(text)[name]
    assert (mention.role_as_written, mention.role) == (written, role)


# --- lone surnames, one mention per person -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Aliyev laid a wreath at the Eternal Flame memorial.", ["Aliyev"]),
        ("Mr. Rasizade arrived at the Alley of Martyrs in the morning.", ["Rasizade"]),
        ("President Ilham Aliyev visited the Alley. President Aliyev laid a wreath.", ["Ilham Aliyev"]),
        # the surname would be Mehriban's only in the feminine form: still Ilham
        (
            "Ilham Aliyev and Mehriban Aliyeva visited the Alley. President Aliyev laid a wreath.",
            ["Ilham Aliyev", "Mehriban Aliyeva"],
        ),
        # two Asadovs attended: "Speaker Asadov" is ambiguous and kept as written
        (
            "Ali Asadov and Ogtay Asadov visited the Alley. Speaker Asadov laid flowers.",
            ["Ali Asadov", "Ogtay Asadov", "Asadov"],
        ),
        # spelling variants of one person in one article
        ("Artur Rasizade visited. Later, Artur Rasi-zade laid a wreath.", ["Artur Rasizade"]),
        ("Ilham Aliyev visited the Alley. Ilham Aliyev laid a wreath.", ["Ilham Aliyev"]),
    ],
)
def test_one_mention_per_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_best_mention_has_a_role() -> None:
    text = "Ali Asadov visited the Alley. Prime Minister Ali Asadov laid a wreath."
    (only,) = extract_attendees(text)
    assert only.role == "Prime Minister"
    assert "laid a wreath" in only.quote


def test_offsets_quote_and_order() -> None:
    text = (
        "**Headline**\n\nIn the morning, President Ilham Aliyev arrived at the Alley.\n\n"
        "The ceremony was attended by   Prime Minister\nArtur Rasi-zade and Speaker Ogtay Asadov."
    )
    found = extract_attendees(text)
    assert [a.mention for a in found] == ["Ilham Aliyev", "Artur Rasi-zade", "Ogtay Asadov"]
    for a in found:
        assert " ".join(text[a.start : a.end].split()) == a.mention
    expected = "The ceremony was attended by Prime Minister Artur Rasi-zade and Speaker Ogtay Asadov."
    assert found[1].quote == expected


def test_possessive_name_keeps_offsets_clean() -> None:
    text = "Ilham Aliyev's wife Mehriban Aliyeva visited the Alley."
    assert names(text) == ["Mehriban Aliyeva"]


# --- groups ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Participants in the commemorative ceremony included state and government officials, heads of "
            "religious communities, ambassadors of foreign countries to Azerbaijan, and representatives of "
            "international organizations.",
            [
                "state and government officials",
                "heads of religious communities",
                "ambassadors of foreign countries",
                "representatives of international organizations",
            ],
        ),
        (
            "Among those visiting were Ogtay Asadov, as well as deputies of the Speaker and the Prime "
            "Minister, and other officials.",
            ["deputies of the Speaker and the Prime Minister", "other officials"],
        ),
        ("Attending the ceremony were religious leaders.", ["religious leaders"]),
        (
            "Thousands of residents of the capital came to the Alley of Martyrs.",
            ["Thousands of residents of the capital"],
        ),
        ("Foreign ambassadors, who were also present, extended their sympathies.", ["Foreign ambassadors"]),
        (
            "The country's officials, diplomats and ordinary citizens come to Shehid Alley.",
            ["officials", "diplomats", "ordinary citizens"],
        ),
        # not at the ceremony: groups the text only names
        ("The President thanked the heads of diplomatic missions.", []),
        ("Minister of Youth and Sports Farid Gayibov visited the Alley.", []),
        ("Every year the people of Azerbaijan pay tribute to the martyrs.", []),
    ],
)
def test_groups(text: str, expected: list[str]) -> None:
    groups = extract_groups(text)
    assert [g.group for g in groups] == expected
    for g in groups:
        assert " ".join(text[g.start : g.end].split()) == g.group
        assert g.group not in names(text)


# --- seed documents ----------------------------------------------------------------------------------------

SEED_YEARS = {
    2004: {"Ilham Aliyev", "Murtuz Alasgarov", "Artur Rasizadeh", "Ramiz Mehdiyev"},
    2006: {"Ilham Aliyev", "Ogtay Asadov", "Artur Rasizade", "Ramiz Mehdiyev"},
    2008: {"Ilham Aliyev", "Mehriban Aliyeva", "Ogtay Asadov", "Ramiz Mehdiyev"},
    2012: {"Ilham Aliyev", "Artur Rasi-zade", "Ogtay Asadov", "Ramiz Mehdiyev"},
    2019: {"Ilham Aliyev", "Mehriban Aliyeva", "Novruz Mammadov", "Ogtay Asadov", "Ramiz Mehdiyev"},
    2020: {"Ilham Aliyev", "Mehriban Aliyeva", "Ali Asadov", "Ogtay Asadov", "Samir Nuriyev"},
    2022: {"Ilham Aliyev", "Mehriban Aliyeva"},
}
_HEADING = re.compile(r"\((?:20 January, |January 20, )(\d{4})\)\*\*")


def _seed(name: str) -> str:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{name} is not in corpus/")
    return path.read_text(encoding="utf-8")


def test_seed_ceremony_reports() -> None:
    text = _seed("president-az.txt")
    heads = list(_HEADING.finditer(text))
    ends = [m.start() for m in heads[1:]] + [len(text)]
    sections = {int(m.group(1)): text[m.end() : end] for m, end in zip(heads, ends, strict=True)}
    for year, expected in SEED_YEARS.items():
        assert set(names(sections[year])) == expected, year
    roles = {a.mention: a.role for a in extract_attendees(sections[2012])}
    assert roles["Ogtay Asadov"] == "Speaker of the Milli Majlis"
    assert roles["Ramiz Mehdiyev"] == "Head of the Presidential Administration"


@pytest.mark.parametrize(
    "name", ["embassy-hungary-2017-01-20.txt", "eureporter-black-january.txt", "jamnews-2024-01-20.txt"]
)
def test_seed_documents_without_attendees(name: str) -> None:
    assert names(_seed(name)) == []


# --- properties ------------------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "President",
        "Ilham",
        "Aliyev",
        "and",
        "his",
        "wife",
        "visited",
        "the",
        "Alley",
        "of",
        "Martyrs",
        "Prime",
        "Minister",
        "Ali",
        "Asadov",
        ",",
        ".",
        "attended",
        "by",
        "Among",
        "those",
        "were",
        "On",
        "behalf",
        "Şəhla",
        "Həsənova",
        "'s",
        "\u201c",
        "\u201d",
        '"',
        "\n",
        "\n\n",
        "  ",
        "Mr.",
        "oglu",
        "laid",
        "a",
        "wreath",
        "-",
    ]
)


@settings(max_examples=examples(150), deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(_WORDS, max_size=60).map(" ".join)))
def test_never_fails_and_offsets_are_inside(text: str) -> None:
    for a in extract_attendees(text):
        assert 0 <= a.start < a.end <= len(text)
        assert " ".join(text[a.start : a.end].split()) == a.mention
        assert a.mention
    for g in extract_groups(text):
        assert 0 <= g.start < g.end <= len(text)


# --- Russian and Azerbaijani ---------------------------------------------------------------------------

FOREIGN = [
    # Russian puts the verb after the subject, as English does
    ("Президент Ильхам Алиев посетил Аллею шехидов.", "Ильхам Алиев", "Президент", "President"),
    (
        "Президент Азербайджанской Республики Ильхам Алиев и первая леди Мехрибан Алиева посетили Аллею шехидов.",
        "Мехрибан Алиева",
        "первая леди",
        "First Lady",
    ),
    (
        "Премьер-министр Али Асадов и Председатель Милли Меджлиса Сахиба Гафарова возложили венки к Вечному огню.",
        "Али Асадов",
        "Премьер-министр",
        "Prime Minister",
    ),
    (
        "Премьер-министр Али Асадов и Председатель Милли Меджлиса Сахиба Гафарова возложили венки к Вечному огню.",
        "Сахиба Гафарова",
        "Председатель Милли Меджлиса",
        "Speaker of the Milli Majlis",
    ),
    ("Первый вице-президент Мехрибан Алиева почтила память шехидов.", "Мехрибан Алиева", None, "First Vice President"),
    ("Церемония прошла при участии Огтая Асадова.", "Огтая Асадова", None, None),
    # Azerbaijani puts the verb last: the names that open the sentence are its subject
    ("Prezident İlham Əliyev Şəhidlər xiyabanını ziyarət edib.", "İlham Əliyev", "Prezident", "President"),
    (
        "Azərbaycan Respublikasının Prezidenti İlham Əliyev və Birinci vitse-prezident Mehriban Əliyeva "
        "Şəhidlər xiyabanını ziyarət ediblər.",
        "Mehriban Əliyeva",
        "Birinci vitse-prezident",
        "First Vice President",
    ),
    (
        "Yanvarın 20-də Milli Məclisin sədri Sahibə Qafarova Şəhidlər xiyabanında əklil qoyub.",
        "Sahibə Qafarova",
        "Milli Məclisin sədri",
        "Speaker of the Milli Majlis",
    ),
    ("Baş nazir Əli Əsədov da şəhidlərin xatirəsini ehtiramla anıb.", "Əli Əsədov", "Baş nazir", "Prime Minister"),
    # Russian may put the subject after its verb
    ("Аллею шехидов посетил премьер-министр Али Асадов.", "Али Асадов", "премьер-министр", "Prime Minister"),
    ("В церемонии приняли участие Али Асадов и Сахиба Гафарова.", "Сахиба Гафарова", None, None),
    ("Президент посетил Аллею шехидов вместе с Мехрибан Алиевой.", "Мехрибан Алиевой", None, None),
    (
        "Венки также возложили председатель Милли Меджлиса Октай Асадов и премьер-министр Али Асадов.",
        "Октай Асадов",
        "председатель Милли Меджлиса",
        "Speaker of the Milli Majlis",
    ),
    (
        "Утром глава государства Ильхам Алиев в сопровождении супруги Мехрибан Алиевой прибыл на Аллею шехидов.",
        "Мехрибан Алиевой",
        "супруги",
        "First Lady",
    ),
    ("Утром глава государства Ильхам Алиев прибыл на Аллею шехидов.", "Ильхам Алиев", "глава государства", "President"),
    ("Память жертв также почтили премьер-министр Али Асадов.", "Али Асадов", "премьер-министр", "Prime Minister"),
    (
        "В траурной церемонии участвовали также министр обороны Закир Гасанов.",
        "Закир Гасанов",
        None,
        "Minister of Defence",
    ),
    (
        "Руководитель Администрации Президента Самир Нуриев посетил Аллею шехидов.",
        "Самир Нуриев",
        None,
        "Head of the Presidential Administration",
    ),
    (
        "Prezident Administrasiyasının rəhbəri Samir Nuriyev də iştirak ediblər.",
        "Samir Nuriyev",
        None,
        "Head of the Presidential Administration",
    ),
    (
        "Prezident İlham Əliyev və xanımı Mehriban Əliyeva Şəhidlər xiyabanını ziyarət ediblər.",
        "Mehriban Əliyeva",
        "xanımı",
        "First Lady",
    ),
    (
        "Dövlətimizin başçısı İlham Əliyev və xanımı Mehriban Əliyeva Şəhidlər xiyabanını ziyarət ediblər.",
        "Mehriban Əliyeva",
        "xanımı",
        "First Lady",
    ),
    # Azerbaijani: "came to the alley", ministers, "Əbədi məşəl" (the Eternal Flame) after a name
    (
        "Prezident İlham Əliyev və birinci xanım Mehriban Əliyeva Şəhidlər xiyabanına gəliblər.",
        "Mehriban Əliyeva",
        "birinci xanım",
        "First Lady",
    ),
    (
        "Xarici işlər naziri Ceyhun Bayramov Əbədi məşəlin önünə əklil qoyub.",
        "Ceyhun Bayramov",
        "Xarici işlər naziri",
        "Minister of Foreign Affairs",
    ),
    # ministers' titles in Russian and Azerbaijani, "и"/"və" inside a title
    (
        "Церемония прошла при участии министра обороны Закира Гасанова и министра внутренних дел Вилаята Эйвазова.",
        "Вилаята Эйвазова",
        "министра внутренних дел",
        "Minister of Internal Affairs",
    ),
    (
        "Министр молодежи и спорта Фарид Гаибов посетил Аллею шехидов.",
        "Фарид Гаибов",
        None,
        "Minister of Youth and Sports",
    ),
    (
        "Gənclər və idman naziri Fərid Qayıbov Şəhidlər xiyabanını ziyarət edib.",
        "Fərid Qayıbov",
        None,
        "Minister of Youth and Sports",
    ),
    # countries and cities decline: their case forms are never part of a name
    (
        "Церемония прошла с участием посла Турции Джахита Багчи.",
        "Джахита Багчи",
        "посла Турции",
        "Ambassador of Turkey",
    ),
    (
        "Посол России Михаил Евдокимов возложил венок к Вечному огню.",
        "Михаил Евдокимов",
        "Посол России",
        "Ambassador of Russia",
    ),
    (
        "Посол Турции в Азербайджане Джахит Багчи посетил Аллею шехидов.",
        "Джахит Багчи",
        "Посол Турции в Азербайджане",
        "Ambassador of Turkey",
    ),
    (
        "Türkiyənin Azərbaycandakı səfiri Cahit Bağcı Şəhidlər xiyabanını ziyarət edib.",
        "Cahit Bağcı",
        "Türkiyənin Azərbaycandakı səfiri",
        "Ambassador of Turkey",
    ),
    (
        "Rusiyanın səfiri Mixail Yevdokimov da Şəhidlər xiyabanında gül dəstəsi qoyub.",
        "Mixail Yevdokimov",
        "Rusiyanın səfiri",
        "Ambassador of Russia",
    ),
]


@pytest.mark.parametrize(("text", "name", "written", "role"), FOREIGN)
def test_russian_and_azerbaijani_attendance(text: str, name: str, written: str | None, role: str | None) -> None:
    mention = by_name(text)[name]
    assert mention.role == role
    if written is not None:
        assert mention.role_as_written == written


@pytest.mark.parametrize(
    "text",
    [
        "Иван Петров не посетил Аллею шехидов.",  # negation
        "Ильхам Алиев выступил с речью.",  # no attendance verb
        "İlham Əliyev çıxış edib.",
        "Mən Şəhidlər xiyabanını ziyarət etdim.",  # no name opens the sentence
        "Şəhidlər xiyabanını hər il minlərlə insan ziyarət edir.",
    ],
)
def test_russian_and_azerbaijani_non_attendance(text: str) -> None:
    assert names(text) == []


def test_a_list_below_a_colon_is_read() -> None:
    text = (
        "Officials who attended the ceremony included:\n- Prime Minister Ali Asadov\n- Speaker Sahiba Gafarova\n"
        "- Defence Minister Zakir Hasanov\n\nAmong those present were:\n* Ramiz Mehdiyev;\n* Elmar Mammadyarov.\n\n"
        "The victims included:\n- Vera Bessantina\n"
    )
    found = extract_attendees(text)
    assert [(a.mention, a.role) for a in found] == [
        ("Ali Asadov", "Prime Minister"),
        ("Sahiba Gafarova", "Speaker of the Milli Majlis"),
        ("Zakir Hasanov", "Minister of Defence"),
        ("Ramiz Mehdiyev", None),
        ("Elmar Mammadyarov", None),
    ]
    assert all(text[a.start : a.end] == a.mention for a in found)


def test_every_list_below_a_colon_is_joined_in_one_reading() -> None:
    """Each list is read as a comma list, offsets kept; an item that ends with a colon is read in the joined text,
    where no list follows it; a sentence ending after its list."""
    text = (
        "Guests included:\n- Ambassador Jane Roe\n- Also present:\n- Consul John Doe\n\n"
        "Speakers were:\nMayor Ann Lee,\nRector Tom Kay.\n\nThe rest went home."
    )
    joined, spans = _list_items.with_lists(text, sx.sentences(text))
    assert joined == (
        "Guests included:,  Ambassador Jane Roe,  Also present:,  Consul John Doe\n\n"
        "Speakers were: Mayor Ann Lee, Rector Tom Kay.\n\nThe rest went home."
    )
    assert [joined[s.start : s.end] for s in spans] == [
        "Guests included:,  Ambassador Jane Roe,  Also present:,  Consul John Doe",
        "  Ambassador Jane Roe",
        "  Also present:",
        "  Consul John Doe",
        "Speakers were: Mayor Ann Lee, Rector Tom Kay.",
        "Mayor Ann Lee, Rector Tom Kay.",
        "The rest went home.",
    ]


def test_a_phrasing_added_as_one_line_of_data() -> None:
    """ "left a candle" is one alternative of `subject_cue` in en.toml (and a verb and noun of its prefilter)."""
    text = "Ambassador Jane Roe left a candle at the Eternal Flame. Nobody left a note."
    assert [(a.mention, a.role) for a in extract_attendees(text)] == [("Jane Roe", "Ambassador")]
