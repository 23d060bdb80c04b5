"""Fuzzy search: forgiving of typos, folded across case, diacritics and script, ranked by relevance.

Each query word is expanded to the archive's words within its edit budget (RapidFuzz over the stored
vocabulary), FTS5 finds the paragraphs holding them, and each candidate paragraph is rescored: how much of
the query it covers (rare words weigh more, typos less), how close together the words stand, and whether
they stand in the query's order. An exact phrase scores 100.
"""

from __future__ import annotations

import itertools
import math
import sqlite3
from dataclasses import dataclass
from typing import Any, ClassVar

from jan20.archive.index import Archive
from jan20.archive.textindex import VocabularyByLength, load_folds, terms_extending
from jan20.errors import Jan20Error
from jan20.query.browse import article_filter
from jan20.records import Layout, Row
from jan20.text.fold import fold, fold_with_offsets, remember, word_spans, words

MAX_QUERY_WORDS = 16  # a pasted paragraph is still a query, but only its first words steer the search
MAX_EXPANSIONS = 24  # vocabulary words tried per query word
MIN_STEM_LETTERS = 4  # shorter query words take no endings: "war" must not find "warm" or "warrant"
MAX_ENDING_LETTERS = 5  # the longest word ending a query word may take: "Xiyaban" → "Xiyabanındakı"
MAX_WORDS_COMBINED = 6  # the rarest query words whose combinations select the passages worth scoring
# When more passages match than a page needs, each article's best few by FTS5's rank: a book-length document whose
# every page holds the word must not fill the candidates and hide the other articles that hold it.
PASSAGES_PER_ARTICLE = 10
SNIPPET_CHARS = 180


@dataclass(frozen=True)
class Hit(Row):
    """A passage that matches the query."""

    LAYOUT: ClassVar[Layout] = Layout(
        columns=("score", "article", "year", "source", "snippet"),
        title="Search results",
        shorten=("snippet", "source"),
        highlight=("snippet", "highlight"),
    )

    article: str
    year: int | None
    source: str | None
    score: int  # 0–100: 100 is the exact phrase
    snippet: str  # the passage around the match, on one line
    start: int  # code-point offsets of the match in the article text
    end: int
    title: str | None
    match: str  # the matched text as written
    highlight: tuple[int, int]  # offsets of the match within the snippet


@dataclass(frozen=True)
class _Word:
    text: str
    budget: int
    variants: dict[str, int]  # vocabulary word → edit distance
    weight: float


def edit_budget(word: str) -> int:
    """How many edits a query word may be off by: none for short words and numbers, up to three for long ones."""
    if word.isdigit() or len(word) <= 3:
        return 0
    if len(word) <= 5:
        return 1
    return 2 if len(word) <= 8 else 3


def ending_cost(extra: int) -> int:
    """What a word ending of extra letters costs against the edit budget: case endings and suffixes ("Xiyabanı"
    → "Xiyabanında", "шехид" → "шехидов") cost less than as many typos, so inflected words stay in reach."""
    return 1 if extra <= 3 else 2


def search(
    archive: Archive,
    query: str,
    *,
    year: int | None = None,
    source: str | None = None,
    limit: int = 10,
    min_score: int = 50,
    all_passages: bool = False,
    exact: bool = False,
) -> list[Hit]:
    """The best passages for query: one per article (its best), or every passage with all_passages; with exact,
    only whole words as typed (case, accents and script still folded; no typos, no endings)."""
    if limit < 1:
        raise Jan20Error("--limit must be at least 1")
    ranked = _ranked(archive, query, year, source, min_score, all_passages, want=limit, exact=exact)
    return [_hit(passage) for passage in ranked[:limit]]


def count(
    archive: Archive,
    query: str,
    *,
    year: int | None = None,
    source: str | None = None,
    min_score: int = 50,
    exact: bool = False,
) -> int:
    """How many articles match query."""
    return len(_ranked(archive, query, year, source, min_score, False, want=None, exact=exact))


