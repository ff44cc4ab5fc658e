#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The bash completion against the built program: every option of every subcommand's help is
# offered, and function ids, parameter ids and fixed values complete.
# Usage: completion_test.sh COMPLETION_SCRIPT ACTVIZ_BINARY
set -u
source "$1"
program=$2
failures=0

# complete WORD...: the completions offered for the last word, one per line.
complete_words() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _actviz 2>/dev/null
    printf '%s\n' "${COMPREPLY[@]}"
}

expect() { # expect DESCRIPTION EXPECTED_WORD WORD...
    local what=$1 wanted=$2
    shift 2
    if ! complete_words "$@" | grep -qxF -- "$wanted"; then
        echo "FAIL: $what: '$wanted' not offered for: $*"
        failures=$((failures + 1))
    fi
}

for command in list eval export table code precision parity help; do
    expect "subcommand" "$command" "$program" "${command:0:2}"
done
expect "version" --version "$program" --v
expect "presentation" --present "$program" --pr
expect "paper" letter "$program" export --deck d.json --page l
expect "orientation" landscape "$program" export --deck d.json --orientation la

for command in list eval export table code precision parity; do
    options=$("$program" "$command" --help | grep -oE '^  (-[a-z], )?--?[a-z][a-z-]*' |
        tr -d ',' | tr ' ' '\n' | grep -- '^-')
    [[ -n $options ]] || { echo "FAIL: no options in '$command --help'"; failures=$((failures + 1)); }
    for option in $options; do
        expect "$command option" "$option" "$program" "$command" -
    done
done

functions=$("$program" list | awk '/^[a-z]/ { print $1 }')
(($(wc -l <<<"$functions") >= 25)) || { echo "FAIL: too few functions"; failures=$((failures + 1)); }
for fn in $functions; do
    expect "eval function" "$fn" "$program" eval ""
    expect "--functions" "relu,$fn" "$program" export --functions relu,
done
expect "parameter of eval" "mu=" "$program" eval smu1 -p ""
expect "parameter of eval after a flag" "mu=" "$program" eval --grad smu1 -p ""
expect "function after eval's options" "smu1" "$program" eval --grad -p mu=1 sm
expect "precision's formats" "bfloat16" "$program" precision sigmoid --dtype bf
expect "function after precision's options" "sigmoid" "$program" precision --dtype float16 sig
expect "parameter of precision" "beta=" "$program" precision swish --param ""
expect "eval's flavours" "keras" "$program" eval gelu --flavor k
expect "function after eval's flavour" "gelu" "$program" eval --flavor jax gel
expect "function of parity" "squareplus" "$program" parity squa
expect "qualified parameter" "swish.beta=" "$program" export --param swish.
expect "sweep function" "swish." "$program" export --sweep sw
expect "tangent" "gelu@" "$program" export --tangent gel
expect "theme" presentation "$program" export --theme p
expect "view" softmax "$program" table --view ""
expect "language" zh_CN "$program" export --language z
expect "format" svg "$program" export --format s
expect "code language" pgfplots "$program" code --lang pg
expect "help topic" export "$program" help e

# nothing for what a subcommand does not take
if [[ -n $(complete_words "$program" export -p "") ]]; then
    echo "FAIL: export -p (eval's option) offered something"
    failures=$((failures + 1))
fi

if ((failures > 0)); then
    echo "$failures completion(s) missing"
    exit 1
fi
echo "every completion offered"
