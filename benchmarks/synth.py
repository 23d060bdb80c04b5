"""A seeded synthetic archive for the benchmarks: English-like news about the commemorations of 20 January.

Each document is about 5 KB: a Markdown title, a "Published 20 January 2019" line, a few paragraphs and a
"Source:" sign-off. Words are drawn Zipf-wise from a ranked vocabulary: common English words first, then
the topic's words, Azerbaijani names and places (some with diacritics), numbers, and the system word list
(/usr/share/dict/words, Debian's `wamerican`); a few words in a thousand carry a typo, so the vocabulary
keeps growing with the archive, as a real one's does. Twenty multi-word phrases are planted in a few
documents each; each phrase also gets misspelled queries (1-3 edits per word, within jan20's edit budget)
whose targets are the documents holding the correct phrase.

Generation runs in chunks of documents, each with its own seed, on every core; the output depends only on
the seed and the document count.
"""

from __future__ import annotations

import functools
import json
import os
import random
import string
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from jan20.query.search import edit_budget  # the planted misspellings use the budget search forgives

GENERATOR_VERSION = 2
DOC_BYTES = 5000  # average document size
CHUNK_DOCS = 500  # documents per generation task
TYPO_RATE = 0.0025  # share of words written with a typo: the vocabulary keeps growing with the archive
DOCS_PER_PHRASE = (3, 5)  # each planted phrase goes into this many documents
WORD_LIST = Path("/usr/share/dict/words")


def _words(text: str) -> list[str]:
    return text.split()


COMMON = _words("""the , of and to in a that is was for on with as by it at from his he be this are were have
has had not but they which their an its or been who will one more also after all would new there about
two when what other into than first over them years some year people so can time only many then
these her she may most said could we our us him state made where under between both such before while
those through during against three day because each well later since last being any own until city
government national country world part us if high public president former including however city minister
long young old great small large""")

TOPIC = _words("""january tragedy martyrs alley memorial anniversary victims baku azerbaijan azerbaijani soviet troops
army tanks commemoration ceremony flowers wreath wreaths carnations mourning independence sovereignty nation
nations ministry embassy ambassador statement minute silence memory heroes shehids shehid honour honoured
killed wounded civilians curfew emergency night streets square mosque monument cemetery graves relatives
families survivors witnesses journalists archives documents commission parliament resolution genocide
crime justice condolences tribute tributes remembrance remembered commemorated diaspora community students
schools exhibition concert requiem candles vigil veterans government officials delegation diplomats""")

FIRST_NAMES = _words("""Ilham Heydar Mehriban Rashad Elchin Murad Leyla Aynur Vugar Tural Sevinj Farid Kamran Nigar
Orkhan Samir Gunel Ramil Elnur Zaur Aysel Jamal Nazim Rauf Anar Arzu Khalid Ulviyya Emin Fuad Rovshan Shahin Parviz
Mammad Ali Hasan Huseyn Ibrahim Ismayil Ramiz Vagif Zaur Nurlan Elmira Sabina Tarlan Yusif Anar""")

SURNAMES = _words("""Aliyev Aliyeva Mammadov Mammadova Hasanov Huseynov Guliyev Ismayilov Ibrahimov Abbasov Rzayev
Babayev Gasimov Jafarov Mustafayev Karimov Sultanov Bagirov Nasirov Valiyev Ahmadov Safarov Hajiyev Orujov
Alakbarov Najafov Zeynalov Rahimov Yusifov Askerov Mirzayev Quliyev Hüseynov Məmmədov Əliyev Şahbazov""")

PLACES = _words("""Baku Ganja Sumgait Shamakhi Lankaran Nakhchivan Shusha Sheki Quba Mingachevir Salyan Neftchala
Tbilisi Moscow Ankara Brussels Washington Strasbourg Şəki Gəncə Xankəndi Ağdam Bakı""")

SOURCES = ("AZERTAC", "Azernews", "Report", "Trend", "APA", "JAMnews", "EU Reporter", "Caspian News", "News.az")

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip

