# SPDX-License-Identifier: GPL-3.0-or-later
# Bash completion for actviz: subcommands, their options, function and parameter ids, and the
# values of the options that take a fixed set. The options and ids come from the program itself
# (`actviz COMMAND --help`, `actviz list`), so they match the binary being completed.

_actviz_options() {
    "$1" "$2" --help 2>/dev/null | awk '/^  -/ {
        for (i = 1; i <= NF; i++) { w = $i; sub(/,$/, "", w); if (w ~ /^-/) print w; else break }
    }'
}

_actviz_functions() {
    "$1" list 2>/dev/null | awk '/^[a-z]/ { print $1 }'
}

# The parameter ids of function $2, from `actviz list`.
_actviz_parameters() {
    "$1" list 2>/dev/null | awk -v fn="$2" '
        /^[a-z]/ { current = $1; next }
        current == fn && $1 == "param" { split($2, p, "="); print p[1] }'
}

# The function named on an eval, precision or parity command line so far (the first word after the
# command that is neither an option nor the value of an option), if any.
_actviz_eval_function() {
    local i word
    for ((i = 2; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
        -p | --param | --dtype | --flavor | --x-range | --points | -o) ((i++)) ;;
        -*) ;;
        *) echo "$word" && return ;;
        esac
    done
}

_actviz() {
    local program=${COMP_WORDS[0]}
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()
    if ((COMP_CWORD == 1)); then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "--help --version --present" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "list eval export table code precision parity help" -- "$cur")
            # ... or a scene file to open in the window (folders end in / and take no space)
            local f
            while IFS= read -r f; do
                [[ -f $f ]] && COMPREPLY+=("$f")
            done < <(compgen -f -X '!*.json' -- "$cur")
            while IFS= read -r f; do COMPREPLY+=("$f/"); done < <(compgen -d -- "$cur")
            [[ ${COMPREPLY[*]} == */* ]] && compopt -o nospace 2>/dev/null
        fi
        return 0
    fi
    local command=${COMP_WORDS[1]}
    if [[ $command == --present ]]; then
        ((COMP_CWORD == 2)) || return 0 # one scene or deck file
        local f
        mapfile -t COMPREPLY < <(compgen -f -X '!*.json' -- "$cur")
        while IFS= read -r f; do COMPREPLY+=("$f/"); done < <(compgen -d -- "$cur")
        compopt -o filenames 2>/dev/null
        return 0
    fi
    case $prev in
    --scene | --deck | -o)
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        compopt -o filenames 2>/dev/null
        return 0
        ;;
    --view) mapfile -t COMPREPLY < <(compgen -W "curves depth softmax" -- "$cur") && return 0 ;;
    --theme) mapfile -t COMPREPLY < <(compgen -W "light dark presentation" -- "$cur") && return 0 ;;
    --language) mapfile -t COMPREPLY < <(compgen -W "en zh_CN" -- "$cur") && return 0 ;;
    --page) mapfile -t COMPREPLY < <(compgen -W "a4 letter" -- "$cur") && return 0 ;;
    --orientation) mapfile -t COMPREPLY < <(compgen -W "portrait landscape" -- "$cur") && return 0 ;;
    --format) mapfile -t COMPREPLY < <(compgen -W "png jpg bmp pdf svg" -- "$cur") && return 0 ;;
    --functions)
        # a comma-separated list: complete its last element
        local head=
        [[ $cur == *,* ]] && head=${cur%,*},
        mapfile -t COMPREPLY < <(compgen -P "$head" -W "$(_actviz_functions "$program")" -- "${cur##*,}")
        return 0
        ;;
    --tangent)
        mapfile -t COMPREPLY < <(compgen -S @ -W "$(_actviz_functions "$program")" -- "$cur")
        compopt -o nospace 2>/dev/null
        return 0
        ;;
    --dtype) mapfile -t COMPREPLY < <(compgen -W "float32 float16 bfloat16" -- "$cur") && return 0 ;;
    --flavor) mapfile -t COMPREPLY < <(compgen -W "exact pytorch jax keras" -- "$cur") && return 0 ;;
    --lang) mapfile -t COMPREPLY < <(compgen -W "numpy matplotlib pytorch jax pgfplots" -- "$cur") && return 0 ;;
    --param | -p | --sweep)
        if [[ $command == eval || $command == precision || $command == parity ]]; then
            mapfile -t COMPREPLY < <(compgen -S = -W "$(_actviz_parameters "$program" "$(_actviz_eval_function)")" -- "$cur")
        elif [[ $prev == -p ]]; then
            return 0 # -p is eval's
        elif [[ $cur == *.* ]]; then
            local fn=${cur%%.*}
            mapfile -t COMPREPLY < <(compgen -P "$fn." -S = -W "$(_actviz_parameters "$program" "$fn")" -- "${cur#*.}")
        else
            mapfile -t COMPREPLY < <(compgen -S . -W "$(_actviz_functions "$program")" -- "$cur")
        fi
        compopt -o nospace 2>/dev/null
        return 0
        ;;
    --x-range | --y-range | --logits | --temperature | --depth | --weight | --input | --size | \
        --scale | --dpi | --points | --formula)
        return 0 # a number or two, or a formula: nothing to offer
        ;;
    esac
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_actviz_options "$program" "$command")" -- "$cur")
    elif [[ ($command == eval || $command == precision || $command == parity) &&
        -z $(_actviz_eval_function) ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_actviz_functions "$program")" -- "$cur")
    elif [[ $command == help && $COMP_CWORD == 2 ]]; then
        mapfile -t COMPREPLY < <(compgen -W "list eval export table code precision parity" -- "$cur")
    fi
    return 0
}

complete -F _actviz actviz
