#!/usr/bin/env python3
"""PyTorch's half of benchmarks/compare/run, and the table that puts it beside Gradus.

  torch_steps.py measure --threads 1,2 --out FILE   time opt.step() in PyTorch, write JSON
  torch_steps.py table TORCH.json JMH.json          print the side-by-side table

measure: for each thread count, optimizer and n, one float64 parameter tensor of n elements whose
gradient is set once and never recomputed, the optimizer built with torch.optim's defaults (as
Gradus's are: lr 1e-3 for all three, which torch 1.13's SGD needs spelled out), warm-up steps,
then single opt.step() calls timed with time.perf_counter_ns, with the garbage collector off as
timeit has it; the median of the repeats is kept. It also times the first touch of freshly
allocated memory, which every step of torch's Adam pays for its temporaries.

table: Gradus's figure is the median of JMH's raw measurement iterations over all forks, as
benchmarks/medians.py reads it (the JMH run must use -tu ns).
"""
import argparse
import gc
import json
import os
import platform
import statistics
import sys
import time

# What Gradus's OptimizerStepBenchmark calls each step, and torch.optim's equivalent.
OPTIMIZERS = ("adam", "sgd-momentum", "sgd")
LARGE = 10_000_000
SMALL = 1_000
# variables that change how torch allocates or threads, reported with the table when set
ENVIRONMENT = ("GLIBC_TUNABLES", "MALLOC_ARENA_MAX", "LD_PRELOAD", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "ATEN_CPU_CAPABILITY")


def make_optimizer(torch, name, parameter):
    if name == "adam":
        return torch.optim.Adam([parameter])  # lr 1e-3, betas (0.9, 0.999), eps 1e-8, no weight decay, no amsgrad
    if name == "sgd-momentum":
        return torch.optim.SGD([parameter], lr=1e-3, momentum=0.9)  # dampening 0, no nesterov, no weight decay
    if name == "sgd":
        return torch.optim.SGD([parameter], lr=1e-3)
    raise ValueError(name)


def time_steps(torch, name, n, warmup, repeats):
    generator = torch.Generator().manual_seed(1)
    parameter = (torch.rand(n, dtype=torch.float64, generator=generator) * 2 - 1).requires_grad_()
    # uniform on [-1, 1) as in OptimizerStepBenchmark
    parameter.grad = torch.rand(n, dtype=torch.float64, generator=generator) * 2 - 1
    optimizer = make_optimizer(torch, name, parameter)
    for _ in range(warmup):
        optimizer.step()
    times = []
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeats):
            start = time.perf_counter_ns()
            optimizer.step()
            times.append(time.perf_counter_ns() - start)
    finally:
        if gc_was_enabled:
            gc.enable()
    if not torch.isfinite(parameter).all():
        raise RuntimeError(f"{name} at n = {n} made a non-finite parameter")
    return times


def fresh_memory_cost(torch, n, repeats=5):
    """Nanoseconds per float64 element that writing into newly allocated memory costs over writing
    into memory already touched: the price of each temporary an allocating step makes."""
    reused = torch.empty(n, dtype=torch.float64)
    reused.fill_(0.0)
    fresh, warm = [], []
    for _ in range(repeats):
        start = time.perf_counter_ns()
        torch.empty(n, dtype=torch.float64).fill_(1.0)
        fresh.append(time.perf_counter_ns() - start)
        start = time.perf_counter_ns()
        reused.fill_(1.0)
        warm.append(time.perf_counter_ns() - start)
    return (statistics.median(fresh) - statistics.median(warm)) / n


def measure(args):
    import torch
    threads = [int(t) for t in args.threads.split(",")]
    rows = []
    for count in threads:
        torch.set_num_threads(count)
        if torch.get_num_threads() != count:
            sys.exit(f"torch_steps.py: torch.set_num_threads({count}) left {torch.get_num_threads()} threads")
        for name in OPTIMIZERS:
            for n, warmup, repeats in ((LARGE, args.large_warmup, args.large_repeats), (SMALL, args.small_warmup, args.small_repeats)):
                times = time_steps(torch, name, n, warmup, repeats)
                rows.append({"optimizer": name, "n": n, "threads": count, "median_ns": statistics.median(times),
                             "min_ns": min(times), "max_ns": max(times), "warmup": warmup, "repeats": repeats})
                print(f"  PyTorch {name:<12} n = {n:>8}, {count} thread{'s' if count > 1 else ' '}: "
                      f"{statistics.median(times) / 1000:>10.1f} µs a step", file=sys.stderr)
    torch.set_num_threads(1)
    result = {"torch": torch.__version__, "python": sys.executable, "python_version": platform.python_version(),
              "fresh_memory_ns_per_element": fresh_memory_cost(torch, LARGE),
              "environment": {k: os.environ[k] for k in ENVIRONMENT if k in os.environ}, "rows": rows}
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)


