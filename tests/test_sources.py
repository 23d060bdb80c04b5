import pytest

from jan20.sources import infer_source


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
    ],
)
def test_outlet_named_in_the_text(text: str, expected: str) -> None:
    assert infer_source(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministry reports that the ceremony was held.",
        "He told journalists that the memory lives on.",
        "Narmin Hasanova writes about Black January.",
        "Shehid Alley in Baku. Photo: AzərTAc",
        "On the night of January 19-20, 1990, troops entered Baku.",
        "",
    ],
)
def test_no_outlet(text: str) -> None:
    assert infer_source(text) is None
