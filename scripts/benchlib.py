#!/usr/bin/env python3
"""Helpers for scripts/bench: the parts that are easier in Python than in bash.

    benchlib.py mtimes CORPUS_DIR
        Set each peers-corpus text file's mtime to its published date from
        index.tsv (soundbite takes a file's mtime as its date), so the
        newest article is article 1, as it is for newsboat and nom.
    benchlib.py predicates LIST_JSONL
        Read `soundbite list --json --limit 1000` (newest first) and print
        the tuibench predicates as shell assignments: WAIT_FIRST (row 1 is
        on screen, selected), WAIT_ROW1000 (row 1000 is the cursor row),
        WAIT_OPEN (the reader has focus and shows article 1000).
    benchlib.py gobench PKG OUT_JSONL < go-test-output
        Turn `go test -bench` output into one JSON line per benchmark.
    benchlib.py report RESULTS_DIR OUT_MD
        Write the Markdown report between the generated-section markers of
        OUT_MD (text outside the markers is kept).

All text read here comes from our own binary or generated corpora, but it
is still only used as data: titles are regex-escaped before they become
predicates.
"""
import csv
import datetime
import json
import os
import re
import shlex
import subprocess
import sys

BEGIN = "<!-- scripts/bench: generated section begins; edits inside are overwritten -->"
END = "<!-- scripts/bench: generated section ends -->"

# The reader's layout at the harness's 120x40: the list pane draws titles
# in 32 cells and the reader pane wraps the title on its first line after
# about 50. Predicates use shorter prefixes than either.
LIST_PREFIX = 20
LIST_PREFIX_MAX = 30
READER_PREFIX = 34

MIB = 1024 * 1024


# ---------------------------------------------------------------- mtimes


def cmd_mtimes(corpus):
    n = 0
    with open(os.path.join(corpus, "index.tsv"), newline="") as f:
        rows = csv.DictReader(f, delimiter="\t")
        for row in rows:
            i, feed = int(row["id"]), int(row["feed"])
            t = datetime.datetime.strptime(row["published"], "%Y-%m-%dT%H:%M:%SZ")
            ts = t.replace(tzinfo=datetime.timezone.utc).timestamp()
            os.utime(os.path.join(corpus, "text", "%03d" % feed, "%06d.txt" % i), (ts, ts))
            n += 1
    print("mtimes set on %d files" % n, file=sys.stderr)


# ---------------------------------------------------------------- predicates


def list_meta(s):
    """The start of a row's metadata line: category and date, as the list draws them."""
    parts = []
    if s.get("category"):
        parts.append(s["category"])
    d = s.get("date")
    if d and not d.startswith("0001-"):
        t = datetime.datetime.fromisoformat(d.replace("Z", "+00:00"))
        parts.append("%d %s" % (t.day, t.strftime("%b %Y")))
    return " · ".join(parts)


def reader_prefix(title):
    """Whole words of the title that fit on the reader's first line."""
    out = ""
    for w in title.split():
        nxt = (out + " " + w) if out else w
        if len(nxt) > READER_PREFIX and out:
            break
        out = nxt
    return out


# The list's column: at the start of the line, or right of the speakers
# pane's separator where the sidebar stands on the left (120 columns and
# wider, since 2026-12-04).
LIST_COLUMN = r"^(?:[^│\n]*│)?"


def cursor_row(title_prefix, meta):
    # The cursor row starts with the bar, then the unread dot or a space;
    # a title too long for one line goes on to a second, then the
    # metadata.
    return (LIST_COLUMN + r"┃ [● ] " + re.escape(title_prefix) + r".*\n(?:" + LIST_COLUMN
            + r"┃   .*\n)?" + LIST_COLUMN + r"┃   " + re.escape(meta))