# (as written in the documents, as a user would type it)
PHRASES: tuple[tuple[str, str], ...] = (
    ("eternal flame memorial", "eternal flame memorial"),
    ("Murtuz Alasgarov", "murtuz alasgarov"),
    ("Salatyn Asgarova", "salatyn asgarova"),
    ("Şəhidlər Xiyabanı", "sehidler xiyabani"),
    ("candlelight vigil organisers", "candlelight vigil organisers"),
    ("national mourning declaration", "national mourning declaration"),
    ("sovereignty restoration anniversary", "sovereignty restoration anniversary"),
    ("Heydar Aliyev Foundation exhibition", "heydar aliyev foundation exhibition"),
    ("military curfew proclamation", "military curfew proclamation"),
    ("parliamentary commission findings", "parliamentary commission findings"),
    ("humanitarian relief convoy", "humanitarian relief convoy"),
    ("documentary photographer archive", "documentary photographer archive"),
    ("requiem concert at the philharmonic", "requiem concert at the philharmonic"),
    ("Vaqif Samadoglu poetry reading", "vaqif samadoglu poetry reading"),
    ("international tribunal petition", "international tribunal petition"),
    ("commemorative postage stamp", "commemorative postage stamp"),
    ("state of emergency decree", "state of emergency decree"),
    ("Khojaly genocide remembrance", "khojaly genocide remembrance"),
    ("Mehriban Aliyeva bouquet", "mehriban aliyeva bouquet"),
    ("Nagorno Karabakh ceasefire", "nagorno karabakh ceasefire"),
)


@dataclass(frozen=True)
class Query:
    """A misspelled query and the documents (paths relative to the corpus) that hold its correct phrase."""

    text: str
    phrase: str
    kind: str  # light, medium or heavy: see misspelled_queries
    edits: int
    targets: tuple[str, ...] = ()


@dataclass
class Manifest:
    """What was generated: enough to reuse an archive and to score recall against it."""

    version: int
    seed: int
    size_mb: int
    docs: int
    bytes: int
    queries: list[Query] = field(default_factory=list)

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Manifest:
        raw = json.loads(path.read_text(encoding="utf-8"))
        raw["queries"] = [Query(**{**q, "targets": tuple(q["targets"])}) for q in raw["queries"]]
        return cls(**raw)


@dataclass(frozen=True)
class _Chunk:
    seed: int
    index: int
    first_doc: int
    docs: int
    root: str
    plants: dict[int, list[int]]  # document number → indexes into PHRASES


# --- misspellings -----------------------------------------------------------------------------------------


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def misspell_word(word: str, edits: int, rng: random.Random) -> str:
    """word with exactly `edits` edits, still within the edit budget of the misspelled word itself."""
    for _ in range(1000):
        letters = list(word)
        for _ in range(edits):
            position = rng.randrange(1, len(letters))  # keep the first letter, as people mostly do
            operation = rng.choice("sdi")
            if operation == "s":
                letters[position] = rng.choice(string.ascii_lowercase)
            elif operation == "d":
                del letters[position]
            else:
                letters.insert(position, rng.choice(string.ascii_lowercase))
        typo = "".join(letters)
        if levenshtein(word, typo) == edits and edits <= edit_budget(typo):
            return typo
    raise ValueError(f"cannot misspell {word!r} by {edits} edits")


def misspelled_queries(seed: int) -> list[Query]:
    """Three misspelled queries per planted phrase, from one edit in one word to every word at its full budget.

    light: the longest word gets one edit; medium: every word that may be misspelled gets one edit;
    heavy: every word gets as many edits as its budget allows (1-3).
    """
    rng = random.Random(f"queries-{seed}")
    queries = []
    for _, typed in PHRASES:
        words = typed.split()
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        plans = {
            "light": [1 if i == longest else 0 for i in range(len(words))],
            "medium": [min(1, edit_budget(w)) for w in words],
            "heavy": [edit_budget(w) for w in words],
        }
        for kind, edits in plans.items():
            text = " ".join(misspell_word(w, n, rng) if n else w for w, n in zip(words, edits, strict=True))
            queries.append(Query(text, typed, kind, sum(edits)))
    return queries


# --- vocabulary ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """Words ranked by frequency, with cumulative Zipf weights for random.choices."""

    words: list[str]
    cum_weights: list[float]


