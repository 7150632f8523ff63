"""Benchmark: the site served as in production, at demo size and at a real portal's size.

    make bench                                        # 100,000 articles and 5,000 enterprises
    .venv/bin/python tests/perf/bench_server.py --articles 5000 --output /tmp/bench.md

On PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/liangjiang_bench; the
database is created and, unless --keep, dropped) and Redis (BENCH_REDIS_URL, default
redis://127.0.0.1:6379/12, a db number of its own: it must be empty at the start, and is flushed
before each phase): migrate, load the demo content, serve the site with gunicorn (prod settings,
2 sync workers, a free port on 127.0.0.1) and measure each page; then
`generate_content --articles N --enterprises M` and measure again.

For each page: median and p99 latency, CPU per request (the gunicorn workers' CPU time over a batch,
divided by its requests), SQL queries (Django's test client with CaptureQueriesContext in this
process, against the same database: gunicorn cannot count them), bytes, and each figure's ratio to a
trivial view served by the same server in the same run (TRIVIAL_PATH). Three times: "cold", the Redis
db flushed before every request (outside the timed part), so nothing at all is cached (no content
version, no header fragments, no navigation tree, no rendition marks); "uncached", each request a
new address (`?bench=N`, which the page ignores), so the page itself is never in the page cache but
what a running site keeps between edits is there: the state of a page that nobody has read since
the last edit; and "cached", the same page requested again and again. Then requests per second with 10 concurrent clients for 5 s, the home
page (cached) against the trivial view. Figures, not assertions: the machine may be shared.
"""

import argparse
import contextlib
import datetime
import http.client
import math
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TRIVIAL_PATH = "/healthz"  # a view that does nothing, served by the same stack (portal/health.py)
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/liangjiang_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/12"  # 13 and 14: `make stack` and its tests
HOST = "127.0.0.1"
WORKERS = 2
SEED_ARTICLE = "/2020-03/03/content_37534041.htm"  # the demo's seed article: there at both sizes
ADMIN_USER = "bench"


@dataclass
class Page:
    label: str
    path: str
    admin: bool = False


def pages_to_measure(last_page):
    """The pages of the issue, in the order of the table. Paths of entries come from the database."""
    from django.utils import translation

    from portal.models import Article, IndustrialPark, Industry

    with translation.override("en"):
        article = Article.objects.select_related("section__parent").get(legacy_url=SEED_ARTICLE)
        park = IndustrialPark.objects.get(slug="guoyuan-port")
        industry = Industry.objects.get(slug="automobiles")
        return [
            Page("home (en)", "/en/"),
            Page("home (zh-hans)", "/zh-hans/"),
            Page("menu page", "/en/news/"),
            Page("list, first page", "/en/news/local/"),
            Page("list, last page", f"/en/news/local/?page={last_page}"),
            Page("article", article.get_absolute_url()),
            Page("park", park.get_absolute_url()),
            Page("industry", industry.get_absolute_url()),
            Page("enterprises", "/en/investing/enterprises/"),
            Page("enterprises, filtered", "/en/investing/enterprises/?industry=electronics"),
            Page("sitemap", "/sitemap.xml"),
            Page("admin search", "/admin/portal/article/?q=chongqing", admin=True),
        ]


# ---------------------------------------------------------------------------------------------
# Services: PostgreSQL, Redis, gunicorn


def fail(message):
    raise SystemExit(f"bench: {message}")


def check_postgresql(url):
    """Connect to the server's maintenance database; a clear message if PostgreSQL does not answer."""
    import psycopg2

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    if parts.scheme not in {"postgres", "postgresql", "pgsql"}:
        fail(f"BENCH_DATABASE_URL must be a PostgreSQL URL, not {parts.scheme}://")
    if "bench" not in name:
        fail(f"the database name must contain 'bench' (it is dropped and re-created): {name!r}")
    try:
        maintenance = psycopg2.connect(
            host=parts.hostname or HOST,
            port=parts.port or 5432,
            user=urllib.parse.unquote(parts.username or "postgres"),
            password=urllib.parse.unquote(parts.password or "") or None,
            dbname="postgres",
            connect_timeout=3,
        )
    except psycopg2.OperationalError as error:
        fail(
            f"PostgreSQL is not answering at {parts.hostname}:{parts.port or 5432} "
            f"({str(error).strip()}). Start it, or point BENCH_DATABASE_URL at one that runs."
        )
    maintenance.autocommit = True
    return maintenance, name


