#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`actviz code` output, run (or compiled) and compared with `actviz table`:

- numpy: every catalogue function, at default and at other parameter values, on [-6, 6], on
  [-1e4, 1e4] and at |x| from 1e-300 to 1e4: f and f' within a relative 1e-12 of the table's
  exact values (or 1e-15 absolutely, where a value is subnormal or at a root), with NumPy's
  overflow, division and invalid-operation checks raising and every warning an error;
- matplotlib: the scripts run without a warning and write a PNG;
- pytorch (where Debian's python3-torch is installed): f within 1e-12 of the table, f' within
  1e-5 (or 1e-12 absolutely: PyTorch's own float64 backward formulas) off the kinks;
- jax: the program compiles (JAX is not packaged in Debian);
- pgfplots (where pdflatex and pgfplots are installed): the document compiles to a PDF.

    code_test.py ACTVIZ_BINARY

Exits 77 (skipped) when NumPy, SciPy or Matplotlib is missing.
"""
import csv
import os
import py_compile
import runpy
import shutil
import subprocess
import sys
import tempfile
import warnings

try:
    import numpy as np
    import scipy.special  # noqa: F401  (the numpy programs import erf from it)
    import matplotlib  # noqa: F401
except ImportError as e:
    print(f"{e.name} is not installed (apt-get install python3-numpy python3-scipy "
          "python3-matplotlib): skipped")
    sys.exit(77)

ACTVIZ = sys.argv[1]
FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("FAIL:", message)


def actviz(*args):
    result = subprocess.run([ACTVIZ, *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"actviz {' '.join(args)}: {result.returncode} {result.stderr}")
    return result.stdout


def table(path):
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.reader(line for line in fh if not line.startswith("#")))
    header = rows[0]
    data = np.array([[float(v) for v in r] for r in rows[1:]])
    columns = [i for i, h in enumerate(header) if h.endswith(" f") or h.endswith(" f'")]
    return data[:, 0], [data[:, i] for i in columns]


def close(got, want, relative, absolute):
    got = np.asarray(got, dtype=float)
    return (got == want) | (np.abs(got - want) <= np.maximum(relative * np.abs(want), absolute))


def compare(label, quantity, x, got, want, relative, skip=(), absolute=1e-15):
    ok = close(got, want, relative, absolute)
    for k in skip:
        ok |= x == k
    if not ok.all():
        i = int(np.argmax(~ok))
        fail(f"{label} {quantity}: {int((~ok).sum())} values differ, e.g. at x = {x[i]!r}: "
             f"{got[i]!r}, the table has {want[i]!r}")


FUNCTIONS = [line.split()[0] for line in actviz("list").splitlines()
             if line and not line.startswith(" ") and line.split()[1].startswith("(")]
assert len(FUNCTIONS) >= 25, FUNCTIONS
ALL = ["--functions", ",".join(FUNCTIONS)]
OTHER_VALUES = ["--functions",
                "swish,squareplus,smu,smu1,softplus,celu,elu,leaky_relu,hardtanh,softmax,prelu",
                "--param", "swish.beta=3.5", "--param", "squareplus.b=0.001",
                "--param", "smu.alpha=0.1", "--param", "smu.mu=3", "--param", "smu1.alpha=0",
                "--param", "smu1.mu=0.5", "--param", "softplus.beta=2",
                "--param", "softplus.threshold=inf", "--param", "celu.alpha=0.3",
                "--param", "elu.alpha=2", "--param", "leaky_relu.slope=0.3",
                "--param", "hardtanh.min=-2", "--param", "hardtanh.max=0.5",
                "--param", "softmax.c=1.5", "--param", "softmax.k=3", "--param", "prelu.alpha=-0.5"]
# Values at the edges of the domains: cancellations, underflows and sign changes a formula must
# survive (SMU-1 with alpha = -3 or 1 and a tiny mu, SMU as GELU, a huge k, negative slopes).
EDGE_VALUES = ["--functions",
               "smu1,smu,squareplus,celu,softplus,softmax,swish,leaky_relu,hardtanh,elu,smu1",
               "--param", "smu1.alpha=-3", "--param", "smu1.mu=-1", "--param", "smu.alpha=0",
               "--param", "smu.mu=0.7071067811865476", "--param", "squareplus.b=1e-4",
               "--param", "celu.alpha=1e-300", "--param", "softplus.threshold=0",
               "--param", "softplus.beta=3", "--param", "softmax.k=1e20",
               "--param", "softmax.c=-2", "--param", "swish.beta=0",
               "--param", "leaky_relu.slope=-0.5", "--param", "hardtanh.min=-5",
               "--param", "hardtanh.max=5", "--param", "elu.alpha=-2"]
SECOND_SMU1 = ["--functions", "smu1", "--param", "smu1.alpha=1", "--param", "smu1.mu=1e-200"]

work = tempfile.mkdtemp(prefix="actviz-code-")
try:
    np.seterr(over="raise", divide="raise", invalid="raise", under="ignore")
    warnings.simplefilter("error")

    # numpy: values against the table, and no warning anywhere up to |x| = 1e4.
    flavoured = os.path.join(work, "flavoured.json")
    with open(flavoured, "w", encoding="utf-8") as fh:
        fh.write('{"format": "actviz-scene", "version": 1, "curves": ['
                 '{"function": "leaky_relu", "flavor": "jax", "params": {"slope": 0.1}},'
                 '{"function": "hardsigmoid", "flavor": "pytorch"},'
                 '{"function": "hardswish", "flavor": "jax"},'
                 '{"function": "hardtanh", "flavor": "jax"},'
                 '{"function": "gelu", "flavor": "jax"},'
                 '{"function": "squareplus", "flavor": "keras"}]}')
    for name, scene in (("defaults", ALL), ("other-values", OTHER_VALUES),
                        ("edge-values", EDGE_VALUES), ("smu1-alpha-1", SECOND_SMU1),
                        ("flavoured", ["--scene", flavoured])):
        program = os.path.join(work, f"{name}.py")
        actviz("code", "--lang", "numpy", *scene, "-o", program)
        curves = runpy.run_path(program)["CURVES"]
        for x_range, points in (("-6:6", "2001"), ("-1e4:1e4", "20001"), ("-40:40", "4001")):
            csv_path = os.path.join(work, f"{name}.csv")
            actviz("table", *scene, "--x-range", x_range, "--points", points, "-o", csv_path)
            x, columns = table(csv_path)
            if len(columns) != 2 * len(curves):
                fail(f"{name}: {len(columns)} table columns for {len(curves)} curves")
                continue
            for n, (label, f, df, _kinks, _derivative) in enumerate(curves):
                compare(label, "f", x, f(x), columns[2 * n], 1e-12)
                compare(label, "f'", x, df(x), columns[2 * n + 1], 1e-12)
        tiny_to_huge = np.logspace(-300, 300, 1200)
        extremes = np.concatenate([-tiny_to_huge[::-1], [-0.0, 0.0], tiny_to_huge])
        for label, f, df, _kinks, _derivative in curves:
            for quantity, g in (("f", f), ("f'", df)):
                y = g(extremes)
                if not np.all(np.isfinite(y)):
                    fail(f"{label} {quantity} is not finite at x = {extremes[~np.isfinite(y)][0]}")

    # typed formulas: their NumPy expressions (as written, f' as derived) against the table.
    typed = ["--functions", "mish", "--formula", "x*tanh(softplus(x))",
             "--formula", "x*sigmoid(lambda*x + c)",
             "--formula", "if(x > 0, x, a*expm1(x)) + erf(x)/2 + 2*x",
             "--formula", "smu(x, alpha=0.5, mu=m) + max(x, 0.5*x)",
             "--param", "formula.lambda=1.5", "--param", "formula.c=-0.25",
             "--param", "formula.m=2"]
    program = os.path.join(work, "typed.py")
    actviz("code", "--lang", "numpy", *typed, "-o", program)
    curves = runpy.run_path(program)["CURVES"]
    csv_path = os.path.join(work, "typed.csv")
    actviz("table", *typed, "--x-range", "-6:6", "--points", "2001", "-o", csv_path)
    x, columns = table(csv_path)
    if len(curves) != 5 or len(columns) != 10:
        fail(f"typed formulas: {len(curves)} curves, {len(columns)} table columns")
    for n, (label, f, df, _kinks, _derivative) in enumerate(curves):
        compare(label, "f", x, f(x), columns[2 * n], 1e-12, absolute=1e-13)
        compare(label, "f'", x, df(x), columns[2 * n + 1], 1e-12, absolute=1e-13)

    # matplotlib: the lecture scene, every function, and no visible curve at all, each script
    # run with warnings as errors.
    empty_scene = os.path.join(work, "empty.json")
    with open(empty_scene, "w", encoding="utf-8") as fh:
        fh.write('{"format": "actviz-scene", "version": 1, "curves": '
                 '[{"function": "relu", "visible": false}]}')
    for name, scene in (("lecture", []), ("all", ALL + ["--derivatives", "--theme", "dark"]),
                        ("empty", ["--scene", empty_scene]), ("typed", typed)):
        script = os.path.join(work, f"{name}_plot.py")
        png = os.path.join(work, f"{name}.png")
        actviz("code", "--lang", "matplotlib", *scene, "-o", script)
        run = subprocess.run([sys.executable, "-W", "error", script, png], capture_output=True,
                             text=True)
        if run.returncode != 0 or run.stderr:
            fail(f"matplotlib {name}: status {run.returncode}: {run.stderr[-2000:]}")
        else:
            with open(png, "rb") as fh:
                if fh.read(8) != b"\x89PNG\r\n\x1a\n":
                    fail(f"matplotlib {name}: no PNG written")

    # pytorch: the library's own functions, f and f' by autograd.
    try:
        import torch  # noqa: F401
        have_torch = True
    except ImportError:
        have_torch = False
        print("PyTorch is not installed: its program is compiled, not run")
    # (PyTorch's own celu backward is NaN for alpha = 1e-300: not ours to test.)
    torch_edge = [w.replace("celu.alpha=1e-300", "celu.alpha=0.01") for w in EDGE_VALUES]
    for name, scene in (("defaults", ALL), ("other-values", OTHER_VALUES),
                        ("edge-values", torch_edge), ("typed", typed)):
        program = os.path.join(work, f"{name}_torch.py")
        actviz("code", "--lang", "pytorch", *scene, "-o", program)
        py_compile.compile(program, doraise=True)
        if not have_torch:
            continue
        module = runpy.run_path(program)
        csv_path = os.path.join(work, f"{name}_torch.csv")
        actviz("table", *scene, "--x-range", "-8:8", "--points", "1601", "-o", csv_path)
        x, columns = table(csv_path)
        numpy_program = os.path.join(work, f"{name}_kinks.py")
        actviz("code", "--lang", "numpy", *scene, "-o", numpy_program)
        kinks = runpy.run_path(numpy_program)["CURVES"]
        for n, (label, f) in enumerate(module["CURVES"]):
            y, dy = module["f_and_df"](f, x)
            compare(label, "f (PyTorch)", x, y, columns[2 * n], 1e-12)
            compare(label, "f' (PyTorch)", x, dy, columns[2 * n + 1], 1e-5, skip=kinks[n][3],
                    absolute=1e-12)

    # jax: compiles.
    program = os.path.join(work, "jax.py")
    actviz("code", "--lang", "jax", *ALL, "--formula", "x*sigmoid(b*x)", "-o", program)
    py_compile.compile(program, doraise=True)

    # pgfplots: compiles where LaTeX is installed.
    if shutil.which("pdflatex") and shutil.which("kpsewhich") and subprocess.run(
            ["kpsewhich", "pgfplots.sty"], capture_output=True, text=True).stdout.strip():
        many = ["--functions", ",".join((FUNCTIONS * 3)[:64]), "--derivatives",
                "--x-range", "-1000:1000", "--y-range", "50:51"]
        for name, scene in (("lecture", []), ("all", ALL + ["--derivatives", "--theme",
                                                            "presentation"]),
                            ("zoomed", ["--x-range", "4:6", "--y-range", "0.99:1"]),
                            ("out-of-view", ["--x-range", "-6:-4", "--y-range", "-0.01:0.01",
                                             "--derivatives"]),
                            ("flavoured", ["--scene", flavoured, "--derivatives"]),
                            ("typed", typed + ["--derivatives"]),
                            ("sixty-four", many)):
            tex = os.path.join(work, f"{name}.tex")
            actviz("code", "--lang", "pgfplots", *scene, "-o", tex)
            run = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                                  f"{name}.tex"], cwd=work, capture_output=True, text=True)
            pdf = os.path.join(work, f"{name}.pdf")
            if run.returncode != 0 or not os.path.exists(pdf):
                fail(f"pgfplots {name}: pdflatex failed: {run.stdout[-1500:]}")
                continue
            if "Overfull" in run.stdout:
                fail(f"pgfplots {name}: an overfull box")
            if shutil.which("pdfinfo"):
                info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
                if "Pages:           1" not in info:
                    fail(f"pgfplots {name}: not one page: {info}")
    else:
        print("pdflatex with pgfplots is not installed: the pgfplots document is not compiled")
finally:
    shutil.rmtree(work, ignore_errors=True)

if FAILURES:
    print(f"{len(FAILURES)} failures")
    sys.exit(1)
print("all programs ran and matched")
