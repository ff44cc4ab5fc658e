#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Series of f' around the interior zero of f' (the minimum of SiLU, GELU, GELU-tanh and Mish).

Near that zero every double formula for f' cancels. kernels/smooth.h instead evaluates
f'(x0 + d) = d * sum c[k] d^k, with x0 the zero in double-double and the polynomial a near-minimax
fit (Chebyshev interpolation at 60 digits) of f'(x0 + d)/d on |d| <= radius.

Usage: python3 tools/gen_root_series.py   prints the RootSeries initialisers for smooth.h
"""
import mpmath as mp

mp.mp.dps = 60

def sigma(x):
    return 1 / (1 + mp.exp(-x))

A = 2 * mp.sqrt(2 / mp.pi)           # GELU-tanh: sigma(A x + B x^3)
B = A * mp.mpf("0.044715")

DERIVATIVES = {
    "kSiluRoot": (lambda x: sigma(x) * (1 + x * (1 - sigma(x))), -1.28, 0.25),
    "kGeluRoot": (lambda x: mp.ncdf(x) + x * mp.npdf(x), -0.75, 0.25),
    "kGeluTanhRoot": (lambda x: sigma(A * x + B * x**3)
                      + x * sigma(A * x + B * x**3) * (1 - sigma(A * x + B * x**3))
                      * (A + 3 * B * x**2), -0.75, 0.5),
    "kMishRoot": (lambda x: mp.tanh(mp.log1p(mp.exp(x)))
                  + x * (1 - mp.tanh(mp.log1p(mp.exp(x)))**2) * sigma(x), -1.19, 0.8),
}

def hilo(v):
    hi = float(v)
    return hi, float(v - mp.mpf(hi))

def fit(g, radius):
    """Fewest terms (at most 24) whose relative error on |d| <= radius is below 2e-18."""
    for n in range(8, 25):
        poly, err = mp.chebyfit(g, [-radius, radius], n, error=True)
        worst = max(abs(mp.polyval(poly, d) / g(d) - 1)
                    for d in mp.linspace(-radius, radius, 401) if d != 0)
        if worst < 2e-18:
            return [float(c) for c in reversed(poly)], worst
    raise SystemExit("no fit below 2e-18 with 24 terms")

for name, (df, guess, radius) in DERIVATIVES.items():
    x0 = mp.findroot(df, guess)
    g = lambda d, df=df, x0=x0: df(x0 + d) / d if d != 0 else mp.diff(df, x0)
    coeffs, worst = fit(g, radius)
    hi, lo = hilo(x0)
    body = ", ".join(repr(c) for c in coeffs)
    print(f"// relative error {mp.nstr(worst, 3)} on |d| <= {radius}")
    print(f"inline constexpr RootSeries {name}{{{{{hi!r}, {lo!r}}}, {{{body}}}, {len(coeffs)}, {radius}}};")
