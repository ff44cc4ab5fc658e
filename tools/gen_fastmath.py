#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate the constant tables of core/src/fastmath.h.

Usage: python3 tools/gen_fastmath.py            print the generated block
       python3 tools/gen_fastmath.py --write     replace the block in core/src/fastmath.h
The output is the block between the "BEGIN GENERATED" / "END GENERATED" markers of
core/src/fastmath.h (inside "clang-format off", so it is pasted verbatim).
Requires mpmath (all values computed with 50 significant digits, then rounded to
nearest double).
"""
import os
import struct
import sys

import mpmath
from mpmath import mp, mpf

mp.dps = 50


def d(v):
    """Round an mpf to the nearest double."""
    return float(v)


def hx(v):
    """Hex-float literal of an mpf rounded to double."""
    f = d(v)
    if f == 0.0:
        return "0x0p+0"
    return f.hex()


def hilo(v):
    hi = d(v)
    lo = d(v - mpf(hi))
    return hi, lo


def removable(f, limit):
    """f with its removable singularity at 0 filled in (Chebyshev nodes may hit 0)."""
    return lambda v: mpf(limit) if abs(v) < mpf(10) ** -20 else f(v)


def fit(f, a, b, deg):
    """Near-minimax (Chebyshev interpolation) fit; returns coefficients, lowest degree first."""
    poly, err = mpmath.chebyfit(f, [a, b], deg + 1, error=True)
    return list(reversed(poly)), err


out = []
emit = out.append


def emit_array(decl, items, indent="    ", width=100):
    """Emit `decl = {items};` wrapped at `width` columns (clang-format-like bin packing)."""
    lines = [decl + " = {"]
    cur = indent
    for k, it in enumerate(items):
        tok = it + ("," if k + 1 < len(items) else "")
        if len(cur) + len(tok) + 1 > width and cur.strip():
            lines.append(cur.rstrip())
            cur = indent
        cur += tok + " "
    lines.append(cur.rstrip())
    lines.append("};")
    emit("\n".join(lines))


# ----------------------------------------------------------------------------------------------
# exp: x = k ln2/N + r, N = 512; e^x = 2^(k/N) e^r.  2^(j/N) = hi(1 + tail) with hi a double;
# the table stores the bits of hi minus j<<43 (so that adding k<<43 inserts the exponent k>>9)
# and tail = (2^(j/N) - hi)/hi.
EXP_BITS = 9
N = 1 << EXP_BITS
ln2 = mp.log(2)
emit("inline constexpr int kExpTableBits = %d;" % EXP_BITS)
emit("inline constexpr int kExpN = %d;" % N)
emit("inline constexpr double kInvLn2N = %s; // N/ln2" % hx(N / ln2))
# ln2/N split so that kd*hi is exact for |k| < 2^20 (|x| < 1024): hi truncated to 32 bits.
l2n = ln2 / N
l2n_hi = mpf(int(l2n * 2**41)) / 2**41
assert int(l2n * 2**41).bit_length() + 20 <= 53  # kd (< 2^20) * hi fits in a double
l2n_lo = l2n - l2n_hi
emit("inline constexpr double kNegLn2hiN = %s;" % hx(-l2n_hi))
emit("inline constexpr double kNegLn2loN = %s;" % hx(-l2n_lo))
tails = []
sbits = []
for j in range(N):
    v = mpf(2) ** (mpf(j) / N)
    hi = d(v)
    tails.append(hx((v - hi) / hi))
    bits = struct.unpack("<Q", struct.pack("<d", hi))[0]
    sbits.append("0x%016xULL" % ((bits - (j << (52 - EXP_BITS))) & ((1 << 64) - 1)))
emit("// tail[j] = (2^(j/N) - hi_j)/hi_j")
emit_array("inline constexpr double kExpTail[kExpN]", tails)
emit("// bits(hi_j) - (j << 43), hi_j = 2^(j/N) rounded to double")
emit_array("inline constexpr std::uint64_t kExpSbits[kExpN]", sbits)

rmax = l2n / 2 * mpf("1.01")
cexp, err = fit(removable(lambda r: (mp.expm1(r) - r) / (r * r), mpf(1) / 2), -rmax, rmax, 2)
emit("// e^r - 1 - r ~= r^2 (C2 + C3 r + C4 r^2), |r| <= ln2/1024;"
     " abs err %s" % mpmath.nstr(err * rmax**2, 3))
for i, c in enumerate(cexp):
    emit("inline constexpr double kExpC%d = %s;" % (i + 2, hx(c)))

# ----------------------------------------------------------------------------------------------
# expm1 for |x| < 2^-5: x + x^2/2 + x^3 (E3 + E4 x + ...).
XS = mpf(1) / 32
cem, err = fit(removable(lambda x: (mp.expm1(x) - x - x * x / 2) / x**3, mpf(1) / 6), -XS, XS, 5)
emit("// expm1(x) - x - x^2/2 ~= x^3 (E3 + E4 x + ... + E8 x^5), |x| < 2^-5; rel err %s"
     % mpmath.nstr(err * XS**2, 3))
for i, c in enumerate(cem):
    emit("inline constexpr double kExpm1E%d = %s;" % (i + 3, hx(c)))

# ----------------------------------------------------------------------------------------------
# log1p01: z = 1 + x in [1, 2], i = round((z - 1) * 256), invc_i ~= 1/(1 + i/256) rounded to
# 12 significant bits (so z_hi * invc is exact for a 41-bit z_hi and a multiple of 2^-52),
# -log(invc_i) = c_i + clo_i with c_i on the 2^-52 grid (so c_i + r_hi is exact).
LN = 256
invc, logc, logclo = [], [], []
rmax_l = mpf(0)
for i in range(LN + 1):
    c = 1 + mpf(i) / LN
    ic = 1 / c
    e = int(mp.floor(mp.log(ic, 2)))
    q = mp.nint(ic / mpf(2) ** e * 2**11) / 2**11 * mpf(2) ** e  # 12 significant bits
    assert d(q) == q and (q * 2**12) == mp.nint(q * 2**12)
    lc = -mp.log(q)
    ch = mp.nint(lc * 2**52) / 2**52
    assert d(ch) == ch
    invc.append(hx(q))
    logc.append(hx(ch))
    logclo.append(hx(lc - ch))
    zlo = max(c - mpf(1) / (2 * LN), 1)
    zhi = min(c + mpf(1) / (2 * LN), 2)
    rmax_l = max(rmax_l, abs(zlo * q - 1), abs(zhi * q - 1))
emit("inline constexpr int kLogN = %d;" % LN)
emit_array("inline constexpr double kLogInvC[kLogN + 1]", invc)
emit("// c + clo = -log(invc), c a multiple of 2^-52")
emit_array("inline constexpr double kLogC[kLogN + 1]", logc)
emit_array("inline constexpr double kLogCLo[kLogN + 1]", logclo)
rm = rmax_l * mpf("1.001")
clog, err = fit(removable(lambda r: (mp.log1p(r) - r) / (r * r), -mpf(1) / 2), -rm, rm, 4)
emit("// log1p(r) - r ~= r^2 (A2 + A3 r + ... + A6 r^4), |r| <= %s; abs err %s"
     % (mpmath.nstr(rm, 4), mpmath.nstr(err * rm**2, 3)))
for i, c in enumerate(clog):
    emit("inline constexpr double kLogA%d = %s;" % (i + 2, hx(c)))

# ----------------------------------------------------------------------------------------------
# erfcx on [0, 15): intervals indexed by the top 4 mantissa bits and exponent of w = z + 1, so
# interval widths grow with z (1/16 on [0,1), 1/8 on [1,3), 1/4 on [3,7), 1/2 on [7,15)).
# Each row: center c, p0 hi, p0 lo, p1..p9 with erfcx(c + t) ~= sum p_k t^k.
def erfcx_mp(z):
    return mp.exp(z * z) * mp.erfc(z)


MB = 4
DEG = 9
ZMAX = 15
rows = []
worst = mpf(0)
i = 0
while True:
    e, j = divmod(i, 1 << MB)
    a = mpf(2) ** e * (1 + mpf(j) / (1 << MB)) - 1
    b = mpf(2) ** e * (1 + mpf(j + 1) / (1 << MB)) - 1
    if a >= ZMAX:
        break
    c = (a + b) / 2 if i > 0 else mpf(0)
    assert d(c) == c
    # slightly widened to cover z + 1 rounding to the next interval
    coef, err = fit(lambda t: erfcx_mp(c + t), a - c - (b - a) * mpf("1e-6"), b - c, DEG)
    worst = max(worst, err / erfcx_mp(b))
    h, l = hilo(coef[0])
    rows.append([hx(c), hx(h), hx(l)] + [hx(p) for p in coef[1:]])
    i += 1
emit("inline constexpr int kErfcxIntervals = %d; // z in [0, %d)" % (len(rows), ZMAX))
emit("inline constexpr double kErfcxZmax = %d.0;" % ZMAX)
emit("// rows: {center, p0 hi, p0 lo, p1, ..., p9}; max rel fit err %s"
     % mpmath.nstr(worst, 3))
body = ["alignas(64) inline constexpr double kErfcx[kErfcxIntervals][%d] = {" % (DEG + 3)]
for k, row in enumerate(rows):
    cells = [v + "," for v in row[:-1]] + [row[-1] + ("}," if k + 1 < len(rows) else "}")]
    cur = "    {"
    for tok in cells:
        if len(cur) + len(tok) + 1 > 100:
            body.append(cur.rstrip())
            cur = "     "
        cur += tok + " "
    body.append(cur.rstrip())
body.append("};")
emit("\n".join(body))


# z >= 15: erfcx(z) = g(u)/z, u = 1/z^2, g(u) = z erfcx(z) (g(0) = 1/sqrt(pi)).
def g_mp(u):
    if u == 0:
        return 1 / mp.sqrt(mp.pi)
    z = 1 / mp.sqrt(u)
    return z * erfcx_mp(z)


GDEG = 7
umax = 1 / mpf(ZMAX) ** 2
cg, err = fit(g_mp, mpf(0), umax, GDEG)
emit("// z erfcx(z) ~= G0 + G1 u + ... + G7 u^7, u = 1/z^2 <= 1/%d^2; rel err %s"
     % (ZMAX, mpmath.nstr(err / g_mp(umax), 3)))
h, l = hilo(cg[0])
emit("inline constexpr double kErfcxG0Hi = %s;" % hx(h))
emit("inline constexpr double kErfcxG0Lo = %s;" % hx(l))
for k, c in enumerate(cg[1:]):
    emit("inline constexpr double kErfcxG%d = %s;" % (k + 1, hx(c)))

text = "\n".join(out) + "\n"

if "--write" in sys.argv[1:]:
    header = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "core", "src",
                          "fastmath.h")
    src = open(header).read()
    begin = src.index("\n", src.index("---- BEGIN GENERATED")) + 1
    end = src.rindex("\n", 0, src.index("---- END GENERATED")) + 1
    open(header, "w").write(src[:begin] + text + src[end:])
    print("updated", os.path.normpath(header))
else:
    sys.stdout.write(text)