def recreate_database(maintenance, name):
    with maintenance.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')


def drop_database(maintenance, name):
    with maintenance.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def check_redis(url):
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=5)
    if client.connection_pool.connection_kwargs.get("db", 0) == 0:
        fail(f"use a Redis db number of the benchmark's own (it is flushed), not 0: {url}")
    try:
        keys = client.dbsize()
    except redis.RedisError as error:
        fail(f"Redis is not answering at {url} ({error}). Start it, or set BENCH_REDIS_URL.")
    if keys:
        fail(
            f"Redis db {url} holds {keys} keys: another program may be using it (the benchmark "
            "flushes it). Choose a free db number with BENCH_REDIS_URL, or empty this one."
        )
    return client


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class Server:
    """gunicorn with the prod settings, in a process group of its own (stopped as one)."""

    def __init__(self, env, log_path):
        self.env, self.log_path = env, log_path
        self.port = free_port()
        self.process = None

    def start(self):
        command = [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "liangjiang.wsgi",
            f"--bind={HOST}:{self.port}",
            f"--workers={WORKERS}",
            "--worker-class=sync",
            "--timeout=120",  # slow pages are measured, not killed
            "--graceful-timeout=5",
            "--log-level=warning",
        ]
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=self.env, stdout=log, stderr=log, start_new_session=True
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                fail(f"gunicorn exited ({self.process.returncode}); see {self.log_path}")
            with contextlib.suppress(OSError):
                if get(self.port, TRIVIAL_PATH).status < 500 and len(self.workers()) == WORKERS:
                    return
            time.sleep(0.2)
        fail(f"gunicorn did not answer within 60 s; see {self.log_path}")

    def workers(self):
        """The worker processes' ids (the master's children)."""
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        with contextlib.suppress(OSError):
            return [int(pid) for pid in path.read_text().split()]
        return [
            int(entry.name)
            for entry in Path("/proc").iterdir()
            if entry.name.isdigit() and _parent(int(entry.name)) == self.process.pid
        ]

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=5)


def _parent(pid):
    with contextlib.suppress(OSError):
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    return None


def cpu_seconds(pids):
    """CPU time the processes have used: per-thread schedstat (nanoseconds) where the kernel keeps
    it, else utime + stime from /proc/<pid>/stat (clock ticks, 10 ms)."""
    total = 0.0
    for pid in pids:
        threads = list(Path(f"/proc/{pid}/task").glob("*/schedstat"))
        nanoseconds = sum(int(path.read_text().split()[0]) for path in threads)
        if nanoseconds:
            total += nanoseconds / 1e9
        else:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


# ---------------------------------------------------------------------------------------------
# HTTP: one connection a request, as sync gunicorn workers close them anyway


@dataclass
class Answer:
    status: int
    body: bytes
    headers: list
    seconds: float


def get(port, path, cookies=None, method="GET", body=None, timeout=180):
    headers = {"Host": f"{HOST}:{port}", "Accept-Language": "en"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        start = time.perf_counter()
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read()
        seconds = time.perf_counter() - start
        return Answer(response.status, content, response.getheaders(), seconds)
    finally:
        connection.close()


def set_cookies(answer, cookies):
    for name, value in answer.headers:
        if name.lower() == "set-cookie":
            key, _equals, rest = value.partition("=")
            cookies[key.strip()] = rest.split(";", 1)[0]
    return cookies


def admin_login(port, password):
    """A logged-in admin session over HTTP, as a browser gets one: {cookie name: value}."""
    login = get(port, "/admin/login/")
    cookies = set_cookies(login, {})
    page = login.body.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "username": ADMIN_USER,
            "password": password,
            "next": "/admin/",
        }
    )
    answer = get(port, "/admin/login/?next=/admin/", cookies, method="POST", body=form)
    set_cookies(answer, cookies)
    if answer.status != 302 or "sessionid" not in cookies:
        fail(f"could not log in to the admin (status {answer.status})")
    return cookies


