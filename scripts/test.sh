#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test (offscreen).
set -euo pipefail
LOSANT_ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=common.sh
source "$LOSANT_ROOT/scripts/common.sh"

losant_install_missing
losant_build "$LOSANT_ROOT/build" -DLOSANT_WERROR=ON
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$LOSANT_ROOT/build" --output-on-failure -j2 "$@"