def _ranked(
    archive: Archive,
    query: str,
    year: int | None,
    source: str | None,
    min_score: int,
    all_passages: bool,
    want: int | None,
    exact: bool = False,
) -> list[_Scored]:
    if not query.strip():
        raise Jan20Error("the query is empty")
    if not 0 <= min_score <= 100:
        raise Jan20Error("--min-score must be between 0 and 100")
    where, params = article_filter(archive, year, source)
    remember(load_folds(archive.conn))
    plan = _plan(archive.conn, query, exact)
    if not plan:
        return []
    # Listing: the best few thousand passages by FTS5's rank are enough to fill the page. Counting: every one.
    cap = None if want is None else max(200, want * 30)
    per_article = max(PASSAGES_PER_ARTICLE, want) if all_passages and want is not None else PASSAGES_PER_ARTICLE
    every_word = _fts_query(plan, [list(range(len(plan)))])
    candidates = _candidates(archive.conn, every_word, where, params, cap, per_article)
    enough_words = _fts_query(plan, _subsets_that_may_score(plan, min_score))
    if enough_words != every_word and (want is None or len({c["article_id"] for c in candidates}) < want):
        seen = {c["id"] for c in candidates}
        more = _candidates(archive.conn, enough_words, where, params, cap, per_article)
        candidates += [c for c in more if c["id"] not in seen]
    scored = [hit for row in candidates if (hit := _score(row, plan, min_score)) is not None and hit.score >= min_score]
    # Passages holding every word as typed first (what a ripgrep user expects), then the fuzzy ones; by score.
    scored.sort(key=lambda h: (not h.exact, -h.score, h.row["year"] or 0, h.row["article_id"], h.row["start"], h.start))
    if all_passages:
        return scored
    best: dict[str, _Scored] = {}
    for passage in scored:
        best.setdefault(passage.row["article_id"], passage)
    return list(best.values())


