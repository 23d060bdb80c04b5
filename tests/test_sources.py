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
        "",
    ],
)
def test_no_outlet(text: str) -> None:
    assert infer_source(text) is None
