"""A page's charset declared after tens of kilobytes of inline styles or scripts in its head is still the one it is
read in: a Turkish page in windows-1254 was detected as cp1250 (ş, ı, İ garbled, no attendee found)."""

from __future__ import annotations

from jan20.reading.formats.html import decode_page, read_page

RULES = "".join(f".c{n}{{color:#{n * 997:06x};margin:0 auto;padding:1px}}\n" for n in range(300))
STYLE = f"<style>{RULES}</style>"


def page(charset: str, title: str, body: str) -> str:
    return (
        f'<html><head>{STYLE}<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
    )


def test_a_charset_declared_late_in_the_head_is_read() -> None:
    turkish = page(
        "windows-1254",
        "Ankara'da 20 Ocak anıldı",
        "20 Ocak 2022 tarihinde Büyükelçi Işık Yılmaz şehitleri andı ve anıta çelenk bıraktı.",
    )
    assert len(STYLE) > 10_000
    decoded = decode_page(turkish.encode("cp1254"))
    assert decoded.encoding == "cp1254" and decoded.warning is None
    assert "Büyükelçi Işık Yılmaz şehitleri" in read_page(b"", decoded).text
    russian = page("windows-1251", "Годовщина трагедии", "20 января 2021 года посол возложил цветы к памятнику.")
    assert decode_page(russian.encode("cp1251")).encoding == "cp1251"


def test_a_meta_in_the_body_of_a_short_page_counts_as_before() -> None:
    # within the first 4 KB a declaration counts wherever it stands, as it did
    short = "<html><body><meta charset='windows-1251'><p>Годовщина трагедии</p></body></html>"
    assert decode_page(short.encode("cp1251")).encoding == "cp1251"
