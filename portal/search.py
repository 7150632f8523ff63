"""Site search: one interface, a backend per database, the Chinese segmenter on both sides.

Shaped like Wagtail's search backends. Callers use four things:

- `search(q, language, …)` returns lazy `Results` (a `count()` and slices of `Hit`s) that the list
  paginator pages like any other list;
- `reindex(model, pks)` / `unindex(model, pks)` keep the index current: the signals connected by
  `connect_signals()` call them on every save and delete, and `ContentQuerySet` on every queryset
  `update()` and bulk write, in the same transaction as the change;
- `rebuild()` (`manage.py rebuild_search_index`) fills the index from scratch.

The index is one table, `SearchEntry` (portal/models/search.py): a row per searchable object per
language it is written in, holding what a result shows (kind, section, date, title, plain text).
Drafts are never indexed; a scheduled article is indexed with its publish time and found only once
that time has come. Addresses are not stored: the view builds them from the section tree, so a
section that moves never leaves a stale link.

Words. English is folded (case and accents) and stemmed by the database: PostgreSQL's `english`
configuration, SQLite's `porter` tokenizer. Chinese is segmented here with rjieba (jieba-rs) and a
user dictionary of the area's names (AREA_WORDS and the directory's parks, zones and enterprises),
in search mode (`cut_for_search`: 两江新区 also yields 两江 and 新区). A Chinese text is indexed twice
over: as its words, and as its single characters in order. A query word the dictionary knows
matches the *word* (so 果园港 finds 果园港 and not texts with 果 or 港 apart); a run of characters
it does not know matches those characters as a *phrase* (adjacent, in order), so any text that
contains it is found. Both sides segment with the same dictionary, without the HMM guesser, so the
same text always gives the same words.

Backends. PostgreSQL: two stored `tsvector` columns per row (`title_vector`; `vector` = title
weight A + text weight B), `english` for English rows, `simple` over the segmented words for
Chinese ones, GIN indexes per language; ranked title matches first, then `ts_rank_cd`, then newest;
`ts_headline` for English snippets. SQLite: an FTS5 table (rowid = entry id) over the same
segmented text, `bm25()` with a title weight, `snippet()` for English. Chinese snippets are cut and
marked here (the characters of the query, found in the text), the same on both databases.

User text never reaches the database as syntax: the query is cleaned (control characters, unpaired
surrogates, length), split into plain letter-and-digit tokens, and the query expression is built
here from those tokens only and passed as a parameter.
"""

import re
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape, unescape

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
TABLE = "portal_searchentry"
FTS_TABLE = "portal_searchentry_fts"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # "visible from" of everything but articles
MAX_QUERY_CHARACTERS = 200  # longer input is cut: nobody searches with a paragraph
MAX_TERMS = 12
# Results are counted up to this many ("more than 1,000 results", 100 pages): counting or ranking
# 70,000 matches of a common word costs seconds, and nobody reads page 101.
COUNT_LIMIT = 1000
MAX_ATOMS = 24  # words and phrases of a query, all clauses together
MAX_PHRASE = 12  # a longer run of characters is matched as consecutive phrases of this length
BATCH = 1000

# ---------------------------------------------------------------------------------------------
# What a result is

KINDS = {
    "story": _("News story"),
    "photo": _("Photo story"),
    "video": _("Video"),
    "page": _("Page"),
    "park": _("Industrial park"),
    "industry": _("Industry"),
    "enterprise": _("Enterprise"),
    "zone": _("Development zone"),
    "official": _("Official"),
    "department": _("Department"),
}
TYPES = {  # the type filter
    "news": ("story", "photo", "video"),
    "directory": ("park", "industry", "enterprise", "zone", "official", "department"),
    "pages": ("page",),
}
ENTRY_SECTION_KINDS = {  # a directory kind → the kind of the section that lists it
    "park": "parks",
    "industry": "industries",
    "enterprise": "enterprises",
    "zone": "zones",
    "official": "officials",
    "department": "departments",
}


@dataclass
class Hit:
    """One result: what it is, where it lives (built by the view), its marked title and snippet."""

    model: str
    object_id: int
    kind: str
    section_id: int | None
    date: datetime | None
    slug: str
    title: str  # safe HTML: escaped, with <mark>s
    snippet: str  # safe HTML
    url: str = ""
    section: object = None

    @property
    def kind_label(self):
        return KINDS.get(self.kind, "")