# ---------------------------------------------------------------------------------------------
# Measuring


@dataclass
class Figures:
    """One batch of requests to one page."""

    times: list = field(default_factory=list)  # seconds
    cpu: float = 0.0  # worker CPU seconds for the whole batch
    statuses: set = field(default_factory=set)
    size: int = 0

    @property
    def count(self):
        return len(self.times)

    @property
    def median(self):
        return statistics.median(self.times) if self.times else math.nan

    @property
    def p99(self):
        if not self.times:
            return math.nan
        ordered = sorted(self.times)
        return ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)]

    @property
    def cpu_each(self):
        return self.cpu / self.count if self.count else math.nan


@dataclass
class Result:
    page: Page
    cold: Figures
    uncached: Figures
    cached: Figures
    queries_cold: int | None = None
    queries_cached: int | None = None


def batch(server, path, count, budget, cookies=None, before=None, unique=False):
    """`count` sequential requests (fewer if they take more than `budget` seconds, at least 3), with
    the workers' CPU time over the batch. `before()` runs untimed before each request; `unique`
    gives each request an address of its own (`?bench=N`), which no page cache has seen."""
    figures = Figures()
    workers = server.workers()
    started = time.monotonic()
    cpu = 0.0
    for number in range(count):
        if number >= 3 and time.monotonic() - started > budget:
            break
        if before:
            before()
        address = path
        if unique:
            address += f"{'&' if '?' in path else '?'}bench={secrets.token_hex(6)}"
        cpu_before = cpu_seconds(workers)
        answer = get(server.port, address, cookies)
        cpu += cpu_seconds(workers) - cpu_before
        figures.times.append(answer.seconds)
        figures.statuses.add(answer.status)
        figures.size = len(answer.body)
    figures.cpu = cpu
    return figures


PLANNED_PAGES = (
    "home (en)",
    "list, last page",
    "article",
    "industry",
    "enterprises",
    "admin search",
)


def query_plans(phase, redis, user):
    """EXPLAIN (ANALYZE, BUFFERS) of every query some pages make (cold), as Markdown: the evidence
    that each query walks an index for the rows it shows rather than the archive."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    parts = []
    for result in phase.results:
        if result.page.label not in PLANNED_PAGES:
            continue
        client = Client(HTTP_HOST=HOST, HTTP_ACCEPT_LANGUAGE="en")
        if result.page.admin:
            client.force_login(user)
        redis.flushdb()
        with CaptureQueriesContext(connection) as captured:
            client.get(result.page.path)
        parts += ["", f"### {result.page.label} `{result.page.path}`", ""]
        for query in captured.captured_queries:
            sql = query["sql"]
            if not sql.lstrip().upper().startswith("SELECT"):
                continue  # the session of a signed-in page
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                plan = [row[0] for row in cursor.fetchall()]
            nodes = [line.strip().removeprefix("->  ") for line in plan if "Scan" in line]
            took = next((line for line in plan if line.startswith("Execution Time")), "")
            parts.append(f"- `{sql[:90]}…` — {took}")
            parts += [f"  - {node[:140]}" for node in nodes[:6]]
    return "\n".join(parts)


def count_queries(path, redis, user=None):
    """SQL queries of one request, through Django's test client in this process: (cold, cached)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=HOST, HTTP_ACCEPT_LANGUAGE="en")
    if user is not None:
        client.force_login(user)
    counts = []
    redis.flushdb()
    for _attempt in range(2):
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        counts.append(len(captured))
    return counts


