"""Throughput of wenxi on Spark (local[1], local[2]) against the native CLI on one thread.

    python python/bench/bench_spark.py [--mb 20] [--eval-dir ../shared/eval] [--cli target/release/wenxi]

Input: the sentences of the MSRA and People's Daily NER test sets (read from ../shared/eval at
run time, never stored in the repository), one row per sentence, repeated until the texts reach
--mb megabytes of UTF-8, written as JSON Lines {id, text} to a temporary directory. Then:

- the CLI: ``wenxi analyze --jsonl --threads 1 INPUT > OUTPUT``;
- Spark, each master in a fresh process: what ``python -m wenxi.spark INPUT OUTPUT
  --output-format parquet`` does (`wenxi.spark.run`: read the JSON Lines, analyse, write Parquet),
  timed from the read to the written files (and with the session start, JVM and SparkContext,
  added), then once more in the same session (warm: the JVM has compiled its hot code, the Python
  workers and their Analyzer exist).

Prints a Markdown table: rows/s and chars/s (code points) for each, Spark's per-core throughput
against the CLI on one thread, and the scaling from local[1] to local[2]. A benchmark, not a test:
nothing here passes or fails.
"""
import argparse
import json
import os
import pathlib
import resource
import shutil
import subprocess
import sys
import tempfile
import time

REPO = pathlib.Path(__file__).resolve().parents[2]
SETS = ("ner_msra/test.jsonl", "ner_peoples_daily/test.jsonl")


def build_input(eval_dir: pathlib.Path, megabytes: float, path: pathlib.Path):
    """Writes the repeated sentences to `path`; returns (rows, code points, UTF-8 bytes of text)."""
    sentences = []
    for name in SETS:
        with open(eval_dir / name, encoding="utf-8") as f:
            sentences += [json.loads(line)["text"] for line in f if line.strip()]
    sentences = [s for s in sentences if s]
    target = int(megabytes * 1_000_000)
    rows = chars = size = 0
    with open(path, "w", encoding="utf-8") as out:
        while size < target:
            for text in sentences:
                out.write(json.dumps({"id": rows, "text": text}, ensure_ascii=False) + "\n")
                rows += 1
                chars += len(text)
                size += len(text.encode("utf-8"))
    return rows, chars, size


def time_cli(cli: pathlib.Path, source: pathlib.Path, work: pathlib.Path) -> dict:
    with open(work / "cli.jsonl", "wb") as out:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([str(cli), "analyze", "--jsonl", "--threads", "1", str(source)], stdout=out, check=True)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {"run": seconds, "cpu": cpu, "startup": None}


def tree_cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and all its descendants, the dead ones
    included as far as their parents reaped them (Linux /proc; 0 elsewhere)."""
    try:
        tick = os.sysconf("SC_CLK_TCK")
        stats = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                # After the name: state ppid ... utime(14) stime(15) cutime(16) cstime(17), 1-based.
                stats[int(entry)] = (int(fields[1]), sum(int(x) for x in fields[11:15]))
    except (OSError, ValueError):
        return 0.0
    children = {}
    for pid, (ppid, _) in stats.items():
        children.setdefault(ppid, []).append(pid)
    total, todo = 0, [os.getpid()]
    while todo:
        pid = todo.pop()
        total += stats.get(pid, (0, 0))[1]
        todo += children.get(pid, [])
    return total / tick


def spark_child(master: str, source: str, output: str) -> None:
    """In its own process: session start, then read → analyse → write Parquet; prints JSON timings."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    import wenxi.spark

    start = time.perf_counter()
    spark = wenxi.spark.session(master, app_name="wenxi-bench")
    spark.sparkContext.setLogLevel("ERROR")
    timings = {"startup": time.perf_counter() - start}
    # The first run starts cold (the JVM compiles as it goes, the Python workers start); the
    # second, in the same session, is the steady state a long job spends most of its time in.
    for run in ("run", "warm"):
        started, cpu = time.perf_counter(), tree_cpu_seconds()
        wenxi.spark.run(spark, source, output, input_format="jsonl", output_format="parquet")
        timings[run], timings[run + "_cpu"] = time.perf_counter() - started, tree_cpu_seconds() - cpu
    timings["rows"] = spark.read.parquet(output).count()
    spark.stop()
    print(json.dumps(timings))


