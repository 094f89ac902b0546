#!/usr/bin/env python3
"""Runs the side-by-side comparison and writes data/results.md (see README.md).

    bench.py [--quick] [--runs N] [--glossaries builtin,foldoc,gcide] [--skip-prepare]

Called by run.sh once the Debian packages, the virtual environment and the
release builds are in place. Standard library only (the peers run in .venv).
"""

import argparse
import datetime
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(HERE, "data")
TARGET = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
GLOSSATOR = os.path.join(TARGET, "release", "glossator")
FLOOR = os.path.join(TARGET, "release", "examples", "floor")
LIB = os.path.join(TARGET, "release", "examples", "scan_throughput")
VENV_PY = os.path.join(HERE, ".venv", "bin", "python")
HTML_DOCS = "/usr/share/doc/python3.11/html"
DICTD = "/usr/share/dictd"

MODES = {
    "full": dict(corpus=100_000_000, slice=10_000_000, rg_slice=200_000, rg_slice_big=4_000,
                 runs=5, slow_runs=3,
                 batch_files=1000, stream=[100_000_000, 1_000_000_000], html_bytes=None,
                 glossaries="builtin,foldoc,gcide", rg_timeout=900, peer_timeout=3600),
    "quick": dict(corpus=10_000_000, slice=1_000_000, rg_slice=20_000, rg_slice_big=2_000,
                  runs=2, slow_runs=1,
                  batch_files=200, stream=[10_000_000, 100_000_000], html_bytes=5_000_000,
                  glossaries="builtin,foldoc", rg_timeout=120, peer_timeout=600),
}
FULL_CORPUS = MODES["full"]["corpus"]
# A glossary whose in-process load takes longer than this (seconds) is not run
# through the whole process (each run would be mostly load), unless --slow-cli.
SLOW_LOAD = 60

COMMANDS = []  # every measured command, for the report


def log(*args):
    print("[bench]", *args, file=sys.stderr, flush=True)


def rel(path):
    return os.path.relpath(path, ROOT) if isinstance(path, str) and path.startswith(ROOT) else path


def show(cmd):
    return " ".join(shlex.quote(str(rel(c))) for c in cmd)


def measure(cmd, stdin_cmd=None, timeout=None, stdout=True, note=True):
    """Runs cmd under /usr/bin/time -v. Returns dict(wall, rss_kb, out, rc, err);
    out is stdout when `stdout`, else stdout goes to /dev/null. With `stdin_cmd`, that
    command's output is piped in (its own time is not measured)."""
    if note:
        COMMANDS.append((show(stdin_cmd) + " | " if stdin_cmd else "") + show(cmd))
    fd, tfile = tempfile.mkstemp(prefix="bench-time-")
    os.close(fd)
    feeder = None
    if stdin_cmd:
        feeder = subprocess.Popen([str(c) for c in stdin_cmd], stdout=subprocess.PIPE)
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            ["/usr/bin/time", "-v", "-o", tfile] + [str(c) for c in cmd],
            stdin=feeder.stdout if feeder else subprocess.DEVNULL,
            stdout=subprocess.PIPE if stdout else subprocess.DEVNULL,
            stderr=subprocess.PIPE, timeout=timeout,
        )
        wall = time.perf_counter() - started
        rc, out, err = proc.returncode, proc.stdout, proc.stderr
    except subprocess.TimeoutExpired:
        wall, rc, out, err = time.perf_counter() - started, "timeout", b"", b""
    finally:
        if feeder:
            feeder.stdout.close()
            feeder.kill()
            feeder.wait()
    rss = None
    with open(tfile) as f:
        for line in f:
            if "Maximum resident set size" in line:
                rss = int(line.rsplit(":", 1)[1])
    os.unlink(tfile)
    return dict(wall=wall, rss_kb=rss, out=out or b"", rc=rc,
                err=(err or b"").decode("utf-8", "replace")[-2000:])


def json_line(res):
    lines = [l for l in res["out"].decode("utf-8", "replace").splitlines() if l.startswith("{")]
    if res["rc"] != 0 or not lines:
        raise RuntimeError(f"rc={res['rc']}: {res['err'].strip()[-400:]}")
    return json.loads(lines[-1])


def py(*args):
    subprocess.run([sys.executable, os.path.join(HERE, "prepare.py")] + [str(a) for a in args],
                   check=True, stdout=sys.stderr)