def cmd_predicates(path):
    rows = [json.loads(l) for l in open(path) if l.strip()]
    if len(rows) < 1000:
        sys.exit("predicates: need 1000 rows, got %d" % len(rows))
    first, target = rows[0], rows[999]
    notes = []

    # Row 1000 must be told apart from rows 1..999, or the predicate could
    # hold while the cursor is still on its way.
    meta = list_meta(target)
    n = LIST_PREFIX
    while n < LIST_PREFIX_MAX and any(
            r["title"][:n] == target["title"][:n] and list_meta(r) == meta for r in rows[:999]):
        n += 1
    if any(r["title"][:n] == target["title"][:n] and list_meta(r) == meta for r in rows[:999]):
        notes.append("row 1000 shares its visible title and metadata with an earlier row")

    rp = reader_prefix(target["title"])
    if any(r["title"].startswith(rp) for r in rows[:999]):
        notes.append("row 1000's title starts like an earlier row's")

    preds = {
        "WAIT_FIRST": "re:" + LIST_COLUMN + r"┃ [● ] " + re.escape(first["title"][:LIST_PREFIX]),
        "WAIT_ROW1000": "re:" + cursor_row(target["title"][:n], meta),
        # Enter focuses the reader (its help line names "scroll down") on
        # article 1000, whose title opens the reader pane, right of the
        # list's separator.
        "WAIT_OPEN": "re:(?s)│ *" + re.escape(rp) + r".*scroll down",
        "PRED_NOTES": "; ".join(notes),
    }
    for k, v in preds.items():
        print("%s=%s" % (k, shlex.quote(v)))


# ---------------------------------------------------------------- go test -bench

BENCH_RE = re.compile(r"^(Benchmark\S+?)(?:-(\d+))?\s+(\d+)\s+(.*)$")


def cmd_gobench(pkg, out):
    with open(out, "a") as f:
        for line in sys.stdin:
            sys.stderr.write(line)
            m = BENCH_RE.match(line.rstrip("\n"))
            if not m:
                continue
            fields = m.group(4).split()
            metrics = {}
            for i in range(0, len(fields) - 1, 2):
                try:
                    metrics[fields[i + 1]] = float(fields[i])
                except ValueError:
                    pass
            f.write(json.dumps({"kind": "gobench", "pkg": pkg, "name": m.group(1),
                                "procs": int(m.group(2) or 1), "iters": int(m.group(3)),
                                "metrics": metrics}) + "\n")


# ---------------------------------------------------------------- report


def load(path):
    recs = []
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                line = line.strip()
                if line:
                    recs.append(json.loads(line))
    return recs


def med(t, key):
    v = t.get("summary", {}).get(key)
    return v["median"] if v else None


def spread(t, key):
    v = t.get("summary", {}).get(key)
    return (v["min"], v["max"]) if v else None


def fms(v):
    if v is None:
        return "–"
    return ("%.0f" % v) if v >= 10 else ("%.1f" % v)


def fmib(kb=None, b=None):
    if kb is not None:
        return "%.0f" % (kb / 1024)
    if b is not None:
        return "%.0f" % (b / MIB)
    return "–"


def kn(n):
    return "{:,}".format(n)


