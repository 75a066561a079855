#!/usr/bin/env bash
# Manual check, not part of CI or the test command: Losant's official JavaScript client
# (npm losant-rest) calls every token kind's endpoints on `losant-tokens --serve`, and each
# answer must validate against docs/schemas. Needs node and npm (it installs losant-rest and
# ajv into a temporary directory) and a built binary; argument: the binary (default
# build/app/losant-tokens).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
binary=${1:-$root/build/app/losant-tokens}
[ -x "$binary" ] || { echo "No executable at $binary: build first." >&2; exit 2; }

work=$(mktemp -d)
server=
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

echo "Installing losant-rest and ajv@6 into $work ..."
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund losant-rest ajv@6 >/dev/null)
echo "losant-rest $(node -p "require('$work/node_modules/losant-rest/package.json').version")"

"$binary" --serve --port 0 >"$work/serve.txt" &
server=$!
for _ in $(seq 50); do
    grep -q '^LOSANT_ACCESS_TOKEN=' "$work/serve.txt" && break
    sleep 0.2 # polling a child's output, not waiting for a clock
done
value() { grep "^$1=" "$work/serve.txt" | cut -d= -f2 | cut -d' ' -f1; }
[ -n "$(value LOSANT_ACCESS_TOKEN)" ] || { echo "The server did not start." >&2; exit 1; }

NODE_PATH="$work/node_modules" \
    LOSANT_URL=$(value LOSANT_URL) \
    LOSANT_ACCESS_TOKEN=$(value LOSANT_ACCESS_TOKEN) \
    LOSANT_INSTANCE_ID=$(value LOSANT_INSTANCE_ID) \
    LOSANT_APPLICATION_1_ID=$(value LOSANT_APPLICATION_1_ID) \
    LOSANT_APPLICATION_2_ID=$(value LOSANT_APPLICATION_2_ID) \
    node "$root/scripts/check-official-client.js" "$root/docs/schemas"