def _word_list() -> list[str]:
    """Words from the system word list (lowercase and capitalised, no possessives), else synthetic ones."""
    if WORD_LIST.exists():
        lines = WORD_LIST.read_text(encoding="utf-8", errors="replace").split()
        return sorted({w for w in lines if w.isalpha() and "'" not in w})
    print(f"bench: {WORD_LIST} not found (apt-get install wamerican); using synthetic words")
    rng = random.Random(0)
    syllables = [c + v for c in "bcdfghklmnprstvz" for v in "aeiou"] + ["an", "er", "in", "on", "st", "tion"]
    return sorted({"".join(rng.choices(syllables, k=rng.randint(1, 5))) for _ in range(80_000)})


@functools.cache
def vocabulary(seed: int) -> Vocabulary:
    """The ranked vocabulary: common words, topic words, names and places, numbers, then the word list."""
    rng = random.Random(f"vocabulary-{seed}")
    names = [f"{first} {last}" for first in FIRST_NAMES for last in SURNAMES]
    rng.shuffle(names)
    numbers = [str(n) for n in (*range(1, 32), *range(1990, 2026), 147, 150, 744, 800, 1000)]
    middle = TOPIC + PLACES + FIRST_NAMES + SURNAMES + numbers + ["January"] * 3
    rng.shuffle(middle)
    tail = _word_list()
    rng.shuffle(tail)
    # Names are spread through the tail, so some full names are common and most are rare.
    for position, name in zip(rng.sample(range(len(tail)), len(names)), names, strict=True):
        tail.insert(position, name)
    ranked = list(dict.fromkeys(COMMON)) + middle + tail
    cumulative, total = [], 0.0
    for rank in range(len(ranked)):
        total += 1.0 / (rank + 2.7)  # Zipf-Mandelbrot with s = 1
        cumulative.append(total)
    return Vocabulary(ranked, cumulative)


class _TokenStream:
    """Words sampled in big batches (random.choices is fast only over many draws)."""

    def __init__(self, vocab: Vocabulary, rng: random.Random, batch: int) -> None:
        self._vocab, self._rng, self._batch = vocab, rng, batch
        self._tokens: list[str] = []
        self._position = 0

    def take(self, count: int) -> list[str]:
        if self._position + count > len(self._tokens):
            self._tokens = self._rng.choices(self._vocab.words, cum_weights=self._vocab.cum_weights, k=self._batch)
            _add_typos(self._tokens, self._rng)
            self._position = 0
        taken = self._tokens[self._position : self._position + count]
        self._position += count
        return taken


def _add_typos(tokens: list[str], rng: random.Random) -> None:
    """Give TYPO_RATE of the words (of four letters or more) one random edit, in place."""
    for index in rng.sample(range(len(tokens)), int(len(tokens) * TYPO_RATE)):
        word = tokens[index]
        if len(word) < 4 or " " in word:
            continue
        position, letter = rng.randrange(1, len(word)), rng.choice(string.ascii_lowercase)
        operation = rng.choice("sdi")
        if operation == "s":
            tokens[index] = word[:position] + letter + word[position + 1 :]
        elif operation == "d":
            tokens[index] = word[:position] + word[position + 1 :]
        else:
            tokens[index] = word[:position] + letter + word[position:]


# --- documents ----------------------------------------------------------------------------------------------


def _sentence(stream: _TokenStream, rng: random.Random) -> str:
    text = " ".join(stream.take(rng.randint(8, 28))).replace(" ,", ",").strip(" ,")
    return text[:1].upper() + text[1:] + ("?" if rng.random() < 0.02 else ".")


def _paragraphs(stream: _TokenStream, rng: random.Random, size: int) -> list[list[str]]:
    """Paragraphs (lists of sentences) adding up to about size characters."""
    paragraphs: list[list[str]] = []
    length = 0
    while length < size:
        paragraph = [_sentence(stream, rng) for _ in range(rng.randint(3, 8))]
        paragraphs.append(paragraph)
        length += sum(len(s) + 1 for s in paragraph)
    return paragraphs


def _plant(paragraphs: list[list[str]], phrase: str, rng: random.Random) -> None:
    """Put phrase at the end of a random sentence (before its full stop)."""
    paragraph = rng.choice(paragraphs)
    index = rng.randrange(len(paragraph))
    paragraph[index] = f"{paragraph[index][:-1]}, {rng.choice(('near the', 'said', 'with', 'and'))} {phrase}."