def size_label(n):
    return "%dk" % (n // 1000) if n % 1000 == 0 else str(n)


def nom_figures(results_md):
    """nom's rows from the peers' RESULTS.md table, keyed by N label ("1k")."""
    out = {}
    if not os.path.exists(results_md):
        return out
    header = None
    for line in open(results_md):
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells and cells[0] == "N":
            header = cells
            continue
        if header is None or len(cells) != len(header) or set(cells[0]) <= set("-"):
            continue
        row = dict(zip(header, cells))
        if row["peer"].startswith("nom"):
            out.setdefault(row["N"], []).append(row)
    return out


def num(cell):
    m = re.search(r"[\d.]+", cell.replace("*", "").replace(",", ""))
    return float(m.group(0)) if m else None


def ratio(ours, theirs):
    if ours is None or theirs is None or ours <= 0:
        return "–"
    r = theirs / ours
    return ("%.1f× faster" % r) if r >= 1 else ("%.1f× slower" % (1 / r))


def ratio_small(ours, theirs):
    """For sizes and memory: smaller is better."""
    if ours is None or theirs is None or ours <= 0:
        return "–"
    r = theirs / ours
    return ("%.1f× smaller" % r) if r >= 1 else ("%.1f× larger" % (1 / r))


def verdict(value, target, higher_better=False):
    """The verdict on a figure and by how much it met or missed its target."""
    if value is None:
        return "not measured", "–"
    ok = value >= target if higher_better else value <= target
    better, worse = (value / target, target / value) if higher_better else (target / value, value / target)
    if ok:
        if higher_better:
            return "**met**", "%.0f%% above" % ((better - 1) * 100)
        return "**met**", "%.0f%% under" % ((1 - 1 / better) * 100)
    if worse >= 2:
        return "**missed**", "%.1f× %s" % (worse, "below the target" if higher_better else "the target")
    return "**missed**", "%.0f%% %s" % ((worse - 1) * 100 if not higher_better else (1 - 1 / worse) * 100,
                                       "below" if higher_better else "over")


def cmd_report(work, out_md):
    info = dict(l.rstrip("\n").split("=", 1) for l in open(os.path.join(work, "info.env")) if "=" in l)
    own = load(os.path.join(work, "own.jsonl"))
    peers = load(os.path.join(work, "results.jsonl"))
    gob = load(os.path.join(work, "gobench.jsonl"))
    loads = load(os.path.join(work, "load.jsonl"))

    imports = {r["n"]: r for r in own if r["kind"] == "sb-import"}
    tuis = {r["n"]: r for r in own if r["kind"] == "sb-tui"}
    sizes = sorted(set(imports) | set(tuis))
    big = max(sizes) if sizes else None
    bench = {}
    for r in gob:
        bench[r["pkg"] + "." + r["name"]] = r

    L = []
    w = L.append
    w(BEGIN)
    w("")
    w("Generated by `scripts/bench` on %s (UTC), in %s." % (info.get("date", "?"), info.get("elapsed", "?")))
    w("")
    w("Regenerate (from the repository root):")
    w("")
    w("```sh")
    w(info.get("command", "scripts/bench"))
    w("```")
    w("")
    w("## Machine")
    w("")
    w("| | |")
    w("|---|---|")
    w("| cores (`nproc`) | %s |" % info.get("nproc", "?"))
    w("| CPU (`/proc/cpuinfo` model name) | %s |" % info.get("cpu", "?"))
    w("| memory | %s |" % info.get("mem", "?"))
    w("| kernel | %s |" % info.get("kernel", "?"))
    w("| Go | %s |" % info.get("go", "?"))
    w("| soundbite | commit %s%s |" % (info.get("commit", "?"), info.get("dirty", "")))
    w("| tmux, hyperfine, newsboat | %s; %s; %s |" % (
        info.get("tmux", "?"), info.get("hyperfine", "?"), info.get("newsboat", "?")))
    w("")
    if loads:
        w("Load average when each phase started (1, 5, 15 min) and the highest 1-minute load seen")
        w("during it. The machine is shared with other engineers' builds and tests; on 2 cores,")
        w("figures taken under a load above ~1.5 are pessimistic, and comparisons are fair only")
        w("within one phase or between phases under a similar load.")
        w("")
        w("| phase | load at start | highest during |")
        w("|---|---|---|")
        for r, peak in phase_loads(loads, os.path.join(work, "load.samples")):
            w("| %s | %s | %s |" % (r["phase"], r["load"], peak))
        w("")

    # ---------------------------------------------------------- targets
    if big is not None:
        t = tuis.get(big, {})
        imp = imports.get(big, {})
        w("## Targets at %s articles" % kn(big))
        w("")
        w("Each target is checked against the end-to-end figure (the real binary in tmux, or the")
        w("`import` command) and, where one exists, the in-process Go benchmark at 100,000 articles.")
        w("")
        w("| target | measured | source | verdict | margin |")
        w("|---|---|---|---|---|")

        def row(label, value, target, src, unit, higher=False, fmt="%.1f"):
            v, how = verdict(value, target, higher)
            w("| %s | %s | %s | %s | %s |" % (label, (fmt % value + unit) if value is not None else "–",
                                              src, v, how))

        def gb(name, metric="ns/op"):
            r = bench.get(name)
            return r["metrics"].get(metric) if r else None

        def ms_of(ns):
            return ns / 1e6 if ns is not None else None

        row("first frame ≤ 50 ms", med(t, "start_ms"), 50, "tmux: launch to newest title on screen", " ms")
        row("", ms_of(gb("ui.BenchmarkStartToFirstFrame/bbolt")), 50,
            "Go: `ui` BenchmarkStartToFirstFrame/bbolt (New to first full frame)", " ms", fmt="%.2f")
        row("", ms_of(gb("store.BenchmarkOpenFirstPage")), 50,
            "Go: `store` BenchmarkOpenFirstPage (open file, first 50 rows)", " ms", fmt="%.2f")
        d999 = med(t, "down999_ms")
        row("keypress to frame ≤ 16 ms", d999 / 999 if d999 else None, 16,
            "tmux: Down×999 burst ÷ 999 (%s ms for the burst)" % fms(d999), " ms", fmt="%.2f")
        row("", ms_of(gb("ui.BenchmarkKeypressToFrame")), 16,
            "Go: `ui` BenchmarkKeypressToFrame (j, page loads, View)", " ms", fmt="%.3f")
        row("opening an article ≤ 5 ms", med(t, "open_ms"), 5,
            "tmux: Enter on row 1000 until the reader has focus and shows it", " ms")
        row("", ms_of(gb("store.BenchmarkGet")), 5, "Go: `store` BenchmarkGet (one article, decompressed)",
            " ms", fmt="%.3f")
        row("", ms_of(gb("reader.BenchmarkRender1000Words")), 5,
            "Go: `ui/reader` BenchmarkRender1000Words (Glamour, width 80; runs off the update loop)",
            " ms", fmt="%.2f")
        row("speaker filter ≤ 10 ms", med(t, "filter_ms"), 10,
            "tmux: Enter on the top speaker until the list shows `N in filter`", " ms")
        tog = bench.get("ui.BenchmarkToggleSpeakerFilter/bbolt")
        row("", ms_of(tog["metrics"].get("ns/toggle")) if tog else None, 10,
            "Go: `ui` BenchmarkToggleSpeakerFilter/bbolt (per toggle: list, counts, sidebar, View)",
            " ms", fmt="%.2f")
        row("", ms_of(gb("store.BenchmarkSpeakerArticles")), 10,
            "Go: `store` BenchmarkSpeakerArticles (first page of one speaker)", " ms", fmt="%.3f")
        rate = imp["n"] / imp["wall_s"] if imp.get("wall_s") else None
        row("import with extraction ≥ 5,000 articles/s", rate, 5000,
            "`soundbite import` wall time (%s s)" % (imp.get("wall_s", "–")), " /s", higher=True, fmt="%.0f")
        hwm = t.get("summary", {}).get("end_hwm_kb")
        row("peak RSS ≤ 64 MiB (reader)", hwm["median"] / 1024 if hwm else None, 64,
            "tmux: VmHWM after all steps", " MiB", fmt="%.0f")
        row("peak RSS ≤ 64 MiB (import)", imp["peak_rss_kb"] / 1024 if imp.get("peak_rss_kb") else None, 64,
            "GNU time `%M` of `soundbite import`", " MiB", fmt="%.0f")
        row("store on disk ≤ 300 MiB", imp["db_bytes"] / MIB if imp.get("db_bytes") else None, 300,
            "file size after import (%s B/article)" % (
                "%.0f" % (imp["db_bytes"] / imp["n"]) if imp.get("db_bytes") else "–"), " MiB", fmt="%.0f")
        w("")

    # ---------------------------------------------------------- own corpus
    if sizes:
        w("## soundbite at 1k, 10k, 100k (its own corpus)")
        w("")
        w("Corpus: `go run ./internal/gen -n N -out DIR -seed 1` (sample layout, ~600 words, dates in")
        w("the mtimes, article 1 newest); N = 1,000 and 10,000 import the first 1 and 10 directories")
        w("of the largest corpus. Import: one run of `soundbite --db FILE import DIR...` into an")
        w("empty store, under GNU time. Reader: `tuibench.py` (median of %s runs after a warm-up, each"
          % info.get("runs", "?"))
        w("a new process on a fresh copy of the imported store, 120×40 tmux pane).")
        w("")
        w("| N | import s | articles/s | import peak RSS MiB | store MiB | B/article | cold start ms "
          "| CPU ms to 1st frame | RSS at 1st frame MiB | Down×999 ms | open ms | back ms "
          "| speakers pane ms | speaker filter ms | peak RSS after steps MiB |")
        w("|" + "---|" * 15)
        for n in sizes:
            g, t = imports.get(n, {}), tuis.get(n, {})
            s = t.get("summary", {})
            hwm = s.get("settle_hwm_kb") or s.get("hwm_kb")
            w("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                kn(n), "%.2f" % g["wall_s"] if g.get("wall_s") else "–",
                "%.0f" % (n / g["wall_s"]) if g.get("wall_s") else "–",
                fmib(kb=g["peak_rss_kb"]) if g.get("peak_rss_kb") else "–",
                fmib(b=g["db_bytes"]) if g.get("db_bytes") else "–",
                "%.0f" % (g["db_bytes"] / n) if g.get("db_bytes") else "–",
                fms(med(t, "start_ms")), fms(med(t, "cpu_ms")),
                fmib(kb=hwm["median"]) if hwm else "–",
                fms(med(t, "down999_ms")), fms(med(t, "open_ms")), fms(med(t, "back_ms")),
                fms(med(t, "speakers_ms")), fms(med(t, "filter_ms")),
                fmib(kb=s["end_hwm_kb"]["median"]) if s.get("end_hwm_kb") else "–"))
        w("")
        w("Spread (min–max over the timed runs):")
        w("")
        for n in sizes:
            t = tuis.get(n)
            if not t:
                continue
            parts = []
            for k, label in (("start_ms", "cold start"), ("down999_ms", "Down×999"), ("open_ms", "open"),
                             ("filter_ms", "speaker filter")):
                sp = spread(t, k)
                if sp:
                    parts.append("%s %s–%s ms" % (label, fms(sp[0]), fms(sp[1])))
            w("- N=%s (%d runs): %s" % (kn(n), len(t.get("runs", [])), "; ".join(parts)))
        notes = [(n, tuis[n].get("pred_notes")) for n in sizes if tuis.get(n, {}).get("pred_notes")]
        for n, note in notes:
            w("- N=%s predicate caveat: %s" % (kn(n), note))
        w("")

    # ---------------------------------------------------------- Go benchmarks
    if gob:
        w("## In-process Go benchmarks")
        w("")
        w("`go test -run '^$' -bench ...` on the packages' own fixtures: the `store` and `ui`")
        w("benchmarks build 100,000-article stores in the test binary (not timed). Medians are not")
        w("taken: one `-count 1` run each, `-benchtime %s`." % info.get("benchtime", "1s"))
        w("")
        w("| package | benchmark | time/op | other |")
        w("|---|---|---|---|")
        for r in gob:
            m = dict(r["metrics"])
            ns = m.pop("ns/op", None)
            other = ", ".join("%s %s" % (("%.0f" % v) if v >= 100 else ("%.3g" % v), k)
                              for k, v in m.items() if k not in ("B/op", "allocs/op"))
            allocs = ""
            if "allocs/op" in m:
                allocs = "%s allocs/op, %s B/op" % (kn(int(m["allocs/op"])), kn(int(m.get("B/op", 0))))
            w("| %s | %s | %s | %s |" % (r["pkg"], r["name"], human_ns(ns),
                                         "; ".join(x for x in (other, allocs) if x) or "–"))
        w("")

    # ---------------------------------------------------------- peers
    if peers:
        w("## Beside the peers (newsboat; nom from RESULTS.md)")
        w("")
        w("Same run, same corpus (`../shared/peers-bench/gen/main.go`), same harness: newsboat")
        w("rows come from `../shared/peers-bench/run.sh newsboat`, soundbite rows from the same")
        w("`tuibench.py` and the same ingest rule (one probe under GNU time, then `hyperfine -N` with")
        w("the store deleted before each run: 5 runs under 10 s, 3 under 200 s, else the probe alone")
        w("counts). soundbite imports the corpus's `text/` files (`Category,Headline`, blank line,")
        w("paragraphs; mtimes set from `index.tsv` so article 1 is newest), which includes speaker")
        w("extraction; newsboat reads the `rss/` files and extracts nothing. nom was not run: it is")
        w("not in Debian and cannot be built through the module proxy, so its figures below are")
        w("**copied from `../shared/peers-bench/RESULTS.md`** (another run, %s)." % (
            info.get("peers_cpu_note", "another machine")))
        w("")
        w("Steps: soundbite's first screen is its article list with the newest article selected;")
        w("`Down`×999 until row 1000 is the cursor row (the `┃` bar on each of its lines, with")
        w("its title and date); `Enter` until the reader pane has focus and shows that article;")
        w("back is `h` (pane left) until the list has focus again. newsboat opens feed 1 first")
        w("(\"open feed\"); its `q` goes back from the article.")
        w("")
        try:
            table = subprocess.run([sys.executable, info["report_py"], os.path.join(work, "results.jsonl")],
                                   check=True, capture_output=True, text=True).stdout.strip()
        except (KeyError, subprocess.CalledProcessError, OSError) as e:
            table = "(report.py failed: %s)" % e
        w(table)
        w("")
        w("### Ratios")
        w("")
        w("How soundbite compares, per figure (\"faster\"/\"smaller\" mean soundbite is better).")
        w("The nom columns use RESULTS.md's figures (nom v3.3.0; at 100k the `nom+index` row, since")
        w("stock nom's ingest was killed at 150 s) and so compare runs on different days and CPUs.")
        w("")
        ing = {(r["peer"], r["n"]): r for r in peers if r.get("kind") == "ingest"}
        tui = {(r["peer"], r["n"]): r for r in peers if r.get("kind") == "tui"}
        noms = nom_figures(info.get("results_md", ""))
        w("| N | figure | soundbite | newsboat | vs newsboat | nom (RESULTS.md) | vs nom |")
        w("|---|---|---|---|---|---|---|")
        for n in sorted({k[1] for k in ing} | {k[1] for k in tui}):
            sg, ng = ing.get(("soundbite", n), {}), ing.get(("newsboat", n), {})
            st_, nt = tui.get(("soundbite", n), {}), tui.get(("newsboat", n), {})
            nomrow = None
            for r in noms.get(size_label(n), []):
                if r["peer"] == "nom" and num(r.get("ingest s (runs)", "")) is not None:
                    nomrow = r
            if nomrow is None:
                for r in noms.get(size_label(n), []):
                    if r["peer"].startswith("nom+"):
                        nomrow = r
            nomname = re.sub("[¹²³*]", "", nomrow["peer"]) if nomrow else "nom"

            def nomv(col):
                return num(nomrow.get(col, "")) if nomrow else None

            rows = [
                ("ingest s", sg.get("median_s"), ng.get("median_s"), nomv("ingest s (runs)"), "%.2f", False),
                ("ingest peak RSS MiB", kb_mib(sg.get("peak_rss_kb")), kb_mib(ng.get("peak_rss_kb")),
                 nomv("ingest peak RSS MiB"), "%.0f", True),
                ("cache/store MiB", b_mib(sg.get("db_bytes")), b_mib(ng.get("db_bytes")), nomv("cache MiB"),
                 "%.0f", True),
                ("cold start ms", med(st_, "start_ms"), med(nt, "start_ms"),
                 nomv("cold start to 1st frame ms"), "%.0f", False),
                ("RSS at 1st screen MiB", kb_mib(first_hwm(st_)), kb_mib(first_hwm(nt)),
                 nomv("RSS at 1st frame MiB"), "%.0f", True),
                ("Down×999 ms", med(st_, "down999_ms"), med(nt, "down999_ms"), nomv("Down×999 ms"), "%.0f",
                 False),
                ("open article ms", med(st_, "open_ms"), med(nt, "open_ms"), nomv("open article ms"), "%.1f",
                 False),
                ("back ms", med(st_, "back_ms"), med(nt, "back_ms"), nomv("back ms"), "%.1f", False),
                ("peak RSS after steps MiB", kb_mib(med(st_, "end_hwm_kb")), kb_mib(med(nt, "end_hwm_kb")),
                 nomv("peak RSS after steps MiB"), "%.0f", True),
            ]
            for label, ours, nb, nm, fmt, small in rows:
                if ours is None and nb is None:
                    continue
                rf = ratio_small if small else ratio
                w("| %s | %s | %s | %s | %s | %s | %s |" % (
                    kn(n), label, (fmt % ours) if ours is not None else "–",
                    (fmt % nb) if nb is not None else "–", rf(ours, nb),
                    ("%s (%s)" % (fmt % nm, nomname)) if nm is not None else "–", rf(ours, nm)))
        w("")
    w(END)

    text = "\n".join(L) + "\n"
    if os.path.exists(out_md):
        old = open(out_md).read()
        if BEGIN in old and END in old:
            head, rest = old.split(BEGIN, 1)
            tail = rest.split(END, 1)[1]
            text = head + text.rstrip("\n") + tail
            if not text.endswith("\n"):
                text += "\n"
        else:
            text = old.rstrip("\n") + "\n\n" + text
    else:
        text = SKELETON + "\n" + text
    with open(out_md, "w") as f:
        f.write(text)


