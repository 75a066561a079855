#!/usr/bin/env bash
# Installs what is missing, builds, and starts Losant Tokens (the demo instance when no
# connection is configured). Arguments go to the app, e.g. ./scripts/run.sh --help
set -euo pipefail
LOSANT_ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=common.sh
source "$LOSANT_ROOT/scripts/common.sh"

losant_install_missing
losant_build_app "$LOSANT_ROOT/build"

app="$LOSANT_ROOT/build/app/losant-tokens"
needs_display=1
for arg in "$@"; do
    case "$arg" in --serve | --help | -h | --version | -v) needs_display=0 ;; esac
done
if [ $needs_display -eq 1 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] \
    && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are not set)." >&2
    echo "Run the app under a virtual X server:  xvfb-run -a ./scripts/run.sh $*" >&2
    echo "or run only the local instance:        ./scripts/run.sh --serve" >&2
    exit 1
fi
exec "$app" "$@"
