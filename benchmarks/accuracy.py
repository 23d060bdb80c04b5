"""Accuracy of jan20's extractors against a hand-annotated folder of documents.

    python benchmarks/accuracy.py                       # the shipped folder: benchmarks/accuracy/
    python benchmarks/accuracy.py --docs DIR --gold FILE [--json] [--verbose]

The gold file is a JSON array, one object per document file (its path relative to DIR):

    {"file": "en-01.txt", "year": 2024 | null, "anniversary": 34 | null,
     "attendees": [{"name": "Ilham Aliyev", "role": "President" | null}],
     "casualties": [{"category": "killed", "value": 147, "qualifier": "exact", "scope": "total",
                     "who": "civilians" | null}]}

Run it with the interpreter jan20 is installed in (it uses jan20's own RapidFuzz and anyascii). jan20 runs
as its installed command (the `jan20` script beside this interpreter, else on PATH, or --jan20)
with a temporary index, so the folder is read exactly as a user's would be. A file that jan20 splits into
several articles is scored as one: its attendees and figures are pooled, its year is that of its earliest
article and its anniversary the first one stated.

Scores:
- attendees: precision and recall of the people present. A person is matched when the folded names are
  close (case, diacritics and script folded with anyascii, common transliteration pairs such as x/kh, q/g,
  ə/a made alike, then RapidFuzz ratio ≥ 85 on the whole name or with the words sorted), against jan20's
  merged name or its mention as written. Each prediction matches at most one gold person.
- roles: of matched attendees, the share whose role equals the gold role once folded (strict), and the
  share where one contains the other's words (lenient: token-set ratio ≥ 90; "Ambassador" for "Ambassador
  of Turkey" counts there).
- year, anniversary: the share of files whose value (null included) equals the gold.
- casualties: precision and recall of figures matched on category + value + qualifier (each used once; a
  figure the file states again, in its headline and its body, counts once);
  of the matched figures, the share with the right scope and the right who.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz

HERE = Path(__file__).resolve().parent
DEFAULT_DOCS = HERE / "accuracy" / "docs"
DEFAULT_GOLD = HERE / "accuracy" / "gold.json"
NAME_THRESHOLD = 85.0
ROLE_LENIENT = 90.0

# Transliteration pairs folded alike after anyascii: Azerbaijani, Turkish and Russian spellings of one name
# ("Əliyev" / "Aliyev" / "Алиев", "Xəzər" / "Khazar", "Qafarova" / "Gafarova", "Bağcı" / "Bagci").
_PAIRS = (
    ("dzh", "j"),
    ("kh", "h"),
    ("zh", "j"),
    ("sh", "s"),
    ("ch", "c"),
    ("yu", "u"),
    ("ya", "a"),
    ("ye", "e"),
    ("iy", "i"),
    ("x", "h"),
    ("q", "g"),
    ("w", "v"),
    ("y", ""),
)


def fold(text: str | None) -> str:
    """Lower case, no diacritics, Latin letters and spaces only."""
    if not text:
        return ""
    text = text.replace("Ə", "A").replace("ə", "a").replace("İ", "I").replace("ı", "i")
    text = anyascii(unicodedata.normalize("NFC", text)).lower()
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    return " ".join(text.split())


def name_key(name: str | None) -> str:
    key = fold(name)
    for a, b in _PAIRS:
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


def name_score(a: str, b: str) -> float:
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0.0
    # Turkish and Azerbaijani "c" is Russian "дж" ("Cahit Bağcı" / "Джахит Багджи"): try both readings
    pairs = ((ka, kb), (ka.replace("c", "j"), kb.replace("c", "j")))
    return max(max(fuzz.ratio(x, y), fuzz.token_sort_ratio(x, y)) for x, y in pairs)


def role_key(role: str | None) -> str:
    return " ".join(w for w in fold(role).split() if w not in {"the", "a", "an"})


def roles_equal(gold: str | None, pred: str | None, lenient: bool) -> bool:
    g, p = role_key(gold), role_key(pred)
    if not g or not p:
        return g == p
    return g == p or (lenient and fuzz.token_set_ratio(g, p) >= ROLE_LENIENT)


# ---------------------------------------------------------------------------------------------------------
# Running jan20


def jan20_command(explicit: str | None) -> list[str]:
    if explicit:
        return [explicit]
    beside = Path(sys.executable).parent / "jan20"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("jan20")
    if found:
        return [found]
    sys.exit("accuracy: no jan20 command found (install jan20, or pass --jan20 PATH)")


def run_json(cmd: list[str], docs: Path, index: Path, *args: str) -> list[dict[str, Any]]:
    full = [*cmd, "--corpus", str(docs), "--index", str(index), *args, "-f", "json"]
    proc = subprocess.run(full, capture_output=True, text=True, encoding="utf-8", check=False)
    if proc.returncode not in (0, 1):
        sys.exit(f"accuracy: {' '.join(full)} failed ({proc.returncode}): {proc.stderr.strip()}")
    out = proc.stdout.strip()
    return json.loads(out) if out else []


def predictions(cmd: list[str], docs: Path) -> dict[str, dict[str, Any]]:
    """Per file (path relative to docs): year, stated anniversary, attendees, casualty figures."""
    with tempfile.TemporaryDirectory() as tmp:
        index = Path(tmp) / "accuracy.sqlite"
        articles = run_json(cmd, docs, index, "list")
        attendees = run_json(cmd, docs, index, "attendees")
        casualties = run_json(cmd, docs, index, "casualties", "--rows")
        anniversaries = run_json(cmd, docs, index, "anniversaries")
    path_of = {a["id"]: a["path"] for a in articles}
    files: dict[str, dict[str, Any]] = {}
    for a in articles:
        entry = files.setdefault(a["path"], {"articles": [], "attendees": [], "casualties": []})
        entry["articles"].append(a)
    stated = {row["article"]: row.get("stated") for row in anniversaries if row.get("article")}
    for entry in files.values():
        # a compilation's articles in date order: the file's year is its earliest dated article's
        entry["articles"].sort(key=lambda a: (a["date"] is None, a["date"] or "", a["id"]))
        first = entry["articles"][0]
        entry["year"] = first["year"]
        entry["anniversary"] = next((stated[a["id"]] for a in entry["articles"] if stated.get(a["id"])), None)
    for row in attendees:
        files[path_of[row["article"]]]["attendees"].append(row)
    for row in casualties:
        files[path_of[row["article"]]]["casualties"].append(row)
    return files


# ---------------------------------------------------------------------------------------------------------
# Matching


def match_attendees(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> tuple[list, list, list]:
    """(matched (gold, pred) pairs, missed gold, false-positive predictions); predictions deduplicated by name."""
    seen: dict[str, dict[str, Any]] = {}
    for row in pred:
        seen.setdefault(name_key(row["name"]), row)
    unique = list(seen.values())
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(unique):
            score = max(name_score(g["name"], p["name"]), name_score(g["name"], p.get("mention") or ""))
            if score >= NAME_THRESHOLD:
                pairs.append((score, gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched.append((gold[gi], unique[pi]))
    missed = [g for i, g in enumerate(gold) if i not in used_g]
    extra = [p for i, p in enumerate(unique) if i not in used_p]
    return matched, missed, extra


def casualty_key(row: dict[str, Any]) -> tuple[str, int, str]:
    return (row["category"], int(row["value"]), row["qualifier"])


def match_casualties(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> tuple[list, list, list]:
    left = list(pred)
    matched, missed = [], []
    for g in gold:
        # prefer the prediction that also agrees on scope and who
        candidates = [p for p in left if casualty_key(p) == casualty_key(g)]
        if not candidates:
            missed.append(g)
            continue
        candidates.sort(key=lambda p: (p["scope"] != g["scope"], p.get("who") != g.get("who")))
        best = candidates[0]
        left.remove(best)
        matched.append((g, best))
    # A figure a file states more than once (in its headline and its body) is one figure the source reports, as
    # the gold lists it: its repeats are neither matches nor false figures.
    seen = {casualty_key(g) for g, _ in matched}
    false = []
    for p in left:
        if casualty_key(p) not in seen:
            seen.add(casualty_key(p))
            false.append(p)
    return matched, missed, false


# ---------------------------------------------------------------------------------------------------------
# Scoring


def ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def score(gold_rows: list[dict[str, Any]], files: dict[str, dict[str, Any]]) -> dict[str, Any]:
    tally: Counter[str] = Counter()
    per_file = []
    gold_files = {g["file"] for g in gold_rows}
    for g in gold_rows:
        p = files.get(g["file"], {"year": None, "anniversary": None, "attendees": [], "casualties": []})
        m_att, miss_att, fp_att = match_attendees(g["attendees"], p["attendees"])
        m_cas, miss_cas, fp_cas = match_casualties(g["casualties"], p["casualties"])
        year_ok = g["year"] == p["year"]
        ann_ok = g["anniversary"] == p["anniversary"]
        role_strict = [roles_equal(gg["role"], pp["role"], lenient=False) for gg, pp in m_att]
        role_lenient = [roles_equal(gg["role"], pp["role"], lenient=True) for gg, pp in m_att]
        tally.update(
            files=1,
            year_ok=year_ok,
            ann_ok=ann_ok,
            att_gold=len(g["attendees"]),
            att_pred=len(m_att) + len(fp_att),
            att_tp=len(m_att),
            role_strict=sum(role_strict),
            role_lenient=sum(role_lenient),
            cas_gold=len(g["casualties"]),
            cas_pred=len(m_cas) + len(fp_cas),
            cas_tp=len(m_cas),
            scope_ok=sum(gg["scope"] == pp["scope"] for gg, pp in m_cas),
            who_ok=sum(gg.get("who") == pp.get("who") for gg, pp in m_cas),
        )
        per_file.append(
            {
                "file": g["file"],
                "year": {"gold": g["year"], "pred": p["year"]} if not year_ok else None,
                "anniversary": {"gold": g["anniversary"], "pred": p["anniversary"]} if not ann_ok else None,
                "attendees_missed": [a["name"] for a in miss_att],
                "attendees_false": [f"{a['name']} ({a['mention']})" for a in fp_att],
                "roles_wrong": [
                    {"name": gg["name"], "gold": gg["role"], "pred": pp["role"]}
                    for (gg, pp), ok in zip(m_att, role_strict, strict=True)
                    if not ok
                ],
                "casualties_missed": [_fig(c) for c in miss_cas],
                "casualties_false": [f"{_fig(c)} «{c.get('quote', '')[:90]}»" for c in fp_cas],
                "scope_or_who_wrong": [
                    f"{_fig(gg)}: scope {gg['scope']}/{pp['scope']}, who {gg.get('who')}/{pp.get('who')}"
                    for gg, pp in m_cas
                    if gg["scope"] != pp["scope"] or gg.get("who") != pp.get("who")
                ],
            }
        )
    unannotated = sorted(set(files) - gold_files)
    summary = {
        "files": tally["files"],
        "attendees": {
            "gold": tally["att_gold"],
            "predicted": tally["att_pred"],
            "matched": tally["att_tp"],
            "precision": ratio(tally["att_tp"], tally["att_pred"]),
            "recall": ratio(tally["att_tp"], tally["att_gold"]),
        },
        "roles": {
            "matched": tally["att_tp"],
            "strict": ratio(tally["role_strict"], tally["att_tp"]),
            "lenient": ratio(tally["role_lenient"], tally["att_tp"]),
        },
        "year": ratio(tally["year_ok"], tally["files"]),
        "anniversary": ratio(tally["ann_ok"], tally["files"]),
        "casualties": {
            "gold": tally["cas_gold"],
            "predicted": tally["cas_pred"],
            "matched": tally["cas_tp"],
            "precision": ratio(tally["cas_tp"], tally["cas_pred"]),
            "recall": ratio(tally["cas_tp"], tally["cas_gold"]),
            "scope": ratio(tally["scope_ok"], tally["cas_tp"]),
            "who": ratio(tally["who_ok"], tally["cas_tp"]),
        },
        "unannotated_files": unannotated,
    }
    return {"summary": summary, "files": per_file}


def _fig(row: dict[str, Any]) -> str:
    who = f" {row['who']}" if row.get("who") else ""
    return f"{row['category']} {row['qualifier']} {row['value']} ({row['scope']}{who})"


TARGETS = {
    "attendees precision": 0.95,
    "attendees recall": 0.90,
    "roles (strict)": 0.90,
    "year": 0.95,
    "anniversary": 0.95,
    "casualties precision": 0.95,
    "casualties recall": 0.95,
}


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def print_table(result: dict[str, Any], verbose: bool) -> None:
    s = result["summary"]
    att, cas, roles = s["attendees"], s["casualties"], s["roles"]
    rows = [
        ("attendees precision", att["precision"], f"{att['matched']}/{att['predicted']}"),
        ("attendees recall", att["recall"], f"{att['matched']}/{att['gold']}"),
        ("roles (strict)", roles["strict"], f"of {roles['matched']} matched"),
        ("roles (lenient)", roles["lenient"], f"of {roles['matched']} matched"),
        ("year", s["year"], f"of {s['files']} files"),
        ("anniversary", s["anniversary"], f"of {s['files']} files"),
        ("casualties precision", cas["precision"], f"{cas['matched']}/{cas['predicted']}"),
        ("casualties recall", cas["recall"], f"{cas['matched']}/{cas['gold']}"),
        ("casualty scope", cas["scope"], f"of {cas['matched']} matched"),
        ("casualty who", cas["who"], f"of {cas['matched']} matched"),
    ]
    print(f"{'metric':<22} {'score':>7}  {'count':<16} target")
    for label, value, count in rows:
        target = TARGETS.get(label)
        mark = "" if target is None or value is None else f"≥{target:.0%} " + ("ok" if value >= target else "MISS")
        print(f"{label:<22} {_pct(value):>7}  {count:<16} {mark}")
    if s["unannotated_files"]:
        print(f"\nfiles jan20 read that the gold does not annotate: {', '.join(s['unannotated_files'])}")
    if not verbose:
        return
    for f in result["files"]:
        lines = []
        if f["year"]:
            lines.append(f"  year: gold {f['year']['gold']}, jan20 {f['year']['pred']}")
        if f["anniversary"]:
            lines.append(f"  anniversary: gold {f['anniversary']['gold']}, jan20 {f['anniversary']['pred']}")
        lines += [f"  attendee missed: {n}" for n in f["attendees_missed"]]
        lines += [f"  attendee false: {n}" for n in f["attendees_false"]]
        lines += [f"  role: {r['name']}: gold {r['gold']!r}, jan20 {r['pred']!r}" for r in f["roles_wrong"]]
        lines += [f"  figure missed: {c}" for c in f["casualties_missed"]]
        lines += [f"  figure false: {c}" for c in f["casualties_false"]]
        lines += [f"  figure scope/who (gold/jan20): {c}" for c in f["scope_or_who_wrong"]]
        if lines:
            print(f"\n{f['file']}")
            print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS, help="folder of annotated documents")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSON file")
    parser.add_argument("--jan20", help="the jan20 command to run (default: beside this Python, else on PATH)")
    parser.add_argument("--json", action="store_true", help="print the scores and per-file errors as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="list each file's misses and false hits")
    parser.add_argument(
        "--by-prefix",
        action="store_true",
        help="also score each group of files sharing the name's first part before '-' (en-01.txt → en)",
    )
    args = parser.parse_args(argv)
    if not args.docs.is_dir():
        parser.error(f"--docs {args.docs} is not a folder")
    gold_rows = json.loads(args.gold.read_text(encoding="utf-8"))
    missing = [g["file"] for g in gold_rows if not (args.docs / g["file"]).is_file()]
    if missing:
        parser.error(f"gold names files not in {args.docs}: {', '.join(missing)}")
    os.environ.pop("JAN20_NO_REFRESH", None)
    files = predictions(jan20_command(args.jan20), args.docs.resolve())
    result = score(gold_rows, files)
    groups: dict[str, list[dict[str, Any]]] = {}
    if args.by_prefix:
        for g in gold_rows:
            groups.setdefault(Path(g["file"]).name.split("-")[0], []).append(g)
        result["groups"] = {k: score(v, files)["summary"] for k, v in sorted(groups.items())}
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print_table(result, args.verbose)
        for name, summary in result.get("groups", {}).items():
            print(f"\n[{name}]")
            print_table({"summary": {**summary, "unannotated_files": []}, "files": []}, verbose=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