def time_spark(master: str, source: pathlib.Path, work: pathlib.Path) -> dict:
    output = work / f"spark-{master.replace('[', '').replace(']', '')}.parquet"
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
    done = subprocess.run([sys.executable, __file__, "--spark-child", master, str(source), str(output)],
                          capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        sys.exit(f"{master} failed:\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20, help="megabytes (UTF-8) of text, at least (default 20)")
    parser.add_argument("--eval-dir", type=pathlib.Path, default=REPO.parent / "shared" / "eval")
    parser.add_argument("--cli", type=pathlib.Path, default=REPO / "target" / "release" / "wenxi")
    parser.add_argument("--masters", default="local[1],local[2]")
    parser.add_argument("--spark-child", nargs=3, metavar=("MASTER", "INPUT", "OUTPUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.spark_child:
        spark_child(*args.spark_child)
        return 0

    if not args.cli.exists():
        subprocess.run(["cargo", "build", "--release", "--bin", "wenxi"], cwd=REPO, check=True)
    work = pathlib.Path(tempfile.mkdtemp(prefix="wenxi-bench-spark-"))
    try:
        source = work / "input.jsonl"
        rows, chars, size = build_input(args.eval_dir, args.mb, source)
        print(f"input: {rows:,} rows, {chars:,} characters, {size / 1e6:.1f} MB of text "
              f"({source.stat().st_size / 1e6:.1f} MB of JSON Lines); {os.cpu_count()} cores", file=sys.stderr)
        cli_time = time_cli(args.cli, source, work)
        print(f"CLI: {cli_time['run']:.2f} s", file=sys.stderr)
        spark_times = {}
        for master in args.masters.split(","):
            t = time_spark(master, source, work)
            if t["rows"] != rows:
                sys.exit(f"{master} wrote {t['rows']} rows, not {rows}")
            spark_times[master] = t
            print(f"{master}: {t['run']:.2f} s (+ {t['startup']:.2f} s session start), then {t['warm']:.2f} s",
                  file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    cli_rate = rows / cli_time["run"]
    table = [("CLI `analyze --jsonl --threads 1`", 1, cli_time["run"], cli_time["cpu"], None)]
    for master, t in spark_times.items():
        cores = int(master[master.index("[") + 1:-1])
        table.append((f"Spark {master}, first run", cores, t["run"], t["run_cpu"], t["startup"]))
        table.append((f"Spark {master}, second run (warm)", cores, t["warm"], t["warm_cpu"], None))
    print(f"\n{rows:,} rows, {chars:,} characters ({size / 1e6:.1f} MB of UTF-8 text), "
          f"{os.cpu_count()} cores\n")
    print("| run | cores | seconds | CPU seconds | rows/s | chars/s | per core vs CLI | "
          "seconds with session start |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, cores, seconds, cpu, startup in table:
        total = "" if startup is None else f"{seconds + startup:.2f}"
        print(f"| {name} | {cores} | {seconds:.2f} | {cpu:.1f} | {rows / seconds:,.0f} | {chars / seconds:,.0f} | "
              f"{rows / seconds / cores / cli_rate:.0%} | {total} |")
    if "local[1]" in spark_times and "local[2]" in spark_times:
        one, two = spark_times["local[1]"], spark_times["local[2]"]
        print(f"\nlocal[2] / local[1]: {one['run'] / two['run']:.2f}× first run, "
              f"{one['warm'] / two['warm']:.2f}× warm, "
              f"{(one['run'] + one['startup']) / (two['run'] + two['startup']):.2f}× first run with session start.")
    print("Targets (issue 20): per core ≥ 70% of the CLI on one thread; local[2] ≥ 1.7× local[1]. CPU seconds "
          "count the driver, the JVM and the Python workers (local[1] runs one task at a time, but the JVM "
          "reads, converts and writes beside the Python worker).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