def concurrency(port, path, clients, seconds):
    """Requests per second with `clients` threads asking `path` for `seconds`: (rate, failures)."""
    done, failures = [], []
    deadline = time.monotonic() + seconds

    def ask():
        ok = bad = 0
        while time.monotonic() < deadline:
            try:
                if get(port, path, timeout=10).status == 200:
                    ok += 1
                else:
                    bad += 1
            except OSError:
                bad += 1
        done.append(ok)
        failures.append(bad)

    threads = [threading.Thread(target=ask, daemon=True) for _ in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 15)
    elapsed = time.monotonic() - started
    return sum(done) / elapsed, sum(failures)


def last_page(port, path):
    """The highest page number the list's first page links to (its last page)."""
    html = get(port, path).body.decode()
    numbers = [int(n) for n in re.findall(r"[?&](?:amp;)?page=(\d+)", html)]
    return max(numbers, default=1)


@dataclass
class Phase:
    name: str
    articles: int
    enterprises: int
    trivial: Figures
    results: list
    rates: dict  # label -> (path, requests per second, failures)
    setup_seconds: float | None = None


def measure_phase(name, server, redis, args, password, user):
    from portal.models import Article, Enterprise

    print(f"\n== {name}: serving on http://{HOST}:{server.port}/", flush=True)
    pages = pages_to_measure(last_page(server.port, "/en/news/local/"))
    cookies = admin_login(server.port, password)
    for page in pages:  # warm-up: both workers, templates, renditions
        started = time.monotonic()
        for _ in range(2 * WORKERS):
            get(server.port, page.path, cookies if page.admin else None)
            if time.monotonic() - started > args.budget:
                break
    redis.flushdb()
    print(f"   trivial view {TRIVIAL_PATH}: {args.trivial} requests", flush=True)
    trivial = batch(server, TRIVIAL_PATH, args.trivial, budget=120)
    results = []
    for page in pages:
        print(f"   {page.label:24} {page.path}", flush=True)
        page_cookies = cookies if page.admin else None
        cold = batch(server, page.path, args.cold, args.budget, page_cookies, redis.flushdb)
        for _ in range(2 * WORKERS):  # both workers hold this content version's state again
            get(server.port, page.path, page_cookies)
        # The admin is never cached, and refuses an unknown parameter (?bench=N): no such figure.
        uncached = (
            Figures()
            if page.admin
            else batch(server, page.path, args.cold, args.budget, page_cookies, unique=True)
        )
        get(server.port, page.path, page_cookies)  # into the cache, if the site caches it
        cached = batch(server, page.path, args.cached, args.budget, page_cookies)
        results.append(Result(page, cold, uncached, cached))
    print("   queries (Django's test client, this process)", flush=True)
    for result in results:
        result.queries_cold, result.queries_cached = count_queries(
            result.page.path, redis, user if result.page.admin else None
        )
    rates = {}
    redis.flushdb()
    for label, path in (("trivial view", TRIVIAL_PATH), ("home (en), cached", "/en/")):
        get(server.port, path)
        rate, failures = concurrency(server.port, path, args.clients, args.seconds)
        rates[label] = (path, rate, failures)
        print(f"   {args.clients} clients, {label}: {rate:.1f} requests/s", flush=True)
    return Phase(name, Article.objects.count(), Enterprise.objects.count(), trivial, results, rates)


# ---------------------------------------------------------------------------------------------
# The report


def ms(seconds):
    return "—" if math.isnan(seconds) else f"{seconds * 1000:.1f}"


def with_ratio(value, trivial):
    if math.isnan(value):
        return "—"
    if not trivial or math.isnan(trivial):
        return ms(value)
    return f"{ms(value)} ({value / trivial:.1f}×)"


def table(header, rows):
    """A Markdown table, padded so that it reads in a terminal too."""
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "| " + " | ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in [header, ["-" * w for w in widths], *rows]
    ]
    return "\n".join(line + " |" for line in lines)


