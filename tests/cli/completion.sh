#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# kgforge completion bash|zsh|fish. The bash script is sourced and its function called
# as bash would (COMP_WORDS/COMP_CWORD): it completes subcommands, options and option
# values. The zsh and fish scripts must parse (zsh -n, fish -n) and list the commands.
set -u
: "${KGFORGE:?}"
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

for shell in bash zsh fish; do
  "$KGFORGE" completion "$shell" >"$W/kgforge.$shell" || fail "completion $shell exited $?"
done

# complete WORDS...: the candidates bash would offer for the last word.
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _kgforge; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$W/kgforge.bash" "$@"
}
[ "$(complete_words kgforge bu)" = "build" ] || fail "kgforge bu<TAB> does not offer exactly build: $(complete_words kgforge bu)"
complete_words kgforge "" | grep -qx neighbours || fail "kgforge <TAB> does not offer neighbours"
complete_words kgforge "" | grep -qx man && fail "the hidden man command is offered"
complete_words kgforge an | grep -qx analyse || fail "the alias analyse is not offered"
complete_words kgforge build --for | grep -qx -- --formats || fail "build --for<TAB> does not offer --formats"
complete_words kgforge -q build --out | grep -qx -- --output-dir || fail "-q build --out<TAB> does not offer --output-dir"
[ "$(complete_words kgforge validate --format j)" = "json" ] || fail "validate --format j<TAB> does not offer json"
complete_words kgforge stats --format "" | sort | tr '\n' ' ' | grep -qx "json text " || fail "stats --format <TAB>: $(complete_words kgforge stats --format "")"
complete_words kgforge completion "" >/dev/null || fail "completion <TAB> failed"
complete_words kgforge analyze --json --sa | grep -qx -- --samples || fail "analyze --sa<TAB> does not offer --samples"
# Every option that --help lists for build is offered.
offered=$(complete_words kgforge build -)
for opt in $("$KGFORGE" build --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
  grep -qx -- "$opt" <<<"$offered" || fail "build --help lists $opt but completion does not offer it"
done

# zsh and fish come from scripts/install-deps.sh (Debian packages zsh, fish).
if command -v zsh >/dev/null 2>&1; then
  zsh -n "$W/kgforge.zsh" || fail "zsh -n rejects the zsh completion"
  grep -q "^#compdef kgforge" "$W/kgforge.zsh" || fail "zsh completion has no #compdef line"
  grep -q "'build:" "$W/kgforge.zsh" || fail "zsh completion does not list build"
else
  fail "zsh is not installed (Debian package zsh; run scripts/install-deps.sh)"
fi
if command -v fish >/dev/null 2>&1; then
  fish -n "$W/kgforge.fish" || fail "fish -n rejects the fish completion"
  grep -q "__fish_use_subcommand -a build" "$W/kgforge.fish" || fail "fish completion does not list build"
  out=$(HOME="$W" fish -c "source $W/kgforge.fish; complete -C 'kgforge bu'" 2>&1)
  grep -q "^build" <<<"$out" || fail "fish: kgforge bu<TAB> does not offer build: $out"
  out=$(HOME="$W" fish -c "source $W/kgforge.fish; complete -C 'kgforge stats --format '" 2>&1)
  grep -q "^json" <<<"$out" || fail "fish: stats --format <TAB> does not offer json: $out"
else
  fail "fish is not installed (Debian package fish; run scripts/install-deps.sh)"
fi

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "ok"
