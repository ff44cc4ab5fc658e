#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The 20-curve 1080p PNG: file size and whole-process time of `actviz export` beside
# matplotlib's savefig of the same plot (the same ten functions and their derivatives, sampled
# at 3840 points, 1920x1080 pixels), run in the same script; medians. Needs Debian's
# python3-matplotlib and python3-scipy (for erf).
#   tests/bench/png.sh [path/to/actviz] [runs]
set -euo pipefail
bin=${1:-$(dirname "$0")/../../build/app/actviz}
runs=${2:-7}
py=/usr/bin/python3
[ -x "$bin" ] || { echo "png.sh: $bin not found (build first)" >&2; exit 2; }
"$py" -c "import matplotlib, scipy" 2>/dev/null ||
    { echo "png.sh: needs python3-matplotlib and python3-scipy (apt-get install)" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cat >"$out/plot.py" <<'PY'
import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.special import erf, expit
x = np.linspace(-6, 6, 3840)
s = expit(x)
sp = np.logaddexp(0, x)
phi = 0.5 * (1 + erf(x / np.sqrt(2)))
curves = {
    "Sigmoid": (s, s * (1 - s)),
    "Tanh": (np.tanh(x), 1 - np.tanh(x) ** 2),
    "ReLU": (np.maximum(x, 0), (x > 0) * 1.0),
    "Leaky ReLU": (np.where(x > 0, x, 0.01 * x), np.where(x > 0, 1, 0.01)),
    "ELU": (np.where(x > 0, x, np.expm1(np.minimum(x, 0))), np.where(x > 0, 1, np.exp(np.minimum(x, 0)))),
    "Swish": (x * s, s + x * s * (1 - s)),
    "GELU": (x * phi, phi + x * np.exp(-x * x / 2) / np.sqrt(2 * np.pi)),
    "Mish": (x * np.tanh(sp), np.gradient(x * np.tanh(sp), x)),
    "Softplus": (sp, s),
    "Squareplus": ((x + np.sqrt(x * x + 0.2)) / 2, (1 + x / np.sqrt(x * x + 0.2)) / 2),
}
fig = plt.figure(figsize=(19.2, 10.8), dpi=100)
ax = fig.add_subplot()
for name, (f, df) in curves.items():
    line, = ax.plot(x, f, lw=2.5, label=name)
    ax.plot(x, df, lw=2, ls="--", color=line.get_color(), label=name + ": f'")
ax.set_xlim(-6, 6); ax.set_ylim(-1.5, 3.5); ax.set_xlabel("x"); ax.set_ylabel("f(x)")
ax.grid(True); ax.legend(loc="upper left")
fig.savefig(sys.argv[1])
PY
median_ms() { # command... -> median wall time in ms
    for _ in $(seq "$runs"); do
        local t0 t1
        t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
        echo $(( (t1 - t0) / 1000000 ))
    done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
scene=(export --functions sigmoid,tanh,relu,leaky_relu,elu,swish,gelu,mish,softplus,squareplus
       --derivatives --size 1920x1080 -o "$out/actviz.png")
"$bin" "${scene[@]}" && "$py" "$out/plot.py" "$out/matplotlib.png" # warm the caches
a_ms=$(median_ms "$bin" "${scene[@]}")
m_ms=$(median_ms "$py" "$out/plot.py" "$out/matplotlib.png")
a_kb=$(( $(stat -c %s "$out/actviz.png") / 1024 ))
m_kb=$(( $(stat -c %s "$out/matplotlib.png") / 1024 ))
echo "20 curves at 1920x1080 as PNG, whole process, median of $runs runs:"
printf '  actviz export:          %6d ms  %6d KB\n' "$a_ms" "$a_kb"
printf '  matplotlib savefig:     %6d ms  %6d KB\n' "$m_ms" "$m_kb"
printf '  matplotlib / actviz:    %6.1fx time\n' "$(echo "$m_ms/$a_ms" | bc -l)"
