"""Documents in every format jan20 reads, made on the spot for tests and benchmarks (all text invented here):
saved news pages in three site layouts with their chrome and metadata, a PDF report with running headers and
hyphenation, a Word file with headings, Markdown with YAML and TOML front matter."""

from __future__ import annotations

import io

# Chrome every page carries: none of it may be searchable once the page is read.
CHROME_WORDS = ("Horoscope", "cookies", "gtag", "Subscribe", "Weather", "newsletter", "Sitemap")

AGENCY_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Baku honours the victims of 20 January | Caspian Wire</title>
<meta property="og:site_name" content="Caspian Wire">
<meta property="og:title" content="Baku honours the victims of 20 January">
<meta property="article:published_time" content="2019-01-20T11:05:00+04:00">
<link rel="canonical" href="https://caspianwire.example/news/politics/baku-honours-victims">
<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}gtag('config','UA-0000');</script>
<style>.nav{color:#333}.cookie{position:fixed}</style>
</head><body>
<header><nav class="nav"><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a>
<a href="/horoscope">Horoscope</a> <a href="/subscribe">Subscribe to our newsletter</a></nav></header>
<div class="cookie">This site uses cookies to improve your experience. <button>Accept all cookies</button></div>
<main><article>
<h1>Baku honours the victims of 20 January</h1>
<p class="meta">20 January 2019, 11:05</p>
<p>Thousands of residents walked up to the Alley of Martyrs on Sunday morning to lay red carnations at the graves
of those who died in the January night of 1990.</p>
<p>President Ilham Aliyev and First Vice-President Mehriban Aliyeva visited the Alley of Martyrs and laid a wreath
at the Eternal Flame monument.</p>
<aside class="read-more"><h3>Read more</h3><ul><li><a href="/w">Weather forecast for the weekend</a></li>
<li><a href="/h">Horoscope for the week ahead</a></li></ul></aside>
<p>According to official figures, 147 civilians were killed and 744 people were injured when Soviet troops
entered the city, the ceremony's organisers recalled.</p>
<p>Traffic on several central streets was restricted during the ceremony, and a minute of silence was observed
across the country at noon.</p>
</article></main>
<footer><p>© 2019 Caspian Wire. All rights reserved.</p><a href="/sitemap">Sitemap</a> <a href="/ads">Advertising</a>
</footer></body></html>
"""

PORTAL_PAGE = """<!doctype html>
<html><head>
<meta charset="utf-8">
<title>Ambassadors visit Alley of Martyrs</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Foreign diplomats pay tribute to the
victims of Black January", "datePublished": "2022-01-20T09:30:00+04:00", "publisher": {"@type": "Organization",
"name": "South Caucasus Daily"}}
</script>
<script src="/js/analytics.js"></script>
</head><body>
<div id="top-bar"><span>USD 1.70</span> <span>Weather in Baku: +3</span> <a href="/login">Subscribe</a></div>
<div class="layout"><div class="sidebar"><h4>Most read</h4><ol><li><a href="/a">Horoscope for Friday</a></li>
<li><a href="/b">Football league results</a></li></ol></div>
<div class="content">
<h1>Foreign diplomats pay tribute to the victims of Black January</h1>
<div class="share">Share: Facebook Twitter Telegram</div>
<div class="text">
<p>On 20 January, the ambassadors of several countries accredited in Azerbaijan visited the Alley of Martyrs in
Baku and laid flowers at the graves of the victims.</p>
<p>US Ambassador to Azerbaijan Mark Libby also visited the Alley of Martyrs and laid a wreath at the Eternal Flame
memorial.</p>
<p>Thirty-two years have passed since the tragedy, in which 147 people were killed, according to the report.</p>
</div></div></div>
<div class="newsletter">Get our newsletter every morning! <input type="email"></div>
<footer>South Caucasus Daily · About · Contacts · Sitemap</footer>
</body></html>
"""

# A Russian page saved by an older site in windows-1251, which it declares in a http-equiv meta tag.
CYRILLIC_PAGE = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Годовщина трагедии 20 января</title>
<meta property="og:site_name" content="Бакинский вестник">
<meta name="pubdate" content="2020-01-20">
</head><body>
<div class="menu"><a href="/">Главная</a> <a href="/horoscope">Horoscope</a> <a href="/weather">Weather</a></div>
<div class="article">
<h1>Годовщина трагедии 20 января</h1>
<p>Баку, 20 января 2020 года. Прошло 30 лет с трагической ночи, когда в город были введены войска.</p>
<p>Президент Ильхам Алиев посетил Аллею шехидов и возложил венок к памятнику Вечный огонь.</p>
<p>По официальным данным, погибли 147 человек, сотни были ранены и задержаны в ту ночь.</p>
</div>
<div class="footer">Все права защищены. Sitemap</div>
</body></html>
"""

YAML_MARKDOWN = """---
title: "Wreaths at the Eternal Flame"
date: 2017-01-20
source: Harbour Ledger
url: https://harbourledger.example/2017/eternal-flame
tags:
  - commemoration
---
Twenty-seven years have passed since the tragedy of 20 January.

Prime Minister Artur Rasizade visited the Alley of Martyrs on Friday and laid a wreath.
"""

