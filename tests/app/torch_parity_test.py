#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`actviz eval --flavor pytorch` against PyTorch itself (Debian's python3-torch), in float64,
f and f' (by autograd), on a grid off the kinks where PyTorch's own float64 formulas are
accurate, and at the kinks, where f' is its autograd's convention. Exits 77 (skipped) when
PyTorch is not installed.

    torch_parity_test.py ACTVIZ_BINARY
"""
import subprocess
import sys

try:
    import torch
    import torch.nn.functional as F
except ImportError:
    print("PyTorch is not installed (apt-get install python3-torch): skipped")
    sys.exit(77)

torch.set_default_dtype(torch.float64)


def softmax_first(x):
    # The catalogue's softmax curve: the first of (x, c, ..., c) with c = 0 and k = 1.
    return torch.softmax(torch.stack([x, torch.zeros_like(x)]), dim=0)[0]


# Each catalogue function as PyTorch computes it, with PyTorch's defaults (which the catalogue's
# pytorch flavour takes too).
FUNCTIONS = {
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "relu": F.relu,
    "softmax": softmax_first,
    "leaky_relu": lambda x: F.leaky_relu(x, negative_slope=0.01),
    "elu": lambda x: F.elu(x, alpha=1.0),
    "prelu": lambda x: F.prelu(x, torch.tensor([0.25])),
    "swish": F.silu,
    "gelu": F.gelu,
    "gelu_tanh": lambda x: F.gelu(x, approximate="tanh"),
    "silu": F.silu,
    "mish": F.mish,
    "softplus": lambda x: F.softplus(x, beta=1.0, threshold=20.0),
    "selu": F.selu,
    "celu": lambda x: F.celu(x, alpha=1.0),
    "softsign": F.softsign,
    "hardtanh": lambda x: F.hardtanh(x, min_val=-1.0, max_val=1.0),
    "hardsigmoid": F.hardsigmoid,
    "hardswish": F.hardswish,
    "relu6": F.relu6,
    "log_sigmoid": F.logsigmoid,
    "tanhshrink": F.tanhshrink,
}

# Off every kink (0, +-1, +-3, 6), within [-8, 8] ...
GRID = [-8.0 + 0.1 * i + 0.0123 for i in range(160)]
# ... and the kinks, where the derivative is each autograd's own convention.
KINKS = [-3.0, -1.0, 0.0, 1.0, 3.0, 6.0]


def close(a, b):
    # PyTorch's float64 formulas lose relative accuracy in far tails (1 + erf(x) near -1):
    # an absolute floor of 1e-14 covers them.
    return abs(a - b) <= 1e-12 * abs(b) + 1e-14


def main():
    binary = sys.argv[1]
    failures = 0
    for name, fn in FUNCTIONS.items():
        xs = GRID + KINKS
        run = subprocess.run([binary, "eval", name, "--flavor", "pytorch"],
                             input="\n".join(repr(x) for x in xs), capture_output=True,
                             text=True, check=False)
        if run.returncode != 0:
            print(f"FAIL: actviz eval {name} --flavor pytorch: {run.stderr.strip()}")
            failures += 1
            continue
        rows = [line.split(",") for line in run.stdout.strip().split("\n")[1:]]
        x = torch.tensor(xs, requires_grad=True)
        y = fn(x)
        (dy,) = torch.autograd.grad(y.sum(), x)
        for (xs, f, df), ty, tdy in zip(rows, y.tolist(), dy.tolist()):
            if not close(float(f), ty) or not close(float(df), tdy):
                print(f"FAIL: {name} at {xs}: actviz f={f} f'={df}, PyTorch f={ty!r} f'={tdy!r}")
                failures += 1
                break
    print(f"{len(FUNCTIONS)} functions against PyTorch {torch.__version__}: "
          f"{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
