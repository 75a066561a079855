#!/usr/bin/env bash
# Benchmark, not part of CI or the test command (issue 16, target 1): every token of a large
# local instance, listed by Losant's official JavaScript client (npm losant-rest, page after
# page) and by `losant-tokens list --all`, against the same server in the same run, with and
# without a slow link (--fault list=delay:MS). Needs node and npm (losant-rest is installed
# into a temporary directory) and a built binary.
# Usage: bench-official-client.sh [binary] ; environment: TOKENS (100000), DELAY_MS (80),
# PER_PAGES ("1000 100"), BEFORE (another losant-tokens to time as a client too, e.g. main's).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
binary=${1:-$root/build/app/losant-tokens}
tokens=${TOKENS:-100000}
delay=${DELAY_MS:-80}
per_pages=${PER_PAGES:-1000 100}
before=${BEFORE:-}
[ -x "$binary" ] || { echo "No executable at $binary: build first." >&2; exit 2; }

work=$(mktemp -d)
server=
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

echo "Installing losant-rest into $work ..."
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund losant-rest >/dev/null)
echo "losant-rest $(node -p "require('$work/node_modules/losant-rest/package.json').version"), node $(node --version), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

value() { grep "^$1=" "$work/serve.txt" | cut -d= -f2 | cut -d' ' -f1; }
serve() { # [fault...]
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    : >"$work/serve.txt"
    "$binary" --serve --port 0 --tokens "$tokens" "$@" >"$work/serve.txt" &
    server=$!
    for _ in $(seq 600); do
        grep -q '^LOSANT_ACCESS_TOKEN=' "$work/serve.txt" && break
        sleep 0.2 # polling a child's output, not waiting for a clock
    done
    [ -n "$(value LOSANT_ACCESS_TOKEN)" ] || { echo "The server did not start." >&2; exit 1; }
    export LOSANT_URL LOSANT_ACCESS_TOKEN LOSANT_INSTANCE_ID
    LOSANT_URL=$(value LOSANT_URL)
    LOSANT_ACCESS_TOKEN=$(value LOSANT_ACCESS_TOKEN)
    LOSANT_INSTANCE_ID=$(value LOSANT_INSTANCE_ID)
}
seconds() { # command... ; prints the wall-clock seconds it took (its output in $work/out)
    local start end
    start=$(date +%s.%N)
    "$@" >"$work/out"
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}
official() { NODE_PATH="$work/node_modules" node "$root/scripts/bench-official-client.js" "$1"; }
ours() { # binary perPage
    "$1" list --url "$LOSANT_URL" --instance "$LOSANT_INSTANCE_ID" --all --per-page "$2" \
        --format json
}
json_count() { python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' "$work/out"; }
same_count() { # what: the tokens the official client listed must all be there
    local got
    got=$(json_count)
    [ "$got" = "$count" ] || { echo "$1 listed $got tokens, the official client $count" >&2; exit 1; }
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", a / b }'; }

printf '%-14s %8s %12s %12s %7s' link perPage "official s" "ours s" ratio
[ -n "$before" ] && printf ' %12s %7s' "before s" ratio
printf '\n'
for link in "delay:$delay" none; do
    if [ "$link" = none ]; then serve; else serve --fault "list=$link"; fi
    for per_page in $per_pages; do
        t_official=$(seconds official "$per_page")
        count=$(cat "$work/out")
        t_ours=$(seconds ours "$binary" "$per_page")
        same_count "$binary"
        printf '%-14s %8s %12s %12s %7s' "$link" "$per_page" "$t_official" "$t_ours" \
            "$(ratio "$t_official" "$t_ours")"
        if [ -n "$before" ]; then
            t_before=$(seconds ours "$before" "$per_page")
            same_count "$before"
            printf ' %12s %7s' "$t_before" "$(ratio "$t_official" "$t_before")"
        fi
        printf '\n'
    done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