TOML_MARKDOWN = """+++
title = "A minute of silence"
date = 2021-01-20
source = "Old Town Courier"
id = "courier-silence-2021"
+++
Thirty-one years after the tragedy, the country observed a minute of silence at noon.

Speaker Sahiba Gafarova visited the Alley of Martyrs and laid a wreath.
"""

# Long enough to wrap over several lines of a page; the figures sentence is cut over a page break.
_REPORT_PARAGRAPHS = [
    "In the night of 19 to 20 January 1990, units of the Soviet army entered Baku. The commission gathered the "
    "testimony of residents, doctors and journalists who saw the events of that night in the central districts "
    "of the city, and compared it with the records kept by hospitals and by the city's registry offices. ",
    "The hospitals of the city admitted hundreds of wounded residents during the night and on the following "
    "morning; some of them were taken to clinics outside the capital, which made it harder to reconcile the "
    "lists of the wounded with the lists of those who were later declared missing by their families. ",
]
REPORT_TITLE = "Report of the Independent Commission on the Events in Baku"
REPORT_HEADER = "Independent Commission - Baku, January 1990 - Final report"


def report_pdf(pages: int = 3) -> bytes:
    """A multi-page report: a running header and a page-number footer on every page, justified paragraphs, a
    hyphenated word at a line's end ("investi-" / "gation"), and the casualty figures in a sentence that runs
    over a page break."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(REPORT_TITLE)

    def header() -> None:
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 8, REPORT_HEADER, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font("Helvetica", size=11)

    def footer() -> None:
        pdf.set_y(-15)
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 10, f"Page {pdf.page_no()} of {{nb}}", align="C")

    pdf.header = header  # type: ignore[method-assign]
    pdf.footer = footer  # type: ignore[method-assign]
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, REPORT_TITLE)
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    # Written line by line, as a typesetter breaks them, so the hyphenation is the PDF's own.
    for line in (
        "The commission was set up in 1990 to establish what happened. Its investi-",
        "gation took two years and covered every district of the city and its suburbs.",
    ):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for number in range(pages * 3 - 2):
        pdf.multi_cell(0, 6, _REPORT_PARAGRAPHS[number % 2] * 2, align="J")
        pdf.ln(3)
    # Push the next sentence to the page's last lines, so that it is broken by the page break.
    while pdf.get_y() < pdf.h - 20 - 12:
        pdf.cell(0, 6, "", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.h - 20 - 12)
    pdf.multi_cell(
        0,
        6,
        "The commission established that on the night of 19 to 20 January 1990 and in the days that followed, "
        "147 civilians were killed by the troops, 744 people were injured and 841 were arrested, while four "
        "residents are still missing.",
        align="J",
    )
    pdf.ln(3)
    pdf.multi_cell(0, 6, "President Ilham Aliyev visited the Alley of Martyrs in 2010 and laid a wreath.")
    return bytes(pdf.output())


def encrypted_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-secret", user_password="reader-secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "A confidential note about the events of January 1990.")
    return bytes(pdf.output())


def scanned_pdf() -> bytes:
    """A page with only a picture on it, as a scanner makes: no text layer."""
    import struct
    import zlib

    from fpdf import FPDF

    width = height = 8
    raw = b"".join(b"\x00" + bytes([200, 200, 200]) * width for _ in range(height))
    chunk = lambda kind, body: (  # noqa: E731
        struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    )
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(png), x=10, y=10, w=180)
    return bytes(pdf.output())


def compilation_docx() -> bytes:
    """A Word file compiling two dated reports under headings, with a table of figures."""
    import docx

    document = docx.Document()
    document.add_heading("Commemorations of 20 January: a compilation", 0)
    document.add_paragraph("Reports collected from the press, one per year.")
    document.add_heading("20 January 2004", 1)
    document.add_paragraph(
        "President Ilham Aliyev visited the Alley of Martyrs and laid a wreath at the Eternal Flame memorial."
    )
    document.add_paragraph("Fourteen years have passed since the tragedy.")
    document.add_heading("20 January 2010", 1)
    document.add_paragraph("Speaker Ogtay Asadov visited the Alley of Martyrs and laid a wreath.")
    document.add_paragraph("The memorial's plaque gives the toll of the night:")
    table = document.add_table(rows=2, cols=2)
    for row, (label, figure) in enumerate((("Killed", "147"), ("Injured", "744"))):
        table.cell(row, 0).text = label
        table.cell(row, 1).text = figure
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def sample_folder() -> dict[str, str | bytes]:
    """A folder of what researchers collect: the files, by name (for the `write_corpus` fixture)."""
    return {
        "caspian-wire.html": AGENCY_PAGE,
        "diplomats.htm": PORTAL_PAGE,
        "vestnik-2020.html": CYRILLIC_PAGE.encode("cp1251"),
        "saved-page.txt": PORTAL_PAGE.replace("2022-01-20", "2023-01-20"),
        "eternal-flame.md": YAML_MARKDOWN,
        "silence.markdown": TOML_MARKDOWN,
        "commission-report.pdf": report_pdf(),
        "confidential.pdf": encrypted_pdf(),
        "scan.pdf": scanned_pdf(),
        "compilation.docx": compilation_docx(),
        "notes.rtf": r"{\rtf1\ansi Notes on January 1990.}",
        "photo.jpg": b"\xff\xd8\xff\xe0 not really a picture",
        "style.css": "body { color: black }",
    }