def jmh_medians(path):
    """(step, dimension, threads) -> median ns/op of the raw measurement iterations over all forks."""
    with open(path) as f:
        results = json.load(f)
    medians = {}
    for result in results:
        unit = result["primaryMetric"]["scoreUnit"]
        if unit != "ns/op":
            sys.exit(f"torch_steps.py: {path} is in {unit}, not ns/op: run JMH with -tu ns")
        params = result.get("params", {})
        raw = [v for fork in result["primaryMetric"]["rawData"] for v in fork]
        medians[(params["step"], int(params["dimension"]), int(params.get("threads", 1)))] = statistics.median(raw)
    return medians, any("threads" in r.get("params", {}) for r in results)


def figure(ns_per_step, n):
    """ns a parameter at n = 10^7, µs a step at n = 10^3, where the fixed cost of a step shows."""
    return ns_per_step / n if n == LARGE else ns_per_step / 1000


def number(value):
    return f"{value:#.3g}" if value < 100 else f"{value:.0f}"


def table(args):
    with open(args.torch) as f:
        torch_result = json.load(f)
    gradus, has_threads = jmh_medians(args.jmh)
    header = ("optimizer", "n", "threads", "unit", "PyTorch", "Gradus", "PyTorch/Gradus")
    lines = []
    for row in torch_result["rows"]:
        n, count = row["n"], row["threads"]
        key = (row["optimizer"], n, count)
        ours = gradus.get(key) if has_threads or count == 1 else None
        theirs = figure(row["median_ns"], n)
        cells = [row["optimizer"], str(n), str(count), "ns/param" if n == LARGE else "µs/step", number(theirs)]
        if ours is None:
            cells += ["-", "-"]
        else:
            cells += [number(figure(ours, n)), number(row["median_ns"] / ours)]
        lines.append(cells)
    widths = [max(len(h), *(len(c[i]) for c in lines)) for i, h in enumerate(header)]
    left = {0, 3}

    def render(cells):
        return "  ".join(c.ljust(w) if i in left else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    print(render(header))
    print(render(["-" * w for w in widths]))
    for cells in lines:
        print(render(cells))
    if not has_threads and any(row["threads"] > 1 for row in torch_result["rows"]):
        print("(-: this OptimizerStepBenchmark has no threads parameter; Gradus's step runs on one thread)")
    print(f"PyTorch {torch_result['torch']} ({torch_result['python']}, Python {torch_result['python_version']}); "
          f"writing fresh memory costs it {torch_result['fresh_memory_ns_per_element']:.1f} ns per element here, "
          "paid for each temporary of a step")
    if torch_result.get("environment"):
        print("PyTorch ran with " + ", ".join(f"{k}={v}" for k, v in torch_result["environment"].items()))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    m = commands.add_parser("measure", help="time opt.step() in PyTorch")
    m.add_argument("--threads", default="1", help="comma-separated thread counts (default 1)")
    m.add_argument("--out", required=True, help="JSON file to write")
    m.add_argument("--large-warmup", type=int, default=3, help="warm-up steps at n = 10^7 (default 3)")
    m.add_argument("--large-repeats", type=int, default=15, help="timed steps at n = 10^7 (default 15)")
    m.add_argument("--small-warmup", type=int, default=1000, help="warm-up steps at n = 10^3 (default 1000)")
    m.add_argument("--small-repeats", type=int, default=5000, help="timed steps at n = 10^3 (default 5000)")
    t = commands.add_parser("table", help="print PyTorch's figures beside Gradus's")
    t.add_argument("torch", help="the JSON that measure wrote")
    t.add_argument("jmh", help="JMH's JSON result of OptimizerStepBenchmark, run with -tu ns")
    args = parser.parse_args()
    measure(args) if args.command == "measure" else table(args)


if __name__ == "__main__":
    main()