# --- data ----------------------------------------------------------------------------


def prepare(cfg, glossaries):
    os.makedirs(DATA, exist_ok=True)
    for name in ("foldoc", "gcide"):
        if name in glossaries and not os.path.exists(os.path.join(DATA, name, "terms.txt")):
            log("converting", name)
            py("dict", name, os.path.join(DICTD, name), os.path.join(DATA, name))
    os.makedirs(os.path.join(DATA, "builtin"), exist_ok=True)
    rons = sorted(f for f in os.listdir(os.path.join(ROOT, "glossaries")) if f.endswith(".ron"))
    with open(os.path.join(DATA, "builtin", "terms.txt"), "w", encoding="utf-8") as out:
        for ron in rons:
            tmp = os.path.join(DATA, "builtin", ron + ".terms")
            py("terms", os.path.join(ROOT, "glossaries", ron), tmp)
            with open(tmp, encoding="utf-8") as f:
                out.write(f.read())
            os.unlink(tmp)
    corpus = os.path.join(DATA, "corpus.txt")
    if not os.path.exists(corpus) or os.path.getsize(corpus) < FULL_CORPUS - 1000:
        log("extracting the corpus from", HTML_DOCS)
        py("corpus", HTML_DOCS, corpus, FULL_CORPUS)
    paths = {"corpus": sliced(corpus, cfg["corpus"]), "slice": sliced(corpus, cfg["slice"]),
             "rg_slice": sliced(corpus, cfg["rg_slice"]),
             "rg_slice_big": sliced(corpus, cfg["rg_slice_big"])}
    article = os.path.join(DATA, "article-20k.txt")
    with open(os.path.join(ROOT, "examples", "articles", "moscow-tokyo.txt"), encoding="utf-8") as f:
        text = f.read()
    with open(article, "w", encoding="utf-8") as f:
        f.write(text * max(1, 20_000 // len(text)))
    paths["article"] = article
    paths["html"] = html_pages(cfg["html_bytes"])
    return paths


def sliced(corpus, size):
    if size >= os.path.getsize(corpus):
        return corpus
    out = os.path.join(DATA, f"corpus-{size}.txt")
    if not os.path.exists(out) or os.path.getmtime(out) < os.path.getmtime(corpus):
        py("slice", corpus, out, size)
    return out


def html_pages(limit):
    """The docs' HTML pages (not _static and the like) copied to data/html[-N]/,
    up to `limit` bytes."""
    out = os.path.join(DATA, "html" if limit is None else f"html-{limit}")
    if os.path.isdir(out):
        return out
    total = 0
    for dirpath, dirnames, filenames in os.walk(HTML_DOCS):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("_"))
        for name in sorted(filenames):
            if not name.endswith(".html"):
                continue
            src = os.path.join(dirpath, name)
            if limit is not None and total + os.path.getsize(src) > limit:
                continue
            dst = os.path.join(out, os.path.relpath(src, HTML_DOCS))
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(src, dst)
            total += os.path.getsize(src)
    return out


def tree_bytes(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


# --- rows ----------------------------------------------------------------------------


def row(tool, glossary, input_path, nbytes, **kw):
    r = dict(tool=tool, glossary=glossary, input=rel(input_path), bytes=nbytes)
    r.update(kw)
    return r


def glossary_args(g):
    return [] if g == "builtin" else ["--glossary", os.path.join(DATA, g)]


def lib_arg(g):
    return "builtin" if g == "builtin" else os.path.join(DATA, g)


def terms_of(g):
    return os.path.join(DATA, g, "terms.txt")


def spans_path(tool, g):
    os.makedirs(os.path.join(DATA, "spans"), exist_ok=True)
    return os.path.join(DATA, "spans", f"{tool}-{g}.tsv")


def run_floor(g, paths, cfg, slice_len):
    corpus = paths["corpus"]
    res = measure([FLOOR, terms_of(g), corpus, "--runs", cfg["runs"],
                   "--spans", spans_path("floor", g), "--spans-until", slice_len])
    j = json_line(res)
    return row("floor (aho-corasick + ASCII whole-word)", g, corpus, j["bytes"], build_s=j["build_s"],
               mb_s=j["mb_s"], rss_kb=res["rss_kb"], matches=j["matches"], runs=j["runs"],
               key="floor", raw=j)


def run_lib(g, paths, cfg, slice_len):
    corpus = paths["corpus"]
    res = measure([LIB, lib_arg(g), corpus, "--runs", cfg["runs"],
                   "--spans", spans_path("glossator", g), "--spans-until", slice_len])
    j = json_line(res)
    note = (f"load = RON {j['parse_s']:.2f} s + merge {j['set_s']:.2f} s + Fluent "
            f"{j['fluent_s']:.2f} s + matcher {j['matcher_s']:.2f} s")
    return row("glossator in-process (`Matcher::find_iter`)", g, corpus, j["bytes"],
               build_s=j["build_s"], mb_s=j["mb_s"], rss_kb=res["rss_kb"], matches=j["matches"],
               runs=j["runs"], key="glossator-lib", note=note, raw=j)


def run_cli(g, paths, cfg, load_s, slow_cli=False):
    corpus = paths["corpus"]
    empty = os.path.join(DATA, "empty.txt")
    open(empty, "w").close()
    cmd = [GLOSSATOR, "scan", "--format", "json", "-j", "1"] + glossary_args(g)
    slow = load_s is not None and load_s > SLOW_LOAD
    if slow and not slow_cli:
        return row("glossator CLI `scan --format json -j 1` (whole process)", g, corpus,
                   os.path.getsize(corpus), key="glossator-cli",
                   note=f"skipped: the in-process load takes {load_s:.0f} s, so each run would be "
                        "mostly load (`--slow-cli` runs it once)")
    runs = 1 if slow else cfg["runs"]
    walls, rss, count = [], [], None
    for i in range(runs):
        res = measure(cmd + [corpus], note=(i == 0))
        if res["rc"] != 0:
            raise RuntimeError(f"rc={res['rc']}: {res['err'].strip()[-300:]}")
        walls.append(res["wall"])
        rss.append(res["rss_kb"])
        count = json.loads(res["out"])["occurrences"]
    wall = statistics.median(walls)
    nbytes = os.path.getsize(corpus)
    if slow:
        start = None
        mb_s = None
        note = (f"one run only (load ≈ {load_s:.0f} s in-process): wall {wall:.1f} s, "
                f"{nbytes / 1e6 / wall:.2f} MB/s including the load")
    else:
        starts = [measure(cmd + [empty], note=(i == 0))["wall"] for i in range(runs)]
        start = statistics.median(starts)
        mb_s = nbytes / 1e6 / (wall - start) if wall > start else None
        note = (f"wall {wall:.2f} s; build/load = the same command on an empty file; "
                f"{nbytes / 1e6 / wall:.1f} MB/s including it")
    return row("glossator CLI `scan --format json -j 1` (whole process)", g, corpus, nbytes,
               build_s=start, mb_s=mb_s, rss_kb=max(rss), matches=count, runs=runs,
               key="glossator-cli", note=note)


RG_WHOLE = "ripgrep `rg -c -o -F -w -i -f` (whole corpus, whole process)"


def run_rg_whole(g, paths, cfg):
    """The sparse case against today's fastest peer: ripgrep counting matches over
    the whole corpus, median wall time of `runs` processes, against
    `glossator scan` as a whole process (the CLI row)."""
    corpus = paths["corpus"]
    cmd = ["rg", "-c", "-o", "-F", "-w", "-i", "--no-filename", "-f", terms_of(g), corpus]
    walls, rss, count = [], [], None
    for i in range(cfg["runs"]):
        res = measure(cmd, note=(i == 0), timeout=cfg["rg_timeout"])
        if res["rc"] not in (0, 1):
            return row(RG_WHOLE, g, corpus, os.path.getsize(corpus), key="rg-whole",
                       note="fails: " + str(res["err"]).strip()[-200:])
        walls.append(res["wall"])
        rss.append(res["rss_kb"])
        count = sum(int(x) for x in res["out"].decode().split() if x.isdigit())
    wall = statistics.median(walls)
    nbytes = os.path.getsize(corpus)
    return row(RG_WHOLE, g, corpus, nbytes, mb_s=nbytes / 1e6 / wall, rss_kb=max(rss),
               matches=count, runs=cfg["runs"], key="rg-whole",
               note=f"`-c -o` counts every match; wall {wall:.2f} s including start-up "
                    "(compare with the CLI row's wall)")


def run_peer(tool, g, paths, cfg):
    slc = paths["slice"]
    runs = cfg["slow_runs"] if tool == "spacy" else cfg["runs"]
    res = measure([VENV_PY, os.path.join(HERE, "peers.py"), tool, terms_of(g), slc, "--runs", runs,
                   "--spans", spans_path(tool, g)], timeout=cfg["peer_timeout"])
    if res["rc"] == "timeout":
        return row(tool, g, slc, os.path.getsize(slc), key=tool,
                   note=f"timed out after {cfg['peer_timeout']} s")
    j = json_line(res)
    names = {"flashtext": "FlashText `KeywordProcessor(case_sensitive=False)`",
             "pyahocorasick": "pyahocorasick `iter_long` + ASCII whole-word",
             "spacy": "spaCy `PhraseMatcher(attr=\"LOWER\")`, `blank(\"en\")`"}
    return row(names[tool], g, slc, j["bytes"], build_s=j["build_s"], mb_s=j["mb_s"],
               rss_kb=res["rss_kb"], matches=j["matches"], runs=j["runs"], key=tool, raw=j)


RG = "ripgrep `rg -F -w -i -o -f`"


def run_rg(g, paths, cfg):
    """ripgrep on a small prefix of the corpus; build = the same command on an empty
    file. A term list whose regex exceeds ripgrep's default size limit is run again
    with `--regex-size-limit 4G` on an even smaller prefix."""
    empty = os.path.join(DATA, "empty.txt")
    base = ["rg", "-F", "-w", "-i", "-o", "-b", "--no-filename", "--no-line-number"]
    slc, extra, note = paths["rg_slice"], [], ""
    cmd = base + ["-f", terms_of(g)]
    start = measure(cmd + [empty], timeout=cfg["rg_timeout"])
    if start["rc"] == 2 and "size limit" in start["err"]:
        first = start["err"].strip().splitlines()[-1][:120]
        slc, extra = paths["rg_slice_big"], ["--regex-size-limit", "4G"]
        note = f"default settings fail (“{first}”); run with `--regex-size-limit 4G`; "
        cmd = base + extra + ["-f", terms_of(g)]
        start = measure(cmd + [empty], timeout=cfg["rg_timeout"])
    nbytes = os.path.getsize(slc)
    if start["rc"] == "timeout":
        return row(RG, g, slc, nbytes, key="rg",
                   note=note + f"building the regex alone took over {cfg['rg_timeout']} s")
    if start["rc"] not in (0, 1):
        return row(RG, g, slc, nbytes, key="rg",
                   note=note + "fails: " + start["err"].strip().splitlines()[-1][:200])
    res = measure(cmd + [slc], timeout=cfg["rg_timeout"])
    if res["rc"] == "timeout":
        return row(RG, g, slc, nbytes, build_s=start["wall"], key="rg", rss_kb=start["rss_kb"],
                   note=note + f"timed out after {cfg['rg_timeout']} s on {nbytes / 1e3:.0f} kB")
    spans = []
    for line in res["out"].decode("utf-8", "replace").splitlines():
        off, _, text = line.partition(":")
        spans.append((int(off), int(off) + len(text.encode("utf-8"))))
    with open(spans_path("rg", g), "w") as f:
        f.writelines(f"{s}\t{e}\n" for s, e in spans)
    scan = res["wall"] - start["wall"]
    if scan < 0.05:
        note += "scan time within the noise of process start; "
    return row(RG, g, slc, nbytes, build_s=start["wall"],
               mb_s=nbytes / 1e6 / scan if scan >= 0.05 else None, rss_kb=res["rss_kb"],
               matches=len(spans), runs=1, key="rg", limit_path=rel(slc),
               note=note + f"one run; build = the same command on an empty file; wall {res['wall']:.2f} s")


def diff(g, tool_key, paths, limit_path):
    other = spans_path(tool_key, g)
    if not os.path.exists(other) or not os.path.exists(spans_path("glossator", g)):
        return None
    cmd = [VENV_PY, os.path.join(HERE, "diff_spans.py"), limit_path, terms_of(g),
           spans_path("glossator", g), other, tool_key, "--examples", "2",
           "--limit", os.path.getsize(limit_path)]
    out = subprocess.run([str(c) for c in cmd], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         cwd=HERE)
    if out.returncode != 0:
        log("diff failed:", out.stderr.decode()[-500:])
        return None
    return json.loads(out.stdout)


# --- HTML, batch, streaming, start-up ------------------------------------------------------


def help_text(*sub):
    p = subprocess.run([GLOSSATOR, *sub, "--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return p.stdout.decode("utf-8", "replace")


def run_html(g, paths, cfg):
    pages = paths["html"]
    nbytes = tree_bytes(pages)
    formats = re.search(r"--format[^\n]*\[([^\]]*)\]", help_text("annotate"))
    if not formats or "html" not in formats.group(1):
        return row("glossator `annotate --format html -j 1`", g, pages, nbytes, key="html",
                   note="n/a: `glossator annotate` has no `--format html` in this build")
    out = tempfile.mkdtemp(prefix="bench-html-")
    try:
        walls, rss = [], []
        for i in range(min(3, cfg["runs"])):
            shutil.rmtree(out, ignore_errors=True)
            res = measure([GLOSSATOR, "annotate", "--format", "html", "-j", "1", "-q"]
                          + glossary_args(g) + ["-o", out, pages], stdout=False, note=(i == 0))
            if res["rc"] != 0:
                raise RuntimeError(f"rc={res['rc']}: {res['err'].strip()[-300:]}")
            walls.append(res["wall"])
            rss.append(res["rss_kb"])
    finally:
        shutil.rmtree(out, ignore_errors=True)
    wall = statistics.median(walls)
    return row("glossator `annotate --format html -j 1 -o DIR` (whole process)", g, pages, nbytes,
               mb_s=nbytes / 1e6 / wall, rss_kb=max(rss), runs=len(walls), key="html",
               note=f"{sum(len(fs) for _, _, fs in os.walk(pages))} pages; wall {wall:.2f} s "
                    "including the load; first use of each term per page")


def run_batch(paths, cfg, g):
    if "--threads" not in help_text("scan"):
        return [dict(what="batch", note="n/a: no --threads option")]
    tmp = tempfile.mkdtemp(prefix="bench-batch-")
    rows = []
    try:
        src = os.path.join(tmp, "in")
        py("split", paths["corpus"], src, cfg["batch_files"])
        files = len(os.listdir(src))
        nbytes = tree_bytes(src)
        empty = os.path.join(DATA, "empty.txt")
        jobs = {
            "scan --format json": lambda j, o: [GLOSSATOR, "scan", "--format", "json", "-q", "-j", j]
            + glossary_args(g) + [src],
            "annotate -o DIR (text)": lambda j, o: [GLOSSATOR, "annotate", "-q", "-j", j]
            + glossary_args(g) + ["-o", o, src],
        }
        load = statistics.median(
            measure([GLOSSATOR, "scan", "--format", "json", "-q", "-j", "1"] + glossary_args(g)
                    + [empty], note=(i == 0))["wall"] for i in range(3))
        for name, make in jobs.items():
            result = dict(what=name, glossary=g, files=files, bytes=nbytes, load_s=load)
            for threads in ("1", "2"):
                walls, rss = [], []
                for i in range(min(3, cfg["runs"])):
                    out = os.path.join(tmp, "out")
                    shutil.rmtree(out, ignore_errors=True)
                    res = measure(make(threads, out), stdout=False, note=(i == 0))
                    if res["rc"] != 0:
                        raise RuntimeError(f"rc={res['rc']}: {res['err'].strip()[-300:]}")
                    walls.append(res["wall"])
                    rss.append(res["rss_kb"])
                result["wall_j" + threads] = statistics.median(walls)
                result["rss_j" + threads] = max(rss)
            rows.append(result)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


def run_stream(paths, cfg):
    formats = re.search(r"--format[^\n]*\[([^\]]*)\]", help_text("annotate"))
    if not formats or "jsonl" not in formats.group(1):
        return [dict(size=s, note="n/a: no --format jsonl") for s in cfg["stream"]]
    rows = []
    for size in cfg["stream"]:
        feed = [sys.executable, os.path.join(HERE, "prepare.py"), "jsonl", paths["corpus"], size]
        res = measure([GLOSSATOR, "annotate", "--format", "jsonl", "-q", "-"], stdin_cmd=feed,
                      stdout=False)
        rows.append(dict(size=size, wall=res["wall"], rss_kb=res["rss_kb"], rc=res["rc"],
                         err=res["err"].strip()[-300:] if res["rc"] != 0 else ""))
    return rows


def run_startup(paths):
    def median_wall(cmd, n=11):
        walls = [measure(cmd, stdout=False, note=(i == 0))["wall"] for i in range(n)]
        return statistics.median(walls)

    version = median_wall([GLOSSATOR, "--version"])
    article = median_wall([GLOSSATOR, "annotate", paths["article"]])
    return dict(version_s=version, annotate_s=article, article_bytes=os.path.getsize(paths["article"]))


# --- report --------------------------------------------------------------------------------


def fmt(x, digits=2):
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:.{digits}f}"
    return f"{x:,}"


def size_of(nbytes):
    return f"{nbytes / 1e6:.0f} MB" if nbytes >= 1e6 else f"{nbytes / 1e3:.0f} kB"


def machine():
    model = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    mem = "?"
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return dict(nproc=os.cpu_count(), cpu=model, mem=mem, kernel=platform.release(),
                load=os.getloadavg())


def versions():
    def first(cmd):
        try:
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            return p.stdout.decode().strip().splitlines()[0]
        except OSError:
            return "?"

    peers = first([VENV_PY, "-c", "import importlib.metadata as m; print(', '.join(f'{p} ' + "
                   "m.version(p) for p in ('flashtext', 'pyahocorasick', 'spacy')))"])
    commit = first(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain"], stdout=subprocess.PIPE).stdout
    return dict(rustc=first(["rustc", "--version"]), rg=first(["rg", "--version"]),
                python=first([VENV_PY, "--version"]), peers=peers, glossator=first([GLOSSATOR, "--version"]),
                commit=commit + (" (work tree with uncommitted changes)" if dirty.strip() else ""))


def report(mode, cfg, paths, results, diffs, html, batch, stream, startup, started, info):
    m, v = info["machine"], info["versions"]
    L = []
    L.append(f"# Side-by-side comparison: results ({mode} run)\n")
    L.append(f"- Date: {started:%Y-%m-%d %H:%M} UTC, run took {info['elapsed'] / 60:.1f} min")
    L.append(f"- Machine: {m['nproc']} cores, {m['cpu']}, {m['mem']} RAM, Linux {m['kernel']}; "
             f"load average at start {m['load'][0]:.2f}, at end {info['load_end'][0]:.2f} "
             "(a shared machine: figures are comparable within one run only)")
    L.append(f"- glossator: {v['glossator']}, commit {v['commit']}; {v['rustc']}")
    L.append(f"- Peers: {v['rg']}; {v['python']}: {v['peers']}")
    L.append(f"- Command: `benches/compare/run.sh{' --quick' if mode == 'quick' else ''}`; "
             f"scan MB/s is the median of {cfg['runs']} runs ({cfg['slow_runs']} for spaCy, 1 for ripgrep); "
             "MB = 10^6 bytes; RSS in MiB (peak, `/usr/bin/time -v`)")
    L.append(f"- Inputs: corpus `{rel(paths['corpus'])}` ({os.path.getsize(paths['corpus']) / 1e6:.0f} MB "
             f"of prose from the Python 3.11 docs), slow peers on its first "
             f"{os.path.getsize(paths['slice']) / 1e6:.0f} MB, ripgrep on its first "
             f"{os.path.getsize(paths['rg_slice']) / 1e3:.0f} kB\n")
    for g in [g for g in results]:
        rows = results[g]
        floor = next((r for r in rows if r.get("key") == "floor" and r.get("mb_s")), None)
        lib = next((r for r in rows if r.get("key") == "glossator-lib"), None)
        size = ""
        if lib and lib.get("raw"):
            size = f" ({lib['raw']['entries']:,} entries, {lib['raw']['forms']:,} forms)"
        L.append(f"## Scan: {g}{size}\n")
        L.append("| tool | input | build/load s | scan MB/s | × floor | peak RSS MiB | matches | notes |")
        L.append("|---|---|---:|---:|---:|---:|---:|---|")
        for r in rows:
            ratio = r["mb_s"] / floor["mb_s"] if floor and r.get("mb_s") else None
            rss = r["rss_kb"] / 1024 if r.get("rss_kb") else None
            L.append(f"| {r['tool']} | {size_of(r['bytes'])} | {fmt(r.get('build_s'))} | "
                     f"{fmt(r.get('mb_s'), 2 if (r.get('mb_s') or 0) >= 0.1 else 4)} | {fmt(ratio)} | "
                     f"{fmt(rss, 0)} | {fmt(r.get('matches'))} | {r.get('note', '')} |")
        L.append("")
        gd = [d for d in diffs.get(g, []) if d]
        if gd:
            L.append(f"### Match agreement with glossator ({g})\n")
            L.append("Both tools on the same prefix of the corpus; every match one finds and the "
                     "other does not is put in one category (`diff_spans.py`).\n")
            L.append("| tool | on | glossator | tool | glossator only | tool only |")
            L.append("|---|---:|---:|---:|---:|---:|")
            for d in gd:
                L.append(f"| {d['other']} | {size_of(d['bytes'])} | {d['glossator']:,} | "
                         f"{d[d['other']]:,} | {d['glossator_only']:,} | {d['other_only']:,} |")
            L.append("")
            for d in [d for d in gd if d["glossator_only"] + d["other_only"]]:
                L.append(f"<details><summary>{d['other']}: {d['glossator_only'] + d['other_only']:,} "
                         "differences by category</summary>\n")
                L.append("| side | count | reason | examples |")
                L.append("|---|---:|---|---|")
                for c in d["categories"]:
                    ex = " · ".join("`" + e.replace("`", "'").replace("|", "\\|") + "`" for e in c["examples"])
                    L.append(f"| {c['side']} | {c['count']:,} | {c['reason']} | {ex} |")
                L.append("\n</details>\n")
    if html:
        L.append("## HTML\n")
        L.append("| command | glossary | input | MB/s | × plain-text CLI scan | peak RSS MiB | notes |")
        L.append("|---|---|---:|---:|---:|---:|---|")
        for r in html:
            rss = r["rss_kb"] / 1024 if r.get("rss_kb") else None
            cli = next((x for x in results.get(r["glossary"], [])
                        if x.get("key") == "glossator-cli" and x.get("mb_s")), None)
            ratio = r["mb_s"] / cli["mb_s"] if cli and r.get("mb_s") else None
            L.append(f"| {r['tool']} | {r['glossary']} | {size_of(r['bytes'])} | {fmt(r.get('mb_s'))} | "
                     f"{fmt(ratio)} | {fmt(rss, 0)} | {r.get('note', '')} |")
        L.append("")
    if batch:
        L.append("## Batch: many files, 1 and 2 threads\n")
        L.append("| command | glossary | files | wall -j1 s | wall -j2 s | speed-up | speed-up past the load | "
                 "peak RSS -j2 MiB |")
        L.append("|---|---|---:|---:|---:|---:|---:|---:|")
        for b in batch:
            if "note" in b:
                L.append(f"| {b['what']} | | | | | {b['note']} | | |")
                continue
            w1, w2, ld = b["wall_j1"], b["wall_j2"], b["load_s"]
            past = (w1 - ld) / (w2 - ld) if w2 > ld else None
            L.append(f"| `{b['what']}` | {b['glossary']} | {b['files']} ({b['bytes'] / 1e6:.0f} MB) | "
                     f"{w1:.2f} | {w2:.2f} | {w1 / w2:.2f}× | {fmt(past)}× (load {ld:.2f} s) | "
                     f"{b['rss_j2'] / 1024:.0f} |")
        L.append("")
    if stream:
        L.append("## Streaming: `annotate --format jsonl -` (built-in glossary)\n")
        L.append("| input (JSON Lines on stdin) | wall s | MB/s | peak RSS MiB | notes |")
        L.append("|---:|---:|---:|---:|---|")
        for s in stream:
            if "note" in s:
                L.append(f"| {s['size'] / 1e6:.0f} MB | | | | {s['note']} |")
                continue
            L.append(f"| {s['size'] / 1e6:.0f} MB | {s['wall']:.1f} | {s['size'] / 1e6 / s['wall']:.1f} | "
                     f"{s['rss_kb'] / 1024:.0f} | {'rc=' + str(s['rc']) + ' ' + s['err'] if s['rc'] != 0 else ''} |")
        L.append("")
    if startup:
        L.append("## Start-up: built-in glossary\n")
        L.append(f"Median of 11 runs: `glossator --version` {startup['version_s'] * 1000:.1f} ms; "
                 f"`glossator annotate` of a {startup['article_bytes'] / 1e3:.0f} kB article "
                 f"{startup['annotate_s'] * 1000:.1f} ms "
                 f"(+{(startup['annotate_s'] - startup['version_s']) * 1000:.1f} ms).\n")
    L.append("## Commands\n")
    L.append("Each measured command, once (repeated runs left out), from the repository root:\n")
    L.append("```")
    L.extend(COMMANDS)
    L.append("```")
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--runs", type=int)
    ap.add_argument("--glossaries")
    ap.add_argument("--slow-cli", action="store_true",
                    help=f"run the CLI once even when the load takes over {SLOW_LOAD} s")
    ap.add_argument("--skip", default="", help="comma-separated: peers,rg,html,batch,stream,startup")
    args = ap.parse_args()
    mode = "quick" if args.quick else "full"
    cfg = dict(MODES[mode])
    if args.runs:
        cfg["runs"] = args.runs
        cfg["slow_runs"] = min(cfg["slow_runs"], args.runs)
    glossaries = (args.glossaries or cfg["glossaries"]).split(",")
    skip = set(filter(None, args.skip.split(",")))
    started = datetime.datetime.now(datetime.timezone.utc)
    t0 = time.time()
    info = dict(machine=machine(), versions=versions())
    paths = prepare(cfg, glossaries)
    slice_len = os.path.getsize(paths["slice"])

    results, diffs = {}, {}
    for g in glossaries:
        rows, load = [], None
        steps = [("floor", lambda: run_floor(g, paths, cfg, slice_len)),
                 ("glossator-lib", lambda: run_lib(g, paths, cfg, slice_len)),
                 ("glossator-cli", lambda: run_cli(g, paths, cfg, load, args.slow_cli))]
        if "peers" not in skip:
            steps += [(t, (lambda t=t: run_peer(t, g, paths, cfg)))
                      for t in ("pyahocorasick", "flashtext", "spacy")]
        if "rg" not in skip:
            steps.append(("rg", lambda: run_rg(g, paths, cfg)))
            if g == "builtin":
                steps.append(("rg-whole", lambda: run_rg_whole(g, paths, cfg)))
        for key, step in steps:
            log(g, key)
            try:
                r = step()
            except Exception as e:  # one failing tool must not lose the others' figures
                r = row(key, g, paths["corpus"], os.path.getsize(paths["corpus"]), key=key,
                        note=f"failed: {str(e)[:300]}")
            if key == "glossator-lib":
                load = r.get("build_s")
            log("  ", {k: v for k, v in r.items() if k != "raw"})
            rows.append(r)
        results[g] = rows
        diffs[g] = []
        rg_row = next((r for r in rows if r.get("key") == "rg"), {})
        for key in ("floor", "pyahocorasick", "flashtext", "spacy", "rg"):
            if key == "rg" and not rg_row.get("limit_path"):
                continue
            limit = os.path.join(ROOT, rg_row.get("limit_path", "")) if key == "rg" else paths["slice"]
            d = diff(g, key, paths, limit)
            if d:
                diffs[g].append(d)
        # Spans of a glossary are large and only needed for its diffs.
        for key in ("floor", "glossator", "pyahocorasick", "flashtext", "spacy", "rg"):
            p = spans_path(key, g)
            if os.path.exists(p):
                os.unlink(p)

    html = []
    if "html" not in skip:
        for g in [g for g in glossaries if g != "gcide"]:
            log("html", g)
            try:
                html.append(run_html(g, paths, cfg))
            except Exception as e:
                html.append(row("glossator `annotate --format html`", g, paths["html"],
                                tree_bytes(paths["html"]), note=f"failed: {str(e)[:300]}"))
    batch = []
    if "batch" not in skip:
        g = "foldoc" if "foldoc" in glossaries else glossaries[0]
        log("batch", g)
        try:
            batch = run_batch(paths, cfg, g)
        except Exception as e:
            batch = [dict(what="batch", note=f"failed: {str(e)[:300]}")]
    stream = []
    if "stream" not in skip:
        log("stream")
        stream = run_stream(paths, cfg)
    startup = None
    if "startup" not in skip:
        log("start-up")
        startup = run_startup(paths)

    info["elapsed"] = time.time() - t0
    info["load_end"] = os.getloadavg()
    text = report(mode, cfg, paths, results, diffs, html, batch, stream, startup, started, info)
    with open(os.path.join(DATA, "results.md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(DATA, "results.json"), "w", encoding="utf-8") as f:
        json.dump(dict(mode=mode, config=cfg, info=info, results=results, diffs=diffs, html=html,
                       batch=batch, stream=stream, startup=startup, commands=COMMANDS),
                  f, indent=1, default=str, ensure_ascii=False)
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
