#!/usr/bin/env python3
"""Prints the median, minimum and maximum of every benchmark's measurement iterations (all forks)
from a JMH JSON result file: java -jar benchmarks/target/benchmarks.jar ... -rf json -rff FILE.
With the gc profiler (-prof gc), also the bytes allocated per operation (JMH's mean)."""
import json
import statistics
import sys

if len(sys.argv) != 2:
    sys.exit("usage: benchmarks/medians.py RESULT.json")
with open(sys.argv[1]) as f:
    results = json.load(f)


def allocated(result):
    """JMH's gc.alloc.rate.norm in B/op, or None without -prof gc (older JMH names it with a leading dot)."""
    secondary = result.get("secondaryMetrics", {})
    for key in ("gc.alloc.rate.norm", "\u00b7gc.alloc.rate.norm"):
        if key in secondary:
            return secondary[key]["score"]
    return None


width = max([28] + [len(",".join(f"{k}={v}" for k, v in r.get("params", {}).items())) for r in results])
print(f"{'benchmark':<44} {'parameters':<{width}} {'median':>10} {'min':>10} {'max':>10}  unit")
for result in results:
    raw = [v for fork in result["primaryMetric"]["rawData"] for v in fork]
    params = ",".join(f"{k}={v}" for k, v in result.get("params", {}).items())
    name = result["benchmark"].rsplit(".", 2)[-2:]
    bytes_per_op = allocated(result)
    print(f"{'.'.join(name):<44} {params:<{width}} {statistics.median(raw):>10.2f} {min(raw):>10.2f} {max(raw):>10.2f}  "
          f"{result['primaryMetric']['scoreUnit']}" + ("" if bytes_per_op is None else f"  {bytes_per_op:.3f} B/op"))
