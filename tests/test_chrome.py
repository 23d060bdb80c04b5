from jan20.reading.chrome import is_chrome_line, is_separator, strip_chrome

STORY = "\n\n".join(
    [
        "A long first paragraph of the story that goes on for a while about the commemoration in Baku.",
        "A second paragraph with more of the story, names and places, and a figure or two.",
        "A third paragraph closes the story with a quotation from an official statement.",
    ]
)


def test_trailing_related_block_is_cut() -> None:
    text = (
        STORY + "\n\nShare this article:\n\nSome outlet publishes many things.\n\nYou May Also Like\n\nOther story..."
    )
    cleaned = strip_chrome(text)
    assert cleaned.endswith("official statement.")
    assert "You May Also Like" not in cleaned and "Other story" not in cleaned


def test_share_toolbar_at_the_top_is_only_a_line() -> None:
    text = "Share this article\n\n" + STORY
    cleaned = strip_chrome(text)
    assert cleaned.startswith("A long first paragraph")
    assert "third paragraph" in cleaned


def test_cookie_banner_and_image_captions_go() -> None:
    text = (
        "news banner image Desktop news banner image Mobile\nWe use cookies to improve your experience.\n"
        "Accept all cookies\n" + STORY + "\n\nAll rights reserved. Contact us.\nPrivacy Policy"
    )
    cleaned = strip_chrome(text)
    assert "cookies" not in cleaned and "banner" not in cleaned and "Privacy" not in cleaned
    assert "second paragraph" in cleaned


def test_prose_that_mentions_sharing_is_kept() -> None:
    line = "People share this grief every year, and the menu of events is long."
    assert not is_chrome_line(line)
    assert strip_chrome(STORY + "\n\n" + line).endswith(line)


def test_separators() -> None:
    for line in ("* * *", "\\*\\*\\*", "---", "x x x", "**X X X**", "\\* \\* \\*"):
        assert is_separator(line), line
    for line in ("Xerxes", "--- and then the story", "x marks the spot"):
        assert not is_separator(line), line


def test_empty_and_whitespace() -> None:
    assert strip_chrome("") == ""
    assert strip_chrome("\n\n  \n") == ""


def test_markdown_image_lines_go_but_prose_around_an_image_stays() -> None:
    assert is_chrome_line("![Alley of Martyrs, Baku](https://example.test/photo.jpg)")
    assert is_chrome_line('![](photo.jpg "The Eternal Flame")')
    assert not is_chrome_line("See ![the flame](flame.jpg) burning above the graves.")
    cleaned = strip_chrome("![Alley of Martyrs](a.jpg)\n\n" + STORY)
    assert cleaned.startswith("A long first paragraph")


def test_a_share_bar_with_a_colon_is_chrome() -> None:
    for line in ("Share: Facebook | X | Telegram | WhatsApp", "Share: Twitter, Facebook, LinkedIn", "share: facebook"):
        assert is_chrome_line(line), line
    assert not is_chrome_line("Share: the ambassadors laid flowers together with the staff of the embassy.")
