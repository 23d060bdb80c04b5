import pytest

from jan20.reading.sources import infer_source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azernews reports that this was noted in the statement.", "Azernews"),
        ("Intro sentence. Trend reports that the ceremony began at nine.", "Trend"),
        ("Footer.\nEU Reporter publishes articles from a variety of outside sources.", "EU Reporter"),
        ("Baku, January 20 (AzerTAc). Today marks 23 years since the events.", "AzerTAc"),
        ("BAKU, Azerbaijan, Jan. 20 /Trend/ The day of mourning is marked.", "Trend"),
        ("The official told Report that wreaths were laid.", "Report"),
        ("A story.\nSource: Report.az", "Report.az"),
        ("A story.\n© 2024 Caspian News", "Caspian News"),
        ("The APA news agency reported on the ceremony.", "APA"),
        ("Baku. 20 January. REPORT.AZ/ Today marks 31 years since the tragedy.", "REPORT.AZ"),
        ("BAKU /APA/ Wreaths were laid at the Alley.", "APA"),
        # after a comma, at the end of a clause
        ("Azerbaijan is marking the 20th anniversary of the tragedy today, Trend reports.", "Trend"),
        ("Thousands walked to the Alley of Martyrs, OC Media reports.", "OC Media"),
        # datelines without brackets, in any language
        ("Title\n\nBaku, January 20, AZERTAC\n\nText.", "AZERTAC"),
        ("Bakı, 20 yanvar, APA. Prezident İlham Əliyev ziyarət edib.", "APA"),
        ("Баку, 20 января 2020 — Sputnik. Сегодня в Азербайджане.", "Sputnik"),
        ("BAKU, Azerbaijan (AP) -- Hundreds of thousands of people filed past the graves.", "AP"),
        ("Bakı, 20 yanvar. APA. Prezident İlham Əliyev ziyarət edib.", "APA"),  # closed by a full stop
        ("BAKU, Jan 20. AFP. Thousands marched to the Alley.", "AFP"),
        ("Text.\n\nAzernews © 2016", "Azernews"),  # the name before the sign
        ("*Turan Information Agency, 20 January 2005*\n\nText.", "Turan"),
        # bylines and sign-offs
        ("By SABINA HUSEYNOVA, Associated Press Writer\n\nText.", "Associated Press"),
        ("Текст.\n\nИсточник: Вестник Кавказа", "Вестник Кавказа"),
        ("Mətn.\n\nMənbə: Xalq qəzeti", "Xalq qəzeti"),
        # every word after a label is the name's, up to a comma, a bracket or a spaced dash; at the head too
        ("Text.\n\nSource: Embassy of Azerbaijan in Hungary", "Embassy of Azerbaijan in Hungary"),
        ("Text.\n\nSource: Press TV", "Press TV"),
        ("Headline\nSource: State News Agency Azertac\n\nText.", "State News Agency Azertac"),
        ("Başlık\nKaynak: Anadolu Ajansı, 20.01.2024\n\nMetin.", "Anadolu Ajansı"),
        (
            "Заголовок\nИсточник: Посольство Азербайджана в России - 20 января\n\nТекст.",
            "Посольство Азербайджана в России",
        ),
        ("Text.\n\nSource: The Guardian (London)", "Guardian"),
    ],
)
def test_outlet_named_in_the_text(text: str, expected: str) -> None:
    assert infer_source(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Text\n\nBaku, 20 January. PM.",
        "Baku, 20 January. President Ilham Aliyev visited the Alley of Martyrs.",
        "The ministry reports that the ceremony was held.",
        "He told journalists that the memory lives on.",
        "Narmin Hasanova writes about Black January.",
        "Shehid Alley in Baku. Photo: AzərTAc",
        "On the night of January 19-20, 1990, troops entered Baku.",
        "In 1990, 147 people died, Soviet troops entered Baku.",
        "Baku, 20 January 2024, President Ilham Aliyev visited the alley.",
        "The ceremony was held, the ministry reports.",
        "By John Smith, Staff Writer",
        "Text.\n\nSource: https://example.org/story",
        "Text.\n\nSource: the figures come from the health ministry of the republic in its yearly report",
        "",
    ],
)
def test_no_outlet(text: str) -> None:
    assert infer_source(text) is None
