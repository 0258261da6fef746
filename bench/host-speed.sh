#!/usr/bin/env bash
# The time a fixed Python loop takes on this host, to put other figures in context: the speed of
# a shared two-core machine drifts by a factor of two within a day, and every start and wrk figure
# moves with it. Prints host_loop_s=1.72 (lower is faster).
set -euo pipefail
python3 -c '
import time
start = time.perf_counter()
total = 0
for i in range(20_000_000):
    total += i
print(f"host_loop_s={time.perf_counter() - start:.2f}")
'