def phase_loads(loads, samples_path):
    """Each phase's record (the latest of each name, in time order) with the
    highest sampled 1-minute load between its start and the next phase's."""
    latest = {}
    for r in loads:
        latest[r["phase"]] = r
    phases = sorted(latest.values(), key=lambda r: r.get("t", 0))
    samples = []
    if os.path.exists(samples_path):
        for line in open(samples_path):
            parts = line.split()
            if len(parts) == 2:
                samples.append((int(parts[0]), float(parts[1])))
    out = []
    for i, r in enumerate(phases):
        t0 = r.get("t")
        t1 = phases[i + 1].get("t") if i + 1 < len(phases) else None
        if t0 is None or r["phase"] == "done":
            out.append((r, "–"))
            continue
        seen = [l for t, l in samples if t >= t0 and (t1 is None or t < t1)]
        seen.append(float(r["load"].split()[0]))
        out.append((r, "%.2f" % max(seen)))
    return out


def first_hwm(t):
    s = t.get("summary", {})
    v = s.get("settle_hwm_kb") or s.get("hwm_kb")
    return v["median"] if v else None


def kb_mib(kb):
    return kb / 1024 if kb is not None else None


def b_mib(b):
    return b / MIB if b is not None else None


def human_ns(ns):
    if ns is None:
        return "–"
    if ns >= 1e9:
        return "%.2f s" % (ns / 1e9)
    if ns >= 1e6:
        return "%.2f ms" % (ns / 1e6)
    if ns >= 1e3:
        return "%.1f µs" % (ns / 1e3)
    return "%.0f ns" % ns


SKELETON = """# Benchmarks

soundbite at 1,000, 10,000 and 100,000 articles, measured end to end (the real binary in a
tmux pane, the real `import` command) and in process (`go test -bench`), and beside the
readers people use instead, in the same run on the same corpus. Everything below the
marker is written by `scripts/bench`; notes above it are by hand.
"""


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    cmd, args = argv[1], argv[2:]
    if cmd == "mtimes" and len(args) == 1:
        cmd_mtimes(*args)
    elif cmd == "predicates" and len(args) == 1:
        cmd_predicates(*args)
    elif cmd == "gobench" and len(args) == 2:
        cmd_gobench(*args)
    elif cmd == "report" and len(args) == 2:
        cmd_report(*args)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
