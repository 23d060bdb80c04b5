"""How fast each format is read: MB/s of files of each format through jan20's reader (formats.read_file), on
documents made on the spot (tests/format_samples.py, grown to a realistic size), and the PDF libraries compared.

    .venv/bin/python benchmarks/formats.py [--repeat 5]
    .venv/bin/pip install pypdf && .venv/bin/python benchmarks/formats.py   # adds pypdf's row, for comparison

File MB/s counts the file's bytes, text MB/s the UTF-8 bytes of the text read from it (a PDF or Word file is
compressed, so it holds more text than its size); the time is the median of --repeat reads, libraries already
imported (their import cost, paid once per worker process, is shown apart). Raw numbers: benchmarks/formats.json.
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import format_samples as samples  # noqa: E402

from jan20.reading.formats import read_file  # noqa: E402
from jan20.reading.formats.pdf import join_pages, without_running_lines  # noqa: E402


def _page(paragraphs: int) -> bytes:
    body = "".join(
        f"<p>Paragraph {n}. The ceremony at the Alley of Martyrs gathered residents of every district, and "
        f"wreaths were laid at the Eternal Flame memorial by delegations of {n % 40 + 2} organisations.</p>\n"
        for n in range(paragraphs)
    )
    return samples.AGENCY_PAGE.replace("</article>", body + "</article>").encode()


def _markdown(paragraphs: int) -> bytes:
    return (samples.YAML_MARKDOWN + samples.TOML_MARKDOWN.split("+++")[-1] * paragraphs).encode()


def _docx(paragraphs: int) -> bytes:
    import io

    import docx

    document = docx.Document(io.BytesIO(samples.compilation_docx()))
    for n in range(paragraphs):
        document.add_paragraph(
            f"Paragraph {n}. The commission heard witnesses from every district of the city and compared their "
            "accounts with the hospitals' records of the wounded and the dead."
        )
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _pypdf_text(data: bytes) -> str:
    import io

    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    pages = [[" ".join(line.split()) for line in page.extract_text().splitlines()] for page in reader.pages]
    return join_pages(without_running_lines(pages, str))


def _median_seconds(work: Callable[[], object], repeat: int) -> float:
    work()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _import_ms(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return float(output) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    files = {
        "report.pdf": samples.report_pdf(pages=40),
        "page.html": _page(400),
        "compilation.docx": _docx(2000),
        "notes.md": _markdown(2000),
    }
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, data in files.items():
            path = Path(folder) / name
            path.write_bytes(data)
            seconds = _median_seconds(lambda path=path, name=name: read_file(path, name), args.repeat)
            text = read_file(path, name).text.encode()
            rows.append(
                {"reader": f"jan20 {Path(name).suffix}", "bytes": len(data), "text": len(text), "seconds": seconds}
            )
        pdf = files["report.pdf"]
        try:
            importlib.import_module("pypdf")
        except ImportError:
            print("(pypdf not installed: its comparison row is left out)")
        else:
            seconds = _median_seconds(lambda: _pypdf_text(pdf), args.repeat)
            text = _pypdf_text(pdf).encode()
            rows.append({"reader": "pypdf .pdf (compared)", "bytes": len(pdf), "text": len(text), "seconds": seconds})
    imports = {
        module: round(_import_ms(module), 1) for module in ("trafilatura", "pypdfium2", "docx", "pypdf") if _has(module)
    }
    print(f"{'reader':<24} {'file':>10} {'text':>10} {'time':>10} {'file MB/s':>10} {'text MB/s':>10}")
    for row in rows:
        row["mb_per_s"] = round(row["bytes"] / row["seconds"] / 1e6, 2)
        row["text_mb_per_s"] = round(row["text"] / row["seconds"] / 1e6, 2)
        print(
            f"{row['reader']:<24} {row['bytes'] / 1e3:>7.0f} KB {row['text'] / 1e3:>7.0f} KB "
            f"{row['seconds'] * 1000:>7.1f} ms {row['mb_per_s']:>10.2f} {row['text_mb_per_s']:>10.2f}"
        )
    print("import, ms: " + ", ".join(f"{module} {ms}" for module, ms in imports.items()))
    (Path(__file__).parent / "formats.json").write_text(json.dumps({"rows": rows, "import_ms": imports}, indent=2))
    return 0


def _has(module: str) -> bool:
    try:
        importlib.util.find_spec(module)  # type: ignore[attr-defined]
    except (ImportError, ValueError):
        return False
    return importlib.util.find_spec(module) is not None  # type: ignore[attr-defined]


if __name__ == "__main__":
    raise SystemExit(main())
