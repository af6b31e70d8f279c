#!/usr/bin/env python3
"""Turns the raw results of bench/bench.sh (in its work directory) into Markdown.

    report.py line WRK_JSON              one console line for one wrk run
    report.py bench WORKDIR              the `make bench` report
    report.py scale WORKDIR              the `make bench-scale` report

The work directory holds meta.tsv (key, value), results.tsv (bench: key, label, wrk json;
scale: size, key, label, wrk json), rss.tsv (service, pid, VmRSS kB, VmHWM kB) and
seed.tsv (size, seconds) for the scaling run.
"""
import json
import os
import sys


def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def rows(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def meta(work):
    return {r[0]: r[1] if len(r) > 1 else "" for r in rows(os.path.join(work, "meta.tsv"))}


def rate(r):
    return r["requests"] / (r["duration_us"] / 1e6) if r and r["duration_us"] else 0.0


def ms(us):
    return f"{us / 1000:.2f}" if us < 10_000 else f"{us / 1000:.0f}"


def errors(r):
    e = r["errors"]
    total = sum(e.values())
    if total == 0:
        return "0"
    parts = [f"{k} {v:,}" for k, v in e.items() if v]
    pct = 100.0 * total / max(r["requests"], 1)
    return f"{total:,} ({pct:.1f} %: {', '.join(parts)})"


def line(path):
    r = load(path)
    if not r:
        return "no result (wrk failed; see its output)"
    lat = r["latency_us"]
    cpu = cpu_per_request(path, r)
    return (f"{rate(r):9.1f} req/s  p50 {ms(lat['p50']):>6} ms  p99 {ms(lat['p99']):>6} ms  "
            f"errors {errors(r)}" + (f"  CPU ms/req: {cpu_text(cpu)}" if cpu else ""))


def cpu_per_request(json_path, r):
    """{process: CPU ms per request} from the .cpu0/.cpu1 snapshots beside the wrk result."""
    base = json_path[:-len(".json")]
    try:
        before = dict(line.split() for line in open(base + ".cpu0") if line.strip())
        after = dict(line.split() for line in open(base + ".cpu1") if line.strip())
    except (OSError, ValueError):
        return {}
    if not r or not r["requests"]:
        return {}
    tick_ms = 1000.0 / (os.sysconf("SC_CLK_TCK") or 100)
    out = {}
    for name, t1 in after.items():
        t0 = before.get(name)
        if t0 is not None:
            out[name] = (int(t1) - int(t0)) * tick_ms / r["requests"]
    return out


def cpu_text(cpu):
    """'song 2.10 · postgres 0.31': processes above 0.05 ms per request, biggest first."""
    parts = [(v, k.replace("-service", "")) for k, v in cpu.items() if v >= 0.05]
    parts.sort(reverse=True)
    return " · ".join(f"{name} {v:.2f}" for v, name in parts) or "< 0.05"


def fnum(x, digits=1):
    try:
        return f"{float(x):,.{digits}f}"
    except (TypeError, ValueError):
        return "n/a"


def table(header, body):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in body]
    return "\n".join(out)


def header_lines(m, title):
    out = [f"# {title} — {m.get('date', '')}", ""]
    for key in ["commit", "jdk", "java_opts", "machine", "postgres", "catalog", "load", "elapsed", "database"]:
        if key in m:
            out.append(f"- **{key.replace('_', ' ')}:** {m[key]}")
    out.append("")
    return out


def rss_table(work):
    body = []
    for r in rows(os.path.join(work, "rss.tsv")):
        service, pid, rss, hwm = (r + ["", "", ""])[:4]
        body.append([service, pid, f"{int(rss) / 1024:.0f} MiB" if rss.isdigit() else "n/a",
                     f"{int(hwm) / 1024:.0f} MiB" if hwm.isdigit() else "n/a"])
    return table(["service", "pid", "RSS (VmRSS) after the load", "peak RSS (VmHWM)"], body)


