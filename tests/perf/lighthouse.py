"""Lighthouse on the main pages, served as in production: both languages, phone and desktop.

    /work/main/.venv/bin/python tests/perf/lighthouse.py            # every page, writes RESULTS.md
    .venv/bin/python tests/perf/lighthouse.py --pages home article --forms mobile --no-write
    .venv/bin/python tests/perf/lighthouse.py --runs 3           # the median of three runs a page

Serves the site with gunicorn and the prod settings (WhiteNoise for static files, SERVE_MEDIA for the
demo's pictures, no Redis: the process's memory as cache) on a throw-away SQLite database with the demo
content, in a temporary folder; then runs Lighthouse (the npm package, installed on first use into
tmp/lighthouse/ with the machine's Node and npm; LIGHTHOUSE_DIR chooses another folder) with Debian's
Chromium (CHROMIUM, default /usr/bin/chromium) on each page, in English and Chinese, with Lighthouse's
default mobile settings (a mid-range phone on a slow 4G connection, simulated) and `--preset=desktop`.

Prints a table of the four category scores (performance, accessibility, best practices, SEO) and what
each page lost points on, and writes it into tests/perf/RESULTS.md between the "lighthouse" markers
(the benchmark's report, written by bench_server.py, stays as it is; a report written by
`bench_server.py --output` replaces the whole file, so run this one afterwards). A page that does not
answer 200 (the search page, before it exists) is reported with its status and not measured.
Lighthouse's JSON reports are kept in tmp/lighthouse/reports/.
"""

import argparse
import datetime
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

# gunicorn with the prod settings, started and stopped as the server benchmark does (same folder).
from bench_server import HOST, WORKERS, Server, get

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# 12.x is the last line that runs on Node 20 (13 needs Node 22.19).
LIGHTHOUSE_PACKAGE = "lighthouse@12.8.2"
LIGHTHOUSE_DIR = Path(os.environ.get("LIGHTHOUSE_DIR", ROOT / "tmp" / "lighthouse"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
LANGUAGES = ("en", "zh-hans")
FORMS = ("mobile", "desktop")
SEED_ARTICLE = "/2020-03/03/content_37534041.htm"  # the demo's seed article
MARK_START = "<!-- lighthouse:start -->"
MARK_END = "<!-- lighthouse:end -->"
TARGET = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}


def fail(message):
    raise SystemExit(f"lighthouse: {message}")


# ---------------------------------------------------------------------------------------------
# The pages


def pages(only=None):
    """(label, path without the language prefix). Paths of entries come from the database."""
    from django.utils import translation

    from portal.models import Article, IndustrialPark

    with translation.override("en"):
        article = Article.objects.get(legacy_url=SEED_ARTICLE).get_absolute_url()
        park = IndustrialPark.objects.get(slug="guoyuan-port").get_absolute_url()
    prefix = re.compile(r"^/en/")
    found = [
        ("home", "/"),
        ("article", prefix.sub("/", article)),
        ("list", "/news/local/"),
        ("enterprises", "/investing/enterprises/"),
        ("park", prefix.sub("/", park)),
        ("search", "/search/?q=chongqing"),
    ]
    return [page for page in found if not only or page[0] in only]


# ---------------------------------------------------------------------------------------------
# The server


def environment(workdir):
    """Prod settings on a throw-away SQLite database, plain http on 127.0.0.1."""
    return {
        "DJANGO_SETTINGS_MODULE": "liangjiang.settings.prod",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),  # throw-away
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "REDIS_URL": "",
        "MEDIA_ROOT": str(workdir / "media"),
        "MEDIA_STORAGE": "disk",
        "SERVE_MEDIA": "1",
        "STATIC_ROOT": str(workdir / "static"),
        "LOG_LEVEL": "WARNING",
    }


# ---------------------------------------------------------------------------------------------
# Lighthouse


def lighthouse_command():
    """The installed Lighthouse, installed first if missing."""
    binary = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        if not shutil.which("npm"):
            fail("npm is missing: apt-get install nodejs npm")
        LIGHTHOUSE_DIR.mkdir(parents=True, exist_ok=True)
        print(f"lighthouse: installing {LIGHTHOUSE_PACKAGE} into {LIGHTHOUSE_DIR}", flush=True)
        subprocess.run(
            ["npm", "install", "--prefix", str(LIGHTHOUSE_DIR), "--no-audit", "--no-fund"]
            + ["--loglevel=error", LIGHTHOUSE_PACKAGE],
            check=True,
        )
    return [str(binary)]