def _document(number: int, stream: _TokenStream, rng: random.Random, phrases: Sequence[str]) -> tuple[str, str]:
    """(relative path, text) of one document."""
    year = rng.randint(1991, 2025)
    month, day = (
        (1, rng.choice((19, 20, 20, 20, 21))) if rng.random() < 0.8 else (rng.randint(1, 12), rng.randint(1, 28))
    )
    source = rng.choice(SOURCES)
    slug = source.lower().replace(" ", "-").replace(".", "-")
    title = " ".join(w.capitalize() for w in stream.take(rng.randint(5, 10)) if w != ",")
    size = max(1500, min(12000, int(rng.gauss(DOC_BYTES - 200, 1200))))
    paragraphs = _paragraphs(stream, rng, size)
    for phrase in phrases:
        _plant(paragraphs, phrase, rng)
    body = "\n\n".join(" ".join(p) for p in paragraphs)
    text = f"# {title}\n\nPublished {day} {MONTHS[month - 1]} {year}\n\n{body}\n\nSource: {source}\n"
    return f"{year}/{slug}/{slug}-{year}-{month:02d}-{day:02d}-{number:06d}.txt", text


def _write_chunk(chunk: _Chunk) -> tuple[int, dict[int, list[str]]]:
    """Write one chunk's documents; (bytes written, phrase index → paths of the documents it was planted in)."""
    rng = random.Random(f"chunk-{chunk.seed}-{chunk.index}")
    stream = _TokenStream(vocabulary(chunk.seed), rng, batch=chunk.docs * DOC_BYTES // 6 + 10_000)
    written = 0
    planted: dict[int, list[str]] = {}
    made_dirs: set[str] = set()
    for number in range(chunk.first_doc, chunk.first_doc + chunk.docs):
        phrase_ids = chunk.plants.get(number, [])
        path, text = _document(number, stream, rng, [PHRASES[i][0] for i in phrase_ids])
        for i in phrase_ids:
            planted.setdefault(i, []).append(path)
        full = os.path.join(chunk.root, path)
        folder = os.path.dirname(full)
        if folder not in made_dirs:
            os.makedirs(folder, exist_ok=True)
            made_dirs.add(folder)
        data = text.encode("utf-8")
        with open(full, "wb") as handle:
            handle.write(data)
        written += len(data)
    return written, planted


def _plan_plants(docs: int, seed: int) -> dict[int, list[int]]:
    """Which documents get which phrases: a few distinct documents per phrase."""
    rng = random.Random(f"plants-{seed}")
    plants: dict[int, list[int]] = {}
    for phrase_id in range(len(PHRASES)):
        for number in rng.sample(range(docs), min(docs, rng.randint(*DOCS_PER_PHRASE))):
            plants.setdefault(number, []).append(phrase_id)
    return plants


def _chunks(root: Path, docs: int, seed: int) -> Iterator[_Chunk]:
    plants = _plan_plants(docs, seed)
    for index, first in enumerate(range(0, docs, CHUNK_DOCS)):
        count = min(CHUNK_DOCS, docs - first)
        mine = {n: p for n, p in plants.items() if first <= n < first + count}
        yield _Chunk(seed, index, first, count, str(root), mine)


def generate(root: Path, size_mb: int, seed: int) -> Manifest:
    """Write an archive of about size_mb megabytes under root (which must not exist yet)."""
    docs = max(20, size_mb * 1_000_000 // DOC_BYTES)
    vocabulary(seed)  # built once here, inherited by forked workers
    total = 0
    planted: dict[int, list[str]] = {}
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for written, chunk_planted in pool.map(_write_chunk, _chunks(root, docs, seed)):
            total += written
            for phrase_id, paths in chunk_planted.items():
                planted.setdefault(phrase_id, []).extend(paths)
    queries = [
        Query(q.text, q.phrase, q.kind, q.edits, tuple(sorted(planted[_phrase_id(q.phrase)])))
        for q in misspelled_queries(seed)
    ]
    return Manifest(GENERATOR_VERSION, seed, size_mb, docs, total, queries)


def _phrase_id(typed: str) -> int:
    return next(i for i, (_, t) in enumerate(PHRASES) if t == typed)
