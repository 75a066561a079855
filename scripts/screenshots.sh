#!/usr/bin/env bash
# Makes the README's screenshots from the real app: builds only the app, then runs it on the demo
# instance under a virtual X server, once per picture, each time with a fresh scratch HOME (no
# saved connection, layout or theme of yours). Writes docs/screenshots/*.png; re-run it whenever
# the UI changes.  Usage: ./scripts/screenshots.sh   (BUILD_DIR=... to use another build folder)
set -euo pipefail
LOSANT_ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=common.sh
source "$LOSANT_ROOT/scripts/common.sh"

losant_install_missing
build=${BUILD_DIR:-$LOSANT_ROOT/build}
losant_build_app "$build"
app="$build/app/losant-tokens"
out="$LOSANT_ROOT/docs/screenshots"
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# shot NAME VIEW THEME [VAR=value...]: one picture, in a HOME of its own.
shot() {
    local name=$1 view=$2 theme=$3
    shift 3
    local home="$scratch/$name"
    mkdir -p "$home/config/LosantTokens" "$home/data" "$home/cache" "$home/runtime"
    chmod 700 "$home/runtime"
    printf '[view]\ntheme=%s\n' "$theme" >"$home/config/LosantTokens/losant-tokens.conf"
    echo "Making $name.png"
    env -i PATH="$PATH" HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" \
        DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
        LANG=en_US.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=xcb "QT_LOGGING_RULES=qt.qpa.*=false" "$@" \
        xvfb-run -a -s "-screen 0 1920x1080x24" \
        "$app" --demo --screenshot "$out/$name.png" --screenshot-of "$view"
}

shot main-window main light
shot create-token create light
shot org-roles roles light
shot token-created created light
shot connections connections light
shot main-window-de main light LANG=de_DE.UTF-8 LANGUAGE=de
shot main-window-dark main dark
echo "Screenshots written to $out"
