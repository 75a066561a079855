#!/usr/bin/env bash
# Installs the build into a scratch prefix and checks what a desktop gets from it: the binary
# runs, the desktop entry and the AppStream metainfo pass their validators and agree with each
# other and the binary, the icon is there at every hicolor size, and the man page covers every
# option of --help. A missing validator fails the test: scripts/test.sh installs them.
# Usage: check-install.sh BUILD_DIR SOURCE_DIR APP_ID
set -euo pipefail
build=$1 source=$2 id=$3
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
need() {
    command -v "$1" >/dev/null || { echo "FAIL: $1 is missing (package $2)" >&2; exit 1; }
}
need desktop-file-validate desktop-file-utils
need appstreamcli appstream

cmake --install "$build" --prefix "$prefix" >/dev/null

binary=$prefix/bin/losant-tokens
[ -x "$binary" ] || { echo "FAIL: no executable bin/losant-tokens" >&2; exit 1; }
version=$(QT_QPA_PLATFORM=offscreen "$binary" --version | awk '{print $NF}') \
    || fail "losant-tokens --version failed"
[ -n "$version" ] || fail "losant-tokens --version printed nothing"

desktop=$prefix/share/applications/$id.desktop
if [ -f "$desktop" ]; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $id.desktop"
    exec_line=$(sed -n 's/^Exec=//p' "$desktop")
    [ -x "$prefix/bin/${exec_line%% *}" ] || fail "Exec=$exec_line is not the installed binary"
    grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's Icon= is not $id"
else
    fail "no share/applications/$id.desktop"
fi

metainfo=$prefix/share/metainfo/$id.metainfo.xml
if [ -f "$metainfo" ]; then
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects $id.metainfo.xml"
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
        || fail "the metainfo does not launch $id.desktop"
    newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
    [ "$newest" = "$version" ] \
        || fail "the metainfo's newest release is '$newest', the binary says '$version'"
    # The tree as a whole: metainfo, desktop entry and icon together, as software centres read it.
    appstreamcli validate-tree --no-net "$prefix" || fail "appstreamcli validate-tree fails"
else
    fail "no share/metainfo/$id.metainfo.xml"
fi

# A PNG's width and height, from its IHDR chunk.
png_size() {
    od -An -tu1 -j16 -N8 "$1" | awk '{printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}'
}
for size in 16 22 24 32 48 64 128 256; do
    png=$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png
    if [ -f "$png" ]; then
        [ "$(png_size "$png")" = "${size}x${size}" ] \
            || fail "$(basename "$(dirname "$(dirname "$png")")")/$id.png is $(png_size "$png")"
    else
        fail "no hicolor ${size}x${size} icon"
    fi
done
[ -f "$prefix/share/icons/hicolor/scalable/apps/$id.svg" ] || fail "no hicolor scalable icon"

man=$prefix/share/man/man1/losant-tokens.1.gz
if [ -f "$man" ]; then
    page=$(gzip -dc "$man")
    grep -q '^\.TH LOSANT-TOKENS "1"' <<<"$page" || fail "the man page has no .TH line"
    grep -qF "$version" <<<"$page" || fail "the man page does not name version $version"
    # Every option --help lists, as the man page spells it (\-\-name).
    options=$(QT_QPA_PLATFORM=offscreen "$binary" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
    [ -n "$options" ] || fail "--help lists no option"
    for option in $options; do
        grep -qF -- "${option//-/\\-}" <<<"$page" || fail "the man page lacks $option"
    done
else
    fail "no share/man/man1/losant-tokens.1.gz"
fi

if [ -f "$source/resources/completion/losant-tokens.bash" ]; then
    [ -f "$prefix/share/bash-completion/completions/losant-tokens" ] \
        || fail "the bash completion is not installed"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s) in the installed tree" >&2
    exit 1
fi
echo "installed tree OK: losant-tokens $version, desktop entry, metainfo, $id icons, man page"