def _plan(conn: sqlite3.Connection, query: str, exact: bool = False) -> list[_Word]:
    """The query's words, each with the vocabulary words it may stand for (exact: only itself)."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    total = int((conn.execute("SELECT value FROM meta WHERE key = 'paragraphs'").fetchone() or ["1"])[0]) or 1
    vocabulary = VocabularyByLength(conn)
    plan: list[_Word] = []
    for word in list(dict.fromkeys(words(fold(query))))[:MAX_QUERY_WORDS]:
        if exact:
            budget = 0
            variants = {word: 0} if conn.execute("SELECT 1 FROM vocabulary WHERE term = ?", (word,)).fetchone() else {}
        else:
            budget = edit_budget(word)
            terms = vocabulary.between(len(word) - budget, len(word) + budget)
            found = process.extract(word, terms, scorer=Levenshtein.distance, score_cutoff=budget, limit=MAX_EXPANSIONS)
            variants = {term: int(distance) for term, distance, _ in found}
            _add_endings(conn, word, budget, variants)
        marks = ",".join("?" * len(variants))
        counts = conn.execute(f"SELECT max(paragraphs) FROM vocabulary WHERE term IN ({marks})", list(variants))
        frequency = (counts.fetchone()[0] or 0) if variants else 0
        weight = math.log(1 + total / (1 + frequency)) + 0.1
        plan.append(_Word(word, budget, variants, weight))
    return plan


def _add_endings(conn: sqlite3.Connection, word: str, budget: int, variants: dict[str, int]) -> None:
    """Add the archive's words that are the query word with an ending, at the ending's cost while that stays
    within the budget. Only the word as typed takes endings: on its typo variants they would wander off
    ("wreath" → "breath" → "breathing")."""
    if len(word) < MIN_STEM_LETTERS or not word.isalpha():
        return
    # The longest ending the budget affords: only words that can count are fetched, so none crowd out others.
    room = max((extra for extra in range(1, MAX_ENDING_LETTERS + 1) if ending_cost(extra) <= budget), default=0)
    for term in terms_extending(conn, word, room, MAX_EXPANSIONS):
        cost = ending_cost(len(term) - len(word))
        if cost < variants.get(term, budget + 1):
            variants[term] = cost


def _subsets_that_may_score(plan: list[_Word], min_score: int) -> list[list[int]]:
    """The smallest sets of query words a passage must hold to be able to score min_score (each word counts
    its weight); a passage holding fewer is not worth fetching.

    Only the MAX_WORDS_COMBINED heaviest (rarest) words are combined; the others count as if every passage held
    them, which keeps the rule sound for a long query while its FTS5 query stays small and selective."""
    usable = sorted((q for q, word in enumerate(plan) if word.variants), key=lambda q: -plan[q].weight)
    combined, assumed = usable[:MAX_WORDS_COMBINED], usable[MAX_WORDS_COMBINED:]
    total = sum(word.weight for word in plan)
    bonus = sum(plan[q].weight for q in assumed)
    enough: list[list[int]] = []
    for size in range(1, len(combined) + 1):
        for subset in itertools.combinations(sorted(combined), size):
            weight = bonus + sum(plan[q].weight for q in subset)
            # A score is rounded, so half a point short still counts; a superset of a chosen set adds nothing.
            if 100 * weight >= (min_score - 0.5) * total and not any(set(e) <= set(subset) for e in enough):
                enough.append(list(subset))
    if 100 * bonus >= (min_score - 0.5) * total:
        return [[q] for q in usable]  # the other words alone could make the score: any word will do
    return enough


def _fts_query(plan: list[_Word], subsets: list[list[int]]) -> str | None:
    """An FTS5 query for passages holding every word of one of the subsets (a word: any of its variants)."""
    # Every term is quoted, so nothing from the user's query is ever read as FTS5 syntax.
    groups = ["(" + " OR ".join(f'"{t}"' for t in w.variants) + ")" for w in plan]
    alternatives = [
        " AND ".join(groups[q] for q in subset) for subset in subsets if all(plan[q].variants for q in subset)
    ]
    if not alternatives:
        return None
    return " OR ".join(f"({alternative})" for alternative in alternatives)


# The columns of a candidate passage, with the table each is read from, and as a query around them names them.
_COLUMNS = ("p.id", "p.article_id", "p.start", "p.text", "a.year", "a.source", "a.title")
_SELECTED = ", ".join(_COLUMNS)
_NAMED = ", ".join(column.partition(".")[2] for column in _COLUMNS)


def _candidates(
    conn: sqlite3.Connection,
    expression: str | None,
    where: str,
    params: list[Any],
    cap: int | None,
    per_article: int = PASSAGES_PER_ARTICLE,
) -> list[sqlite3.Row]:
    """The paragraphs that match the FTS5 expression (and the filter): all of them when there are at most cap
    (or cap is None), else the cap best by FTS5's rank (bm25), at most per_article of each article."""
    if expression is None:
        return []
    matched = (
        "FROM paragraphs_fts f JOIN paragraphs p ON p.id = f.rowid JOIN articles a ON a.id = p.article_id "
        f"WHERE paragraphs_fts MATCH ? AND {where} "
    )
    query = f"SELECT {_SELECTED} {matched}"
    # Ranking makes FTS5 count every variant's paragraphs across the archive (for bm25): several times the
    # cost of the match itself. It only decides which to keep when there are more than cap, so it waits for that.
    if cap is None:
        return conn.execute(query, [expression, *params]).fetchall()
    rows = conn.execute(query + "LIMIT ?", [expression, *params, cap + 1]).fetchall()
    if len(rows) > cap:
        numbered = "row_number() OVER (PARTITION BY p.article_id ORDER BY f.rank) AS n"
        ranked = f"SELECT {_SELECTED}, f.rank AS r, {numbered} {matched}"
        best = f"SELECT {_NAMED} FROM ({ranked}) WHERE n <= ? ORDER BY r LIMIT ?"
        rows = conn.execute(best, [expression, *params, per_article, cap]).fetchall()
    return rows


@dataclass(frozen=True)
class _Scored:
    """A candidate paragraph's score, and where the match lies in its folded text."""

    row: sqlite3.Row
    score: int
    start: int  # offsets in the folded paragraph
    end: int
    exact: bool = False  # every query word found as typed (folded): ranked above every fuzzy passage