def status_text(statuses):
    return "/".join(str(status) for status in sorted(statuses)) or "—"


def phase_table(phase):
    t = phase.trivial
    header = [
        "page", "status", "KB", "queries cold/cached", "n cold/cached",
        "cold median ms", "cold p99 ms", "cold CPU ms",
        "uncached median ms", "uncached CPU ms",
        "cached median ms", "cached p99 ms", "cached CPU ms",
    ]  # fmt: skip
    rows = [
        [
            f"trivial `{TRIVIAL_PATH}`", status_text(t.statuses), f"{t.size / 1024:.1f}", "—",
            str(t.count), ms(t.median), ms(t.p99), ms(t.cpu_each), ms(t.median), ms(t.cpu_each),
            ms(t.median), ms(t.p99), ms(t.cpu_each),
        ]
    ]  # fmt: skip
    for result in phase.results:
        cold, cached = result.cold, result.cached
        rows.append(
            [
                f"{result.page.label} `{result.page.path}`",
                status_text(cold.statuses | cached.statuses),
                f"{cached.size / 1024:.1f}",
                f"{result.queries_cold}/{result.queries_cached}",
                f"{cold.count}/{cached.count}",
                with_ratio(cold.median, t.median),
                with_ratio(cold.p99, t.p99),
                with_ratio(cold.cpu_each, t.cpu_each),
                with_ratio(result.uncached.median, t.median),
                with_ratio(result.uncached.cpu_each, t.cpu_each),
                with_ratio(cached.median, t.median),
                with_ratio(cached.p99, t.p99),
                with_ratio(cached.cpu_each, t.cpu_each),
            ]
        )
    return table(header, rows)


def rates_table(phase, clients, seconds):
    trivial = phase.rates["trivial view"][1]
    rows = [
        [f"{label} `{path}`", f"{rate:.1f}", f"{rate / trivial:.2f}×" if trivial else "—", failures]
        for label, (path, rate, failures) in phase.rates.items()
    ]
    return table([f"{clients} clients, {seconds} s", "requests/s", "× trivial", "failed"], rows)


def growth_table(small, large):
    def change(before, after):
        return [f"{ms(before)} → {ms(after)}", f"{after / before:.2f}×" if before else "—"]

    rows = []
    for before, after in zip(small.results, large.results, strict=True):
        rows.append(
            [
                before.page.label,
                *change(before.cold.median, after.cold.median),
                *change(before.cold.cpu_each, after.cold.cpu_each),
                *change(before.uncached.median, after.uncached.median),
                *change(before.cached.median, after.cached.median),
                f"{before.queries_cold} → {after.queries_cold}",
                f"{before.cached.size / 1024:.0f} → {after.cached.size / 1024:.0f}",
            ]
        )
    header = [
        "page", "cold median ms", "× demo", "cold CPU ms", "× demo", "uncached median ms", "× demo",
        "cached median ms", "× demo", "queries (cold)", "KB",
    ]  # fmt: skip
    return table(header, rows)