# ---------------------------------------------------------------------------------------------
# Words: cleaning, folding, the Chinese segmenter

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_CHAR = re.compile(f"[{CJK}]")
CJK_RUN = re.compile(f"[{CJK}]+")
# A token: a run of Chinese characters, or a run of other letters and digits (any script).
TOKEN = re.compile(f"[{CJK}]+|[^\\W_{CJK}]+")
TAG = re.compile(r"<[^>]*>")
SPACES = re.compile(r"\s+")
# Control and format characters, surrogates, private use, non-characters: never text.
CONTROL = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ud800-\uf8ff\ufdd0-\ufdef\ufeff\ufff0-\uffff]"
)
MARK_START, MARK_END = "\x02", "\x03"  # never in indexed text (control characters are removed)

# The area's names: the segmenter keeps each as one word.
AREA_WORDS = [
    "两江新区", "重庆两江新区", "两江", "果园港", "鱼复", "龙兴", "水土", "悦来", "礼嘉", "江北嘴",
    "寸滩", "两路", "两路寸滩", "两路寸滩综合保税区", "综合保税区", "保税区", "明月湖", "仙桃数据谷",
    "空港工业园", "龙盛", "照母山", "照母山森林公园", "礼嘉智慧公园", "悦来滨江", "园博园",
    "两江幸福广场", "两江国际影视城", "智博会", "西洽会", "重庆车展", "成渝地区双城经济圈", "管委会",
]  # fmt: skip

ENGLISH_STOPWORDS = {"a", "an", "and", "at", "by", "for", "in", "is", "of", "on", "or", "the", "to"}


def clean(text):
    """Text as the index and the queries see it: no tags, no control or private-use characters,
    entities decoded, whitespace collapsed."""
    if not text:
        return ""
    text = unescape(TAG.sub(" ", text)) if "<" in text or "&" in text else text
    return SPACES.sub(" ", CONTROL.sub(" ", text)).strip()