def _score(row: sqlite3.Row, plan: list[_Word], min_score: int = 0) -> _Scored | None:
    # Scored on the folded text alone: mapping back to the original characters (slower) is left to the few
    # passages that are shown.
    folded = fold(row["text"])
    tokens = words(folded)
    # The best this paragraph could score is the weight of the query words it holds at all: most candidates
    # of the any-word query fall short, and are dropped before their words are located.
    present = set(tokens)
    held = sum(word.weight for word in plan if not present.isdisjoint(word.variants))
    if 100 * held < (min_score - 0.5) * sum(word.weight for word in plan):  # a score is rounded
        return None
    occurrences: list[list[tuple[int, float]]] = []  # per query word: (token index, similarity)
    for word in plan:
        found = []
        for index, token in enumerate(tokens):
            distance = word.variants.get(token)
            if distance is not None:
                found.append((index, 1 - distance / max(len(word.text), len(token))))
        occurrences.append(found)
    chosen = _best_window(occurrences, plan)
    if not chosen:
        return None
    total_weight = sum(w.weight for w in plan)
    coverage = sum(plan[q].weight * similarity for q, (_, similarity) in chosen.items()) / total_weight
    positions = [index for index, _ in chosen.values()]
    span = max(positions) - min(positions) + 1
    proximity = len(positions) / span
    in_order = all(chosen[a][0] < chosen[b][0] for a, b in zip(sorted(chosen), sorted(chosen)[1:], strict=False))
    score = 100 * coverage * (0.8 + 0.2 * proximity) * (1.0 if in_order else 0.97)
    spans = [(start, end) for _, start, end in word_spans(folded)]
    exact = len(chosen) == len(plan) and all(similarity == 1 for _, similarity in chosen.values())
    exact = exact and all(tokens[index] == plan[q].text for q, (index, _) in chosen.items())
    return _Scored(row, round(score), spans[min(positions)][0], spans[max(positions)][1], exact)


def _hit(passage: _Scored) -> Hit:
    """The passage as shown: its offsets mapped back from folded to original characters, and a snippet."""
    row = passage.row
    text: str = row["text"]
    _, offsets = fold_with_offsets(text)
    start = offsets[passage.start]
    end = offsets[passage.end - 1] + 1
    snippet, highlight = _snippet(text, start, end)
    return Hit(
        article=row["article_id"],
        year=row["year"],
        source=row["source"],
        score=passage.score,
        snippet=snippet,
        start=row["start"] + start,
        end=row["start"] + end,
        title=row["title"],
        match=text[start:end],
        highlight=highlight,
    )


def _best_window(occurrences: list[list[tuple[int, float]]], plan: list[_Word]) -> dict[int, tuple[int, float]]:
    """For each query word, the occurrence to count: anchored on the rarest word, nearest to it, best matched."""
    present = [q for q, found in enumerate(occurrences) if found]
    if not present:
        return {}
    anchor_word = max(present, key=lambda q: plan[q].weight)
    best: dict[int, tuple[int, float]] = {}
    best_value = -1.0
    for anchor_index, anchor_similarity in occurrences[anchor_word][:50]:
        window = {anchor_word: (anchor_index, anchor_similarity)}
        value = plan[anchor_word].weight * anchor_similarity
        for q in present:
            if q == anchor_word:
                continue
            index, similarity = min(occurrences[q], key=lambda o: (abs(o[0] - anchor_index), -o[1]))
            window[q] = (index, similarity)
            value += plan[q].weight * similarity / (1 + abs(index - anchor_index) / 10)
        if value > best_value:
            best, best_value = window, value
    return best


def _snippet(text: str, start: int, end: int) -> tuple[str, tuple[int, int]]:
    """About SNIPPET_CHARS of text around [start, end), on one line, with the match's offsets in it."""
    room = max(0, SNIPPET_CHARS - (end - start)) // 2
    left = max(0, start - room)
    right = min(len(text), end + room)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    body = text[left:right].replace("\n", " ").replace("\t", " ").replace("\r", " ")
    return prefix + body + suffix, (len(prefix) + start - left, len(prefix) + end - left)