@dataclass
class Result:
    label: str
    language: str
    form: str
    path: str
    status: int
    scores: dict = field(default_factory=dict)  # category: 0..100, or None
    losses: dict = field(default_factory=dict)  # category: ["audit title (score)", …]
    metrics: dict = field(default_factory=dict)  # "LCP": "1.2 s" …
    error: str = ""


METRICS = {
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
    "speed-index": "SI",
}


def run_lighthouse(command, url, form, report_path):
    arguments = command + [
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report_path}",
        f"--chrome-flags={CHROME_FLAGS}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--max-wait-for-load=45000",
    ]
    if form == "desktop":
        arguments.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    done = subprocess.run(arguments, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode or not report_path.exists():
        return None, (done.stderr.strip().splitlines() or ["no report"])[-1]
    return json.loads(report_path.read_text()), ""


def measure(command, url, form, reports, name, runs):
    """The report of the run with the median performance score, of `runs` runs that completed
    (a run that fails, as Lighthouse sometimes does with NO_NAVSTART, is tried again, up to twice)."""
    done, error, failures = [], "", 0
    while len(done) < runs and failures < 3:
        path = reports / f"{name}-{len(done) + 1}.json"
        path.unlink(missing_ok=True)
        data, error = run_lighthouse(command, url, form, path)
        if data is None or data.get("runtimeError"):
            failures += 1
            error = error or data["runtimeError"].get("message", "runtime error")
            continue
        done.append(data)
    if not done:
        return None, error
    done.sort(key=lambda data: data["categories"]["performance"]["score"] or 0)
    return done[len(done) // 2], ""


def read_report(report, result):
    if report.get("runtimeError"):
        result.error = report["runtimeError"].get("message", "runtime error")
    audits = report["audits"]
    for category in CATEGORIES:
        data = report["categories"].get(category, {})
        score = data.get("score")
        result.scores[category] = None if score is None else round(score * 100)
        lost = []
        for ref in data.get("auditRefs", []):
            audit = audits.get(ref["id"], {})
            if ref.get("weight", 0) and audit.get("score") is not None and audit["score"] < 1:
                if category == "performance" and ref["id"] in METRICS:
                    continue  # the metrics have a column of their own
                lost.append(f"{ref['id']} ({audit['score']:.2f})")
        result.losses[category] = lost
    for audit_id, name in METRICS.items():
        audit = audits.get(audit_id)
        if audit and audit.get("displayValue"):
            result.metrics[name] = audit["displayValue"].replace("\xa0", " ")


# ---------------------------------------------------------------------------------------------
# The report


def cell(score, category):
    if score is None:
        return "—"
    return f"**{score}**" if score < TARGET[category] else str(score)


def report(results, started, lighthouse_version, runs):
    chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout
    lines = [
        MARK_START,
        "# Lighthouse: prod settings, both languages, phone and desktop",
        "",
        f"Run {started:%Y-%m-%d %H:%M} UTC with `tests/perf/lighthouse.py`: gunicorn "
        f"({WORKERS} workers) with `liangjiang.settings.prod`, WhiteNoise, the demo content on "
        f"SQLite; Lighthouse {lighthouse_version} on Node {node.strip()}, {chromium.strip()} "
        "headless. *mobile* is Lighthouse's default (a mid-range phone, slow 4G, 4× CPU "
        "slowdown, simulated); *desktop* is `--preset=desktop`. Targets: performance ≥ 95, the "
        "others 100; a figure below its target is in bold. Performance varies by a few points "
        "from run to run on a shared machine: "
        + (
            f"each row is the run with the median performance score of {runs}; "
            if runs > 1
            else "one run a page; "
        )
        + f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs at the end.",
        "",
        "| page | lang | form | perf | a11y | best pr. | SEO | FCP | LCP | TBT | CLS |",
        "| ---- | ---- | ---- | ---- | ---- | -------- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        if r.status != 200 or r.error or not r.scores:
            code = re.search(r"\(([A-Z_]+)\)", r.error or "")
            why = (
                f"HTTP {r.status}"
                if r.status != 200
                else f"error {code.group(1)}"
                if code
                else (r.error or "no report")[:60]
            )
            lines.append(
                f"| {r.label} `{r.path}` | {r.language} | {r.form} | {why} | — | — | — | — | — "
                "| — | — |"
            )
            continue
        scores = " | ".join(cell(r.scores.get(c), c) for c in CATEGORIES)
        metrics = " | ".join(r.metrics.get(m, "—") for m in ("FCP", "LCP", "TBT", "CLS"))
        lines.append(f"| {r.label} `{r.path}` | {r.language} | {r.form} | {scores} | {metrics} |")
    lost = [
        f"- {r.label} {r.language} {r.form}, {category}: {', '.join(r.losses[category])}"
        for r in results
        for category in CATEGORIES
        if r.losses.get(category)
    ]
    lines += [
        "",
        "Scored audits that lost points (opportunities, which Lighthouse 12 does not score, are left out):",
        "",
    ]
    lines += lost or ["- none"]
    lines.append(MARK_END)
    return "\n".join(lines) + "\n"


def write_results(text, path):
    """Replace the section between the markers, or add it at the end."""
    old = path.read_text() if path.exists() else ""
    if MARK_START in old and MARK_END in old:
        head, _start, rest = old.partition(MARK_START)
        _section, _end, tail = rest.partition(MARK_END)
        new = head + text.rstrip("\n") + tail
    else:
        new = (old.rstrip("\n") + "\n\n" if old else "") + text
    path.write_text(new)


# ---------------------------------------------------------------------------------------------
# The run


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", nargs="*", help="only these (home article list enterprises …)")
    parser.add_argument("--languages", nargs="*", default=list(LANGUAGES), choices=LANGUAGES)
    parser.add_argument("--forms", nargs="*", default=list(FORMS), choices=FORMS)
    parser.add_argument("--output", type=Path, default=ROOT / "tests" / "perf" / "RESULTS.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument(
        "--runs", type=int, default=1, help="runs a page, the median kept (Lighthouse advises 5)"
    )
    return parser.parse_args()


def main():
    args = parse_args()
    if not shutil.which(CHROMIUM):
        fail(f"{CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk")
    command = lighthouse_command()
    version = subprocess.run(command + ["--version"], capture_output=True, text=True).stdout.strip()
    workdir = Path(tempfile.mkdtemp(prefix="lj-lighthouse-"))
    reports = LIGHTHOUSE_DIR / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    server = None
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = datetime.datetime.now(datetime.UTC)
    try:
        env = environment(workdir)
        os.environ.update(env)
        import django

        django.setup()
        from django.core.management import call_command

        print(f"lighthouse: demo site in {workdir}", flush=True)
        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        call_command("load_demo_content")
        from django.db import connections

        chosen = pages(args.pages)
        connections.close_all()
        server = Server({**os.environ, **env}, workdir / "gunicorn.log")
        server.start()
        results = []
        for label, path in chosen:
            for language in args.languages:
                full = f"/{language}{path}"
                status = get(server.port, full).status
                for form in args.forms:
                    result = Result(label, language, form, full, status)
                    results.append(result)
                    if status != 200:
                        print(f"{label:12} {language:8} {form:8} HTTP {status}: not measured")
                        continue
                    url = f"http://{HOST}:{server.port}{full}"
                    data, error = measure(
                        command, url, form, reports, f"{label}-{language}-{form}", args.runs
                    )
                    if data is None:
                        result.error = error
                    else:
                        read_report(data, result)
                    shown = " ".join(f"{c[:4]} {result.scores.get(c, '—')}" for c in CATEGORIES)
                    print(f"{label:12} {language:8} {form:8} {shown} {result.error}", flush=True)
        text = report(results, started, version, args.runs)
        print("\n" + text)
        if not args.no_write:
            write_results(text, args.output)
            print(f"lighthouse: written to {args.output}")
    except BaseException:
        log = workdir / "gunicorn.log"
        if log.exists() and log.stat().st_size:
            print("lighthouse: the end of gunicorn's log:\n" + log.read_text()[-3000:])
        raise
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