def fold(text):
    """Lower case without accents: café → cafe (English rows and queries)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Segmenter:
    """rjieba with the area's dictionary, loaded on first use and shared by the process's threads.
    Names of directory entries indexed by this process are added as they are indexed; a name that
    another process added is still found here, through its characters (see the module's notes)."""

    def __init__(self):
        self._jieba = None
        self._lock = threading.Lock()

    @property
    def jieba(self):
        if self._jieba is None:
            with self._lock:
                if self._jieba is None:
                    import rjieba

                    jieba = rjieba.Jieba()
                    for word in [*AREA_WORDS, *demo_directory_names()]:
                        jieba.add_word(word, None, None)
                    self._jieba = jieba
        return self._jieba

    def add_words(self, words):
        for word in words:
            if len(word) > 1 and CJK_RUN.fullmatch(word) and not self.jieba.has_word(word):
                self.jieba.add_word(word, None, None)

    def knows(self, word):
        return len(word) > 1 and self.jieba.has_word(word)

    def for_index(self, text):
        """(words, characters) of a Chinese text, each space-separated: the search-mode words
        (letters and digits of other scripts kept as they are), and the Chinese characters."""
        words = [w for w in self.jieba.cut_for_search(text, False) if TOKEN.fullmatch(w)]
        return " ".join(words), " ".join(CJK_CHAR.findall(text))

    def for_query(self, run):
        """A run of Chinese characters as query atoms: ("word", w) for each word the dictionary
        knows, ("chars", [c, …]) for each stretch of characters between them."""
        atoms, pending = [], []
        for piece in self.jieba.cut(run, False):
            if self.knows(piece):
                if pending:
                    atoms.append(("chars", pending))
                    pending = []
                atoms.append(("word", piece))
            else:
                pending.extend(piece)
        if pending:
            atoms.append(("chars", pending))
        return atoms


segmenter = Segmenter()


def demo_directory_names():
    """The Chinese names of the demo directory's parks, zones and enterprises."""
    from portal.demo import directory

    names = []
    for entries in (directory.PARKS, directory.ZONES, directory.ENTERPRISES):
        for entry in entries:
            name = entry.get("zh_hans", {}).get("name", "")
            names.extend(CJK_RUN.findall(name))
    return [name for name in names if len(name) > 1]


def index_texts(language, title, body):
    """(title, body) as the index reads them: folded English, or Chinese words then characters."""
    if language == "en":
        return fold(title), fold(body)
    return tuple(" ".join(segmenter.for_index(text)) for text in (title, body))


# ---------------------------------------------------------------------------------------------
# Queries: parsed once, written for each backend


@dataclass
class Clause:
    atoms: list  # ("word", w) | ("chars", [c, …]) | ("phrase", [w, …]); all must match
    negated: bool = False


@dataclass
class Query:
    language: str
    clauses: list = field(default_factory=list)
    needles: list = field(default_factory=list)  # what a Chinese snippet marks

    @property
    def positive(self):
        return [clause for clause in self.clauses if not clause.negated]

    def __bool__(self):
        return bool(self.positive)


QUERY_PART = re.compile(r'(-?)"([^"]*)"|(\S+)')


def clean_query(q):
    """The visitor's text, made safe to handle: no control characters or unpaired surrogates,
    full-width forms made ordinary (ＡＢＣ → ABC), at most MAX_QUERY_CHARACTERS."""
    q = (q or "")[: MAX_QUERY_CHARACTERS * 4]
    q = q.encode("utf-8", "replace").decode("utf-8", "replace")  # lone surrogates → ?
    q = SPACES.sub(" ", CONTROL.sub(" ", unicodedata.normalize("NFKC", q)))  # text, not HTML
    return q[:MAX_QUERY_CHARACTERS].strip()


def parse(q, language):
    """The query's clauses: words, "quoted phrases" and -excluded words, all of them required."""
    query = Query(language)
    for match in QUERY_PART.finditer(clean_query(q)):
        if len(query.clauses) >= MAX_TERMS:
            break
        minus, quoted, bare = match.groups()
        negated = bool(minus) or (bare is not None and bare.startswith("-") and len(bare) > 1)
        text = quoted if quoted is not None else bare
        clause = _clause(text, language, phrase=quoted is not None, negated=negated)
        room = MAX_ATOMS - sum(len(c.atoms) for c in query.clauses)
        clause.atoms = clause.atoms[: max(room, 0)]
        if clause.atoms:
            query.clauses.append(clause)
            if not negated:
                query.needles.extend(_needles(clause))
    return query


def _clause(text, language, phrase, negated):
    tokens = TOKEN.findall(text)
    atoms = []
    if language == "en":
        words = [fold(token) for token in tokens]
        if phrase and len(words) > 1:
            atoms.append(("phrase", words))
        else:
            atoms.extend(("word", word) for word in words)
        return Clause(atoms, negated)
    for token in tokens:
        if not CJK_CHAR.match(token):
            atoms.append(("word", token.lower()))
        elif phrase:
            atoms.append(("chars", list(token)))
        else:
            atoms.extend(segmenter.for_query(token))
    pieces = [piece for atom in atoms for piece in _shorter(atom)]
    unique = list(
        {(kind, tuple(value) if kind != "word" else value): None for kind, value in pieces}
    )
    return Clause([(k, list(v) if k != "word" else v) for k, v in unique], negated)


def _shorter(atom):
    """A phrase of at most MAX_PHRASE parts: a long one (a pasted sentence) is cut into several,
    which still find every text that holds the whole, and cost the database no more than that."""
    kind, value = atom
    if kind == "word" or len(value) <= MAX_PHRASE:
        return [atom]
    return [(kind, value[i : i + MAX_PHRASE]) for i in range(0, len(value), MAX_PHRASE)]


def _needles(clause):
    for kind, value in clause.atoms:
        if kind == "word":
            yield value
        else:
            yield "".join(value) if kind == "chars" else " ".join(value)


def to_tsquery_text(query):
    """PostgreSQL `to_tsquery` syntax, built from letter-and-digit tokens only."""

    def atom(kind, value):
        if kind == "word":
            return f"'{value}'"
        return "(" + " <-> ".join(f"'{part}'" for part in value) + ")"

    def clause(c):
        text = " & ".join(atom(*a) for a in c.atoms)
        return f"!({text})" if c.negated else f"({text})"

    return " & ".join(clause(c) for c in query.positive + [c for c in query.clauses if c.negated])


def _stopword(query, atom):
    return query.language == "en" and atom[0] == "word" and atom[1] in ENGLISH_STOPWORDS


def to_fts5_text(query, title_only=False):
    """SQLite FTS5 syntax: every token quoted (tokens hold no quotes), each in its columns."""
    words = "{title}" if title_only else "{title body}"
    chars = "{title_chars}" if title_only else "{title_chars body_chars}"

    def atom(kind, value):
        if kind == "word":
            return f'{words} : "{value}"'
        return f'{chars if kind == "chars" else words} : "{" ".join(value)}"'

    def clause(c):
        # FTS5 has no stop words: "the" would have to be there. PostgreSQL's `english` drops them.
        atoms = [a for a in c.atoms if not _stopword(query, a)] or c.atoms
        return "(" + " AND ".join(atom(*a) for a in atoms) + ")"

    text = " AND ".join(clause(c) for c in query.positive)
    negated = [clause(c) for c in query.clauses if c.negated]
    if negated:
        text = f"({text}) NOT ({' OR '.join(negated)})"
    return text


# ---------------------------------------------------------------------------------------------
# Searching


@dataclass
class Filters:
    kinds: tuple = ()  # empty: every kind
    sections: tuple = ()  # section ids; empty: every section
    year: int | None = None
    by_date: bool = False  # newest first instead of by relevance


class Results:
    """The lazy result list: `count()` and slices, so the site's paginator pages it like a list."""

    def __init__(self, query, filters, now=None):
        self.query = query
        self.filters = filters
        self.now = now or timezone.now()
        self.backend = get_backend()
        self._found = None

    @property
    def found(self):
        """How many match, counted up to COUNT_LIMIT + 1 (one query, once)."""
        if self._found is None:
            self._found = (
                self.backend.count(self.query, self.filters, self.now) if self.query else 0
            )
        return self._found

    @property
    def capped(self):
        """More match than are counted and shown."""
        return self.found > COUNT_LIMIT

    def count(self):
        return min(self.found, COUNT_LIMIT)

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("Results are read in slices")
        start, stop = index.start or 0, index.stop
        if not self.query or stop is None or stop <= start:
            return []
        precise = not self.capped  # rank every match by its score, or the first tiers only
        return self.backend.hits(self.query, self.filters, self.now, start, stop - start, precise)


def search(q, language, filters=None, now=None):
    """What `q` finds in `language` (public, written in that language), as lazy `Results`."""
    return Results(parse(q, language), filters or Filters(), now)


def _where(query, filters, now, alias="e"):
    # `date` is when an entry becomes visible (an article's publish time; 1970 for the rest), so
    # "public now" is a range on the (language, -date, -id) index: a newest-first walk starts at
    # the first public entry instead of filtering the scheduled ones one by one.
    conditions = [f"{alias}.language = %s", f"{alias}.date <= %s"]
    params = [query.language, _db_datetime(now)]
    if filters.kinds:
        conditions.append(f"{alias}.kind IN ({', '.join(['%s'] * len(filters.kinds))})")
        params.extend(filters.kinds)
    if filters.sections:
        conditions.append(f"{alias}.section_id IN ({', '.join(['%s'] * len(filters.sections))})")
        params.extend(filters.sections)
    if filters.year:
        start = datetime(filters.year, 1, 1, tzinfo=UTC)
        end = datetime(filters.year + 1, 1, 1, tzinfo=UTC)
        conditions.append(f"{alias}.date >= %s AND {alias}.date < %s")
        params.extend([_db_datetime(start), _db_datetime(end)])
    return " AND ".join(conditions), params


def _db_datetime(value):
    return connection.ops.adapt_datetimefield_value(value)


def _from_db_datetime(value):
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = parse_datetime(value)
    if timezone.is_naive(value):  # SQLite: UTC without an offset
        value = timezone.make_aware(value, UTC)
    return value if value > EPOCH else None  # undated: a page, a directory entry


def marked(text):
    """Escape a text whose matches the database framed with MARK_START/MARK_END, then mark them."""
    html = escape(text or "")
    html = html.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return mark_safe(html.replace("</mark> <mark>", " "))


def mark_needles(text, needles, width=None):
    """`text` escaped, with each needle (case-insensitive) in <mark>; cut to about `width`
    characters around the first match when `width` is given (Chinese snippets)."""
    text = text or ""
    found = [n for n in dict.fromkeys(needles) if n]
    pattern = (
        re.compile("|".join(re.escape(n) for n in sorted(found, key=len, reverse=True)), re.I)
        if found
        else None
    )
    prefix = suffix = ""
    if width and len(text) > width:
        first = pattern.search(text) if pattern else None
        start = max(0, (first.start() if first else 0) - width // 4)
        end = start + width
        prefix, suffix = ("…" if start else ""), ("…" if end < len(text) else "")
        text = text[start:end]
    if pattern is None:
        return mark_safe(escape(prefix + text + suffix))
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe(escape(prefix) + "".join(parts) + escape(suffix))


SNIPPET_CHARACTERS = 120  # a Chinese snippet's length


def _hit(row, query, title_marked=None, snippet_marked=None):
    model, object_id, kind, section_id, date, slug, title, body = row[:8]
    if query.language == "en" and title_marked is not None:
        title_html, snippet_html = marked(title_marked), marked(snippet_marked)
    else:
        title_html = mark_needles(title, query.needles)
        snippet_html = mark_needles(body, query.needles, width=SNIPPET_CHARACTERS)
    return Hit(
        model=model,
        object_id=object_id,
        kind=kind,
        section_id=section_id,
        date=_from_db_datetime(date),
        slug=slug,
        title=title_html,
        snippet=snippet_html,
    )


COLUMNS = "e.model, e.object_id, e.kind, e.section_id, e.date, e.slug, e.title"


class PostgresBackend:
    HEADLINE = (
        f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15, "
        'MaxFragments=2, FragmentDelimiter=" … "'
    )

    def config(self, query):
        return "english" if query.language == "en" else "simple"

    def count(self, query, filters, now):
        where, params = _where(query, filters, now)
        sql = (
            f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} e, to_tsquery(%s::regconfig, %s) q "
            f"WHERE {where} AND e.vector @@ q LIMIT %s) found"
        )
        with connection.cursor() as cursor:
            cursor.execute(
                sql, [self.config(query), to_tsquery_text(query), *params, COUNT_LIMIT + 1]
            )
            return cursor.fetchone()[0]

    def ranked(self, query, filters, now, offset, limit, precise):
        """The SQL (and its parameters) of the page's entries, in order, as a subquery.

        Up to COUNT_LIMIT matches (`precise`): title matches first, then by `ts_rank_cd`, then
        newest. Beyond: title matches first, then newest; each of the two parts walks the
        (language, -date, -id) index and stops after the page, instead of scoring every match
        (a common word's 70,000 vectors). `sort=date`: newest first, the same walk.

        The walks test a row with `ts_match_vq()`, the function behind `@@`, which no GIN index
        answers: the planner, which cannot know that more than COUNT_LIMIT rows match (it
        estimates a few for a query of several words), would otherwise fetch every match through
        the GIN index and sort them all (11,000 rows, 25 ms, for "new energy vehicles")."""
        where, params = _where(query, filters, now)
        base = f"SELECT e.* FROM {TABLE} e, to_tsquery(%s::regconfig, %s) q WHERE {where}"
        head = [self.config(query), to_tsquery_text(query), *params]
        newest = "e.date DESC, e.id DESC"
        if filters.by_date and not precise:
            sql = f"{base} AND ts_match_vq(e.vector, q) ORDER BY {newest} LIMIT %s OFFSET %s"
            return sql, [*head, limit, offset]
        if filters.by_date:
            sql = f"{base} AND e.vector @@ q ORDER BY {newest} LIMIT %s OFFSET %s"
            return sql, [*head, limit, offset]
        if precise:
            order = f"(e.title_vector @@ q) DESC, ts_rank_cd(e.vector, q) DESC, {newest}"
            sql = f"{base} AND e.vector @@ q ORDER BY {order} LIMIT %s OFFSET %s"
            return sql, [*head, limit, offset]
        sql = (
            f"SELECT * FROM ((SELECT 0 AS tier, t.* FROM ({base} AND e.title_vector @@ q "
            f"ORDER BY {newest} LIMIT %s) t) UNION ALL (SELECT 1 AS tier, b.* FROM ({base} "
            f"AND NOT ts_match_vq(e.title_vector, q) AND ts_match_vq(e.vector, q) "
            f"ORDER BY {newest} LIMIT %s) b)) e "
            f"ORDER BY e.tier, {newest} LIMIT %s OFFSET %s"
        )
        return sql, [*head, offset + limit, *head, offset + limit, limit, offset]

    def hits(self, query, filters, now, offset, limit, precise=True):
        inner, inner_params = self.ranked(query, filters, now, offset, limit, precise)
        english = query.language == "en"
        # The snippets are made for the page's rows only, after the ranking.
        extra = (
            "ts_headline('english', page.title, q, 'HighlightAll=true, "
            f"StartSel={MARK_START}, StopSel={MARK_END}'), "
            f"ts_headline('english', page.body, q, %s)"
            if english
            else "NULL, NULL"
        )
        sql = (
            f"WITH page AS (SELECT {COLUMNS}, e.body, row_number() OVER () AS n FROM ({inner}) e) "
            f"SELECT page.model, page.object_id, page.kind, page.section_id, page.date, page.slug, "
            f"page.title, {'NULL' if english else 'page.body'}, {extra} "
            f"FROM page, to_tsquery(%s::regconfig, %s) q ORDER BY page.n"
        )
        text = to_tsquery_text(query)
        config = self.config(query)
        all_params = list(inner_params)
        if english:
            all_params.append(self.HEADLINE)
        all_params.extend([config, text])
        # The inner query's order survives the CTE: row_number() over the already ordered rows.
        with connection.cursor() as cursor:
            cursor.execute(sql, all_params)
            rows = cursor.fetchall()
        return [_hit(row, query, row[8], row[9]) if english else _hit(row, query) for row in rows]

    def write(self, cursor, documents):
        from psycopg2.extras import execute_values

        rows = []
        for d in documents:
            config = "english" if d.language == "en" else "simple"
            title_index, body_index = index_texts(d.language, d.title, d.body)
            rows.append(
                (
                    *d.columns(),
                    config,
                    title_index,
                    config,
                    title_index,
                    config,
                    body_index,
                )
            )
        execute_values(
            cursor.cursor,  # psycopg2's own cursor under Django's wrapper
            f"INSERT INTO {TABLE} (model, object_id, language, kind, section_id, date, "
            "visible_from, slug, title, body, title_vector, vector) VALUES %s",
            rows,
            template="(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, to_tsvector(%s::regconfig, %s), "
            "setweight(to_tsvector(%s::regconfig, %s), 'A') || "
            "setweight(to_tsvector(%s::regconfig, %s), 'B'))",
            page_size=200,
        )

    def delete(self, cursor, model, pks):
        cursor.execute(
            f"DELETE FROM {TABLE} WHERE model = %s AND object_id = ANY(%s)", [model, list(pks)]
        )

    def clear(self, cursor):
        cursor.execute(f"TRUNCATE {TABLE}")


class SqliteBackend:
    TITLE_WEIGHT = 10.0

    def count(self, query, filters, now):
        where, params = _where(query, filters, now)
        sql = (
            f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} f JOIN {TABLE} e ON e.id = f.rowid "
            f"WHERE f.{FTS_TABLE} MATCH %s AND {where} LIMIT %s)"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [to_fts5_text(query), *params, COUNT_LIMIT + 1])
            return cursor.fetchone()[0]

    def hits(self, query, filters, now, offset, limit, precise=True):
        where, params = _where(query, filters, now)
        weight = self.TITLE_WEIGHT
        if filters.by_date:
            order, order_params = "e.date DESC, e.id DESC", []
        else:
            order = (
                f"(e.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)) DESC, "
                f"bm25({FTS_TABLE}, {weight}, 1.0, {weight}, 1.0), e.date DESC, e.id DESC"
            )
            order_params = [to_fts5_text(query, title_only=True)]
        english = query.language == "en"
        marks = f"'{MARK_START}', '{MARK_END}'"
        sql = (
            f"SELECT {COLUMNS}, {'NULL' if english else 'e.body'}, "
            f"highlight({FTS_TABLE}, 0, {marks}), snippet({FTS_TABLE}, 1, {marks}, ' … ', 30) "
            f"FROM {FTS_TABLE} f JOIN {TABLE} e ON e.id = f.rowid "
            f"WHERE f.{FTS_TABLE} MATCH %s AND {where} ORDER BY {order} LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [to_fts5_text(query), *params, *order_params, limit, offset])
            rows = cursor.fetchall()
        return [_hit(row, query, row[8], row[9]) if english else _hit(row, query) for row in rows]

    def write(self, cursor, documents):
        for d in documents:
            cursor.execute(
                f"INSERT INTO {TABLE} (model, object_id, language, kind, section_id, date, "
                "visible_from, slug, title, body) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                d.columns(),
            )
            if d.language == "en":
                columns = (d.title, d.body, "", "")
            else:
                (title_words, title_chars), (body_words, body_chars) = (
                    segmenter.for_index(d.title),
                    segmenter.for_index(d.body),
                )
                columns = (title_words, body_words, title_chars, body_chars)
            cursor.execute(
                f"INSERT INTO {FTS_TABLE} (rowid, title, body, title_chars, body_chars) "
                "VALUES (%s, %s, %s, %s, %s)",
                [cursor.lastrowid, *columns],
            )

    def delete(self, cursor, model, pks):
        pks = list(pks)
        for start in range(0, len(pks), 500):
            chunk = pks[start : start + 500]
            marks = ", ".join(["%s"] * len(chunk))
            select = f"SELECT id FROM {TABLE} WHERE model = %s AND object_id IN ({marks})"
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({select})", [model, *chunk])
            cursor.execute(
                f"DELETE FROM {TABLE} WHERE model = %s AND object_id IN ({marks})", [model, *chunk]
            )

    def clear(self, cursor):
        cursor.execute(f"DELETE FROM {FTS_TABLE}")
        cursor.execute(f"DELETE FROM {TABLE}")


def get_backend(vendor=None):
    vendor = vendor or connection.vendor
    return PostgresBackend() if vendor == "postgresql" else SqliteBackend()


# ---------------------------------------------------------------------------------------------
# Indexing: what each model contributes


@dataclass
class Document:
    model: str
    object_id: int
    language: str
    kind: str
    section_id: int | None
    date: datetime | None
    visible_from: datetime
    slug: str
    title: str
    body: str

    def columns(self):
        return (
            self.model,
            self.object_id,
            self.language,
            self.kind,
            self.section_id,
            _db_datetime(self.date),
            _db_datetime(self.visible_from),
            self.slug,
            self.title,
            self.body,
        )


def _suffix(language):
    return language.replace("-", "_")


def _translated(names):
    return [f"{name}_{_suffix(code)}" for name in names for code in LANGUAGE_CODES]


def _text(row, language, *names):
    return " ".join(clean(row.get(f"{name}_{_suffix(language)}")) for name in names).strip()


@dataclass
class Source:
    """One indexed model: the columns it reads and the documents it makes of a row."""

    label: str
    fields: list
    documents: object  # (source, row, context) -> iterable of Documents


def _article_documents(row, context):
    if row["status"] != "published":
        return
    kind = {"photos": "photo", "videos": "video"}.get(context.section_kinds.get(row["section_id"]))
    for language in LANGUAGE_CODES:
        title = _text(row, language, "title")
        if not title:
            continue
        yield Document(
            "portal.article",
            row["id"],
            language,
            kind or "story",
            row["section_id"],
            row["published_at"],
            row["published_at"],
            "",
            title,
            _text(row, language, "summary", "byline", "body"),
        )


def _section_documents(row, context):
    if row["kind"] != "page":
        return
    for language in LANGUAGE_CODES:
        title = _text(row, language, "title")
        if title:
            body = _text(row, language, "intro", "body")
            yield Document(
                "portal.section",
                row["id"],
                language,
                "page",
                row["id"],
                EPOCH,
                EPOCH,
                "",
                title,
                body,
            )


def _entry_documents(label, kind, text_fields, title_field="name"):
    def documents(row, context):
        for language in LANGUAGE_CODES:
            title = _text(row, language, title_field)
            if not title:
                continue  # not written in this language: a Chinese search never shows the English
            if language != "en":
                segmenter.add_words(CJK_RUN.findall(title))
            yield Document(
                label,
                row["id"],
                language,
                kind,
                context.entry_sections.get(ENTRY_SECTION_KINDS[kind]),
                EPOCH,
                EPOCH,
                row.get("slug", ""),
                title,
                _text(row, language, *text_fields),
            )

    return documents


SOURCES = {
    source.label: source
    for source in [
        Source(
            "portal.article",
            ["id", "status", "section_id", "published_at"]
            + _translated(["title", "summary", "byline", "body"]),
            _article_documents,
        ),
        Source(
            "portal.section",
            ["id", "kind"] + _translated(["title", "intro", "body"]),
            _section_documents,
        ),
        Source(
            "portal.industrialpark",
            ["id", "slug"]
            + _translated(["name", "summary", "district", "leading_industries", "body"]),
            _entry_documents(
                "portal.industrialpark",
                "park",
                ["summary", "district", "leading_industries", "body"],
            ),
        ),
        Source(
            "portal.industry",
            ["id", "slug"] + _translated(["name", "summary", "body"]),
            _entry_documents("portal.industry", "industry", ["summary", "body"]),
        ),
        Source(
            "portal.enterprise",
            ["id", "slug"] + _translated(["name", "summary", "body"]),
            _entry_documents("portal.enterprise", "enterprise", ["summary", "body"]),
        ),
        Source(
            "portal.developmentzone",
            ["id", "slug"] + _translated(["name", "summary", "body"]),
            _entry_documents("portal.developmentzone", "zone", ["summary", "body"]),
        ),
        Source(
            "portal.official",
            ["id"] + _translated(["name", "title", "biography"]),
            _entry_documents("portal.official", "official", ["title", "biography"]),
        ),
        Source(
            "portal.department",
            ["id"] + _translated(["name", "duties", "address"]),
            _entry_documents("portal.department", "department", ["duties", "address"]),
        ),
    ]
}


class Context:
    """What documents need besides their own row: section kinds, the directory's sections."""

    def __init__(self, get_model):
        Section = get_model("portal", "Section")
        rows = list(
            Section._base_manager.order_by("position", "pk").values("id", "kind", "parent_id")
        )
        self.section_kinds = {row["id"]: row["kind"] for row in rows}
        self.entry_sections = {}
        for row in rows:  # the canonical section of a kind: the first item of a menu that has it
            if row["parent_id"] and row["kind"] not in self.entry_sections:
                self.entry_sections[row["kind"]] = row["id"]


def _live_model(app_label, name):
    from django.apps import apps

    return apps.get_model(app_label, name)


def is_indexed(model):
    return model._meta.label_lower in SOURCES


def reindex(model, pks, get_model=_live_model, context=None):
    """Make the index say what the database now says about these objects of `model` (any mix of
    created, changed, unpublished or deleted ones). In the caller's transaction."""
    source = SOURCES.get(model._meta.label_lower)
    pks = [pk for pk in pks if pk is not None]
    if source is None or not pks:
        return
    backend = get_backend()
    context = context or Context(get_model)
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(pks), BATCH):
            chunk = pks[start : start + BATCH]
            rows = model._base_manager.filter(pk__in=chunk).values(*source.fields)
            documents = [d for row in rows for d in source.documents(row, context)]
            backend.delete(cursor, source.label, chunk)
            if documents:
                backend.write(cursor, documents)