def budgets(small, large):
    """The design's budgets (design.md, "Budgets"), checked against this run's figures."""
    lines = []

    def check(ok, text):
        lines.append(f"- {'✓' if ok else '✗'} {text}")

    by_label = {result.page.label: result for result in large.results}
    public = [r for r in large.results if not r.page.admin]
    for before, after in zip(small.results, large.results, strict=True):
        if before.page.admin:
            continue
        ratio = after.cold.median / before.cold.median
        cpu = after.cold.cpu_each / before.cold.cpu_each
        same = after.queries_cold == before.queries_cold
        check(
            ratio <= 1.5 and same,
            f"{after.page.label}: cold {ratio:.2f}× its demo time (≤ 1.5×; CPU {cpu:.2f}×), "
            f"queries {before.queries_cold} → {after.queries_cold}",
        )
    trivial_rate = large.rates["trivial view"][1]
    home_rate = large.rates["home (en), cached"][1]
    if trivial_rate:
        check(
            home_rate >= 0.5 * trivial_rate,
            f"cached home page at {home_rate / trivial_rate:.2f}× the trivial view's requests/s "
            "(≥ 0.5×)",
        )
    trivial_cpu = large.trivial.cpu_each
    for label, limit in (("article", 10), ("home (en)", 15)):
        uncached, cold = by_label[label].uncached.cpu_each, by_label[label].cold.cpu_each
        check(
            uncached <= limit * trivial_cpu,
            f"uncached {label}: {uncached / trivial_cpu:.1f}× the trivial CPU (≤ {limit}×); "
            f"cold, with nothing cached at all: {cold / trivial_cpu:.1f}×",
        )
    admin = by_label["admin search"].cold.median
    check(admin < 0.3, f"admin article search: {ms(admin)} ms (< 300 ms)")
    sitemap = by_label["sitemap"].cold.median
    check(sitemap < 1.0, f"sitemap.xml: {ms(sitemap)} ms (< 1 s)")
    failed = [r.page.label for r in public if (r.cold.statuses | r.cached.statuses) != {200}]
    check(
        not failed, "every page answered 200" + (f" (not: {', '.join(failed)})" if failed else "")
    )
    return "\n".join(lines)


def machine():
    from django.db import connection

    memory = next(
        (
            line.split()[1]
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        "0",
    )
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgresql = cursor.fetchone()[0]
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return (
        f"{os.cpu_count()} CPUs ({model}), {int(memory) / 1024 / 1024:.1f} GB memory, "
        f"load average {os.getloadavg()[0]:.2f} at the end; PostgreSQL {postgresql}, "
        f"Python {platform.python_version()}; commit {commit or '?'}"
        f"{' with uncommitted changes' if dirty else ''}"
    )


def report(phases, args, generation, machine_text):
    small, large = phases[0], phases[-1]
    parts = [
        f"# Benchmark: the site served by gunicorn at demo size and at {large.articles:,} articles",
        "",
        f"Run {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC with "
        f"`tests/perf/bench_server.py {' '.join(sys.argv[1:])}`.",
        f"Machine: {machine_text}.",
        "",
        f"gunicorn, prod settings, {WORKERS} sync workers, PostgreSQL, Redis. Times are milliseconds "
        "seen by a client on the same machine; CPU is the gunicorn workers' CPU time per request "
        "(/proc/<pid>/task/*/schedstat, in nanoseconds); "
        "queries are counted by Django's test client against the same database (cold: cache "
        "emptied). **Cold**: the Redis db flushed before every request, so nothing is cached; "
        "**uncached**: a new address each time (`?bench=N`), so the page is rendered while what a "
        "running site keeps between edits (header fragments, navigation, rendition marks) is there; "
        "**cached**: the same page again and again. In brackets: the ratio to the trivial view "
        f"(`{TRIVIAL_PATH}`) served by the same server in the same run. n: requests measured "
        f"(at most {args.cold} cold and {args.cached} cached; a slow page stops after "
        f"{args.budget:g} s).",
    ]
    if generation is not None:
        parts.append(
            f"\n`generate_content --articles {args.articles} --enterprises {args.enterprises}` "
            f"took {generation:.1f} s."
        )
    for phase in phases:
        parts += [
            "",
            f"## {phase.name}: {phase.articles:,} articles, {phase.enterprises:,} enterprises",
            "",
            phase_table(phase),
            "",
            rates_table(phase, args.clients, args.seconds),
        ]
    if len(phases) > 1:
        parts += [
            "",
            f"## Growth: demo → {large.articles:,} articles",
            "",
            growth_table(small, large),
            "",
            "## Budgets (design.md)",
            "",
            budgets(small, large),
        ]
    return "\n".join(parts) + "\n"


# ---------------------------------------------------------------------------------------------
# The run


def environment(args, media_root):
    """What both this process and gunicorn run with: prod settings on the bench database."""
    return {
        "DJANGO_SETTINGS_MODULE": "liangjiang.settings.prod",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),  # throw-away
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": args.database_url,
        "REDIS_URL": args.redis_url,
        "MEDIA_ROOT": str(media_root),
        "MEDIA_STORAGE": "disk",
        "LOG_LEVEL": "WARNING",
    }


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="large size (100000)")
    parser.add_argument("--enterprises", type=int, default=5_000, help="large size (5000)")
    parser.add_argument("--cold", type=int, default=20, help="cold requests a page (20)")
    parser.add_argument("--cached", type=int, default=200, help="cached requests a page (200)")
    parser.add_argument("--trivial", type=int, default=1000, help="trivial view requests (1000)")
    parser.add_argument("--budget", type=float, default=20, help="seconds a page at most (20)")
    parser.add_argument("--clients", type=int, default=10, help="concurrent clients (10)")
    parser.add_argument("--seconds", type=int, default=5, help="concurrency run length (5)")
    parser.add_argument("--output", type=Path, help="also write the report (Markdown) here")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument(
        "--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    )
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL))
    args = parser.parse_args()
    args.clients = max(1, min(args.clients, 50))  # bounded: 127.0.0.1, a shared machine
    args.seconds = max(1, min(args.seconds, 60))
    return args


