# Shared by run.sh and test.sh: install what is missing, then configure and build.
# shellcheck shell=bash

LOSANT_PACKAGES=(cmake g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libgl-dev qt6-qpa-plugins
    # Qt SVG: draws the app's own icons at run time and the hicolor PNGs at build time
    qt6-svg-dev
    # the man page, written from --help at build time
    help2man
    xvfb xauth
    # Qt's own strings in German (qtbase_de.qm: Cancel, Close in the standard buttons)
    qt6-translations-l10n
    # the keychain test: a private session bus and an unlocked keyring
    dbus-daemon gnome-keyring libsecret-1-0 libglib2.0-bin)

losant_install_missing() {
    local missing=()
    local p
    for p in "${LOSANT_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

# losant_configure BUILD_DIR [cmake options...]. run.sh and test.sh configure build/ alike (no
# options), so that test.sh after run.sh builds only what run.sh did not, rather than recompiling
# everything for a changed flag.
losant_configure() {
    local dir=$1
    shift
    cmake -S "$LOSANT_ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
}

# losant_build BUILD_DIR [cmake options...]: configure, then build every target.
losant_build() {
    losant_configure "$@"
    cmake --build "$1" -j"$(nproc 2>/dev/null || echo 2)"
}

# losant_build_app BUILD_DIR [cmake options...]: configure, then build only the app and what it
# links (the tests are test.sh's).
losant_build_app() {
    losant_configure "$@"
    cmake --build "$1" -j"$(nproc 2>/dev/null || echo 2)" --target losant-tokens
}