def bench(work):
    m = meta(work)
    pg = m.get("pgbench_tps")
    bc = m.get("bcrypt_rate")
    body = []
    for key, label, path in rows(os.path.join(work, "results.tsv")):
        r = load(path)
        if not r:
            body.append([label, "failed", "", "", "", "", ""])
            continue
        lat, rps = r["latency_us"], rate(r)
        ratio = ""
        try:
            if key == "a" and pg:
                ratio = f"{rps / float(pg):.3f} × pgbench -S ({fnum(pg, 0)} TPS)"
            elif key == "f" and bc:
                ratio = f"{rps / float(bc):.2f} × raw bcrypt ({fnum(bc, 1)}/s)"
        except (ValueError, ZeroDivisionError):
            pass
        body.append([label, fnum(rps), ms(lat["p50"]), ms(lat["p99"]), errors(r), ratio,
                     cpu_text(cpu_per_request(path, r))])
    out = header_lines(m, "MusicPlayer benchmark")
    out.append(table(["scenario", "req/s", "p50 ms", "p99 ms", "errors", "ratio to reference",
                      "CPU ms per request"], body))
    out += ["", "## References (same run, same machine)", ""]
    out.append(table(["reference", "result", "how"], [
        ["PostgreSQL select-only", f"{fnum(pg, 0)} TPS" if pg else "n/a",
         m.get("pgbench_how", "")],
        ["bcrypt verifications", f"{fnum(bc, 1)} /s" if bc else "n/a", m.get("bcrypt_how", "")],
    ]))
    out += ["", "## Memory per service", "", rss_table(work), ""]
    notes = m.get("notes")
    if notes:
        out += ["## Notes", "", notes, ""]
    out += ["errors = wrk's socket errors (connect, read, write, timeout) plus responses with status ≥ 400;",
            "latencies of timed-out requests are not in the percentiles. CPU ms per request = CPU time (user +",
            "system) each service process and all PostgreSQL processes spent during the measured run, divided",
            "by its requests (wrk's own CPU is not counted). Raw wrk output: " + m.get("raw", ""), ""]
    return "\n".join(out)


def scale(work):
    m = meta(work)
    results = rows(os.path.join(work, "results.tsv"))
    sizes = []
    for size, *_ in results:
        if size not in sizes:
            sizes.append(size)
    keys = []
    labels = {}
    data = {}
    for size, key, label, path in results:
        if key not in keys:
            keys.append(key)
        labels[key] = label
        data[(size, key)] = load(path)
    header = ["scenario"] + [f"{int(s):,} songs: req/s · p50 / p99 ms" for s in sizes]
    if len(sizes) > 1:
        header.append(f"p50 growth {int(sizes[-1]):,} vs {int(sizes[0]):,}")
    body = []
    for key in keys:
        row = [labels[key]]
        for s in sizes:
            r = data.get((s, key))
            if not r:
                row.append("failed")
                continue
            lat = r["latency_us"]
            err = sum(r["errors"].values())
            row.append(f"{fnum(rate(r))} · {ms(lat['p50'])} / {ms(lat['p99'])}" + (f" ({err:,} errors)" if err else ""))
        if len(sizes) > 1:
            first, last = data.get((sizes[0], key)), data.get((sizes[-1], key))
            if first and last and first["latency_us"]["p50"]:
                row.append(f"× {last['latency_us']['p50'] / first['latency_us']['p50']:.1f}")
            else:
                row.append("")
        body.append(row)
    out = header_lines(m, "MusicPlayer scaling run")
    out.append(table(header, body))
    seeds = rows(os.path.join(work, "seed.tsv"))
    if seeds:
        out += ["", "Seeding time per size: " + ", ".join(f"{int(s):,} songs {t} s" for s, t in seeds) + "."]
    out += ["", "## Memory per service", "", rss_table(work), ""]
    if len(sizes) > 1:
        growth = int(sizes[-1]) / int(sizes[0])
        out += [f"The catalog grows × {growth:.0f} from the first to the last size: a p50 growth near × 1 "
                f"is flat, near × {growth:.0f} is linear in the catalog.", ""]
    return "\n".join(out)


def main():
    what, arg = sys.argv[1], sys.argv[2]
    if what == "line":
        print(line(arg))
    elif what == "bench":
        print(bench(arg))
    elif what == "scale":
        print(scale(arg))
    else:
        sys.exit("usage: report.py line|bench|scale PATH")


if __name__ == "__main__":
    main()