def main():
    args = parse_args()
    maintenance, name = check_postgresql(args.database_url)
    redis = check_redis(args.redis_url)
    workdir = Path(tempfile.mkdtemp(prefix="lj-bench-"))
    password = secrets.token_urlsafe(16)
    server = None
    created = False
    # Ctrl-C and kill both run the clean-up below (SIGINT too when started in the background).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        recreate_database(maintenance, name)
        created = True
        redis.flushdb()
        env = environment(args, workdir / "media")
        os.environ.update(env)
        import django

        django.setup()
        from django.contrib.auth import get_user_model
        from django.core.management import call_command

        print(f"bench: database {name}, Redis {args.redis_url}, files in {workdir}", flush=True)
        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        call_command("load_demo_content")
        user = get_user_model().objects.create_superuser(ADMIN_USER, "bench@example.com", password)
        server_env = {**os.environ, **env}
        phases = []
        server = Server(server_env, workdir / "gunicorn.log")
        server.start()
        phases.append(measure_phase("Demo", server, redis, args, password, user))
        server.stop()

        print(f"\n== generate_content --articles {args.articles} --enterprises {args.enterprises}")
        started = time.perf_counter()
        call_command("generate_content", articles=args.articles, enterprises=args.enterprises)
        generation = time.perf_counter() - started
        redis.flushdb()
        server = Server(server_env, workdir / "gunicorn.log")
        server.start()
        phases.append(
            measure_phase(f"{args.articles:,} articles", server, redis, args, password, user)
        )
        server.stop()
        plans = query_plans(phases[-1], redis, user)

        text = report(phases, args, generation, machine())
        text += f"\n## Query plans at {args.articles:,} articles (cold)\n{plans}\n"
        print("\n" + text)
        if args.output:
            args.output.write_text(text)
            print(f"bench: report written to {args.output}")
    except BaseException as error:
        if isinstance(error, KeyboardInterrupt | SystemExit):
            print("bench: stopping, cleaning up", file=sys.stderr)
        log = workdir / "gunicorn.log"
        if log.exists() and log.stat().st_size:
            print("bench: the end of gunicorn's log:\n" + log.read_text()[-3000:], file=sys.stderr)
        raise
    finally:
        if server is not None:
            server.stop()
        with contextlib.suppress(Exception):
            from django.db import connections

            connections.close_all()
        with contextlib.suppress(Exception):
            redis.flushdb()
        if created and not args.keep:
            drop_database(maintenance, name)
        elif created:
            print(f"bench: kept the database: {args.database_url}")
        maintenance.close()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
