#!/usr/bin/env python3
"""Prints the median, minimum and maximum of every benchmark's measurement iterations (all forks)
from a JMH JSON result file: java -jar benchmarks/target/benchmarks.jar ... -rf json -rff FILE."""
import json
import statistics
import sys

if len(sys.argv) != 2:
    sys.exit("usage: benchmarks/medians.py RESULT.json")
with open(sys.argv[1]) as f:
    results = json.load(f)
print(f"{'benchmark':<44} {'parameters':<28} {'median':>10} {'min':>10} {'max':>10}  unit")
for result in results:
    raw = [v for fork in result["primaryMetric"]["rawData"] for v in fork]
    params = ",".join(f"{k}={v}" for k, v in result.get("params", {}).items())
    name = result["benchmark"].rsplit(".", 2)[-2:]
    print(f"{'.'.join(name):<44} {params:<28} {statistics.median(raw):>10.2f} {min(raw):>10.2f} {max(raw):>10.2f}  "
          f"{result['primaryMetric']['scoreUnit']}")