def unindex(model, pks):
    source = SOURCES.get(model._meta.label_lower)
    if source is None:
        return
    with connection.cursor() as cursor:
        get_backend().delete(cursor, source.label, [pk for pk in pks if pk is not None])


def rebuild(get_model=_live_model, progress=None):
    """Empty the index and index everything again, model by model, in batches.
    `progress(label, done, total)` is called after each batch."""
    backend = get_backend()
    with transaction.atomic(), bulk_writes():
        with connection.cursor() as cursor:
            backend.clear(cursor)
        context = Context(get_model)
        for label in SOURCES:
            model = get_model(*label.split("."))
            pks = list(model._base_manager.order_by("pk").values_list("pk", flat=True))
            for start in range(0, len(pks), BATCH):
                reindex(model, pks[start : start + BATCH], get_model, context)
                if progress:
                    progress(label, min(start + BATCH, len(pks)), len(pks))
            if progress and not pks:
                progress(label, 0, 0)


GIN_INDEXES = f"""
    SELECT indexname, indexdef FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename = '{TABLE}' AND indexdef LIKE '%% USING gin %%'
"""
# The GIN indexes the search needs (as migration 0016 made them): one per vector and language,
# partial, so each is half the size and a query walks only its own language's.
GIN_INDEX_DEFINITIONS = {
    f"search_{column}_{suffix}": (
        f"CREATE INDEX search_{column}_{suffix} ON {TABLE} USING gin ({column}) "
        f"WHERE language = '{language}'"
    )
    for language, suffix in (("en", "en"), ("zh-hans", "zh"))
    for column in ("vector", "title_vector")
}


