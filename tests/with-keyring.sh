#!/bin/sh
# Runs a command on a private session bus with a fresh, unlocked gnome-keyring in a throw-away HOME.
# Usage: tests/with-keyring.sh COMMAND [ARGS...]
set -eu

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon gdbus; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is missing; scripts/common.sh lists the packages that provide it" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/losant-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
# Owner-only, as XDG wants for the runtime directory and as befits a keyring.
mkdir -m 700 "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"

export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
# The test refuses to run without this, so it never writes to a developer's real keyring.
export LOSANT_TEST_PRIVATE_KEYRING="$scratch"
# No display: nothing may try to show an unlock prompt or autolaunch another bus.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

status=0
# shellcheck disable=SC2016 # expanded by the inner shell
dbus-run-session -- sh -c '
    set -eu
    # The password on stdin creates the login keyring, unlocked, as the default collection.
    # In the foreground it stays our child, so it is stopped and waited for below.
    printf %s losant-test | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >/dev/null &
    keyring=$!
    # It claims its bus name only after starting; an earlier call would activate a second one.
    if ! gdbus wait --session --timeout 30 org.freedesktop.secrets; then
        echo "with-keyring.sh: gnome-keyring-daemon did not appear on the session bus" >&2
        kill "$keyring" 2>/dev/null || true
        exit 1
    fi
    status=0
    "$@" || status=$?
    kill "$keyring"
    wait "$keyring" || true
    exit "$status"
' with-keyring "$@" || status=$?
exit "$status"
