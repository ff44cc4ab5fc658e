#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the punctuation of the Chinese properties texts.

Usage: check_texts.py RESOURCES_FUNCTIONS_DIR

Every <dir>/<id>/about.zh_CN.md must use full-width punctuation (，：；（）) in Chinese prose.
An offence is an ASCII `,` `:` `;` `(` or `)` directly next to a CJK character, outside backtick
code spans. CJK characters are the ideographs U+4E00-U+9FFF and CJK punctuation (U+3000-U+303F,
full-width forms U+FF00-U+FFEF).

Formulas keep ASCII parentheses, and a formula may end a clause or follow one, as in
"值域 (0, 1)。" or "，f(x) = 0". So for `(` and `)` only the inside touching CJK punctuation
counts ("（" or "。)" would be wrong, "f(x)。" is fine), while an ideograph counts on either side
("参数(默认" and "(x)时" are offences). `,` `:` `;` count next to any CJK character.

Prints one line per offence (file:line:column: message) and a summary line; exits 1 if any
offence was found (or a directory holds no about.zh_CN.md), 0 otherwise. Python 3 stdlib only.
"""

import os
import sys


def is_ideograph(c):
    return "\u4e00" <= c <= "\u9fff"


def is_cjk_punct(c):
    return "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"


def is_cjk(c):
    return is_ideograph(c) or is_cjk_punct(c)


def prose_mask(line):
    """True for each character outside backtick code spans (an unclosed backtick is literal)."""
    mask = [True] * len(line)
    i = 0
    while i < len(line):
        if line[i] != "`":
            i += 1
            continue
        run = 1
        while i + run < len(line) and line[i + run] == "`":
            run += 1
        fence = "`" * run
        end = line.find(fence, i + run)
        if end < 0:
            i += run
            continue
        for k in range(i, end + run):
            mask[k] = False
        i = end + run
    return mask


def offences_in_line(line):
    """(column, message) for each offending character of one line."""
    found = []
    mask = prose_mask(line)
    for i, c in enumerate(line):
        if c not in ",:;()" or not mask[i]:
            continue
        before = line[i - 1] if i > 0 else ""
        after = line[i + 1] if i + 1 < len(line) else ""
        if c in ",:;":
            bad = (before and is_cjk(before)) or (after and is_cjk(after))
        elif c == "(":
            bad = (after and is_cjk(after)) or (before and is_ideograph(before))
        else:  # ")"
            bad = (before and is_cjk(before)) or (after and is_ideograph(after))
        if bad:
            context = line[max(0, i - 8) : i + 9]
            found.append((i + 1, "ASCII '%s' next to CJK text: ...%s..." % (c, context)))
    return found


def check_file(path):
    offences = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            for column, message in offences_in_line(line.rstrip("\n")):
                offences.append("%s:%d:%d: %s" % (path, number, column, message))
    return offences


def main(argv):
    if len(argv) != 2:
        print("usage: check_texts.py RESOURCES_FUNCTIONS_DIR", file=sys.stderr)
        return 2
    root = argv[1]
    if not os.path.isdir(root):
        print("%s: not a directory" % root, file=sys.stderr)
        return 2
    passed = failed = 0
    for name in sorted(os.listdir(root)):
        folder = os.path.join(root, name)
        if not os.path.isdir(folder):
            continue
        path = os.path.join(folder, "about.zh_CN.md")
        if not os.path.isfile(path):
            print("%s: missing" % path)
            failed += 1
            continue
        offences = check_file(path)
        for line in offences:
            print(line)
        if offences:
            failed += 1
        else:
            passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