@contextmanager
def bulk_writes():
    """Many index writes at once (a rebuild, `generate_content`). On PostgreSQL the GIN indexes
    are dropped for the duration and built again at the end, with the statistics the planner
    needs: one build is several times faster than as many row-by-row updates, and gives a compact
    index (a count over 70,000 matches reads half as many pages). Elsewhere: nothing to do.

    Searches wait for the end (the drop holds the table's lock), so it is for maintenance, not for
    an editor's save. Inside a transaction an error rolls the drop back with the rest."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        # Those there now, and those the search needs even if a run killed halfway dropped them.
        cursor.execute(GIN_INDEXES)
        indexes = dict(GIN_INDEX_DEFINITIONS) | dict(cursor.fetchall())
        for name in indexes:
            cursor.execute(f"DROP INDEX IF EXISTS {connection.ops.quote_name(name)}")
    failed = False
    try:
        yield
    except BaseException:
        failed = True
        raise
    finally:
        if not (failed and connection.in_atomic_block):  # else the rollback restores them
            with connection.cursor() as cursor:
                cursor.execute("SET maintenance_work_mem = '256MB'")  # GIN builds in memory
                for definition in indexes.values():
                    cursor.execute(definition)
                cursor.execute("RESET maintenance_work_mem")
                cursor.execute(f"ANALYZE {TABLE}")


def pks_before_update(queryset):
    """The ids a queryset `update()` is about to change, when its model is indexed (else None)."""
    if not is_indexed(queryset.model):
        return None
    return list(queryset.values_list("pk", flat=True))


def connect_signals():
    """Every save and delete of an indexed model updates the index in the same transaction."""
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save

    def saved(sender, instance, raw=False, **kwargs):
        if not raw:  # loaddata: `rebuild_search_index` afterwards
            reindex(sender, [instance.pk])

    def deleted(sender, instance, **kwargs):
        unindex(sender, [instance.pk])

    for label in SOURCES:
        model = apps.get_model(label)
        post_save.connect(saved, sender=model, weak=False, dispatch_uid=f"search-save-{label}")
        post_delete.connect(deleted, sender=model, weak=False, dispatch_uid=f"search-del-{label}")
