#!/usr/bin/env bash
# Collects every tr() string into translations/*.ts, then gives the English catalogue its plural
# forms ("%n day(s)" -> "%n day" / "%n days"), which lupdate cannot write by itself.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cmake -S "$root" -B "$root/build" >/dev/null
timeout 300 cmake --build "$root/build" --target update_translations
python3 - "$root/translations/losant-tokens_en.ts" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
def plural(match):
    block = match.group(0)
    source = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
    forms = (source.replace("(s)", ""), source.replace("(s)", "s"))
    translation = ("<translation>\n            <numerusform>%s</numerusform>\n"
                   "            <numerusform>%s</numerusform>\n        </translation>" % forms)
    return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", translation, block,
                  flags=re.S)
open(path, "w", encoding="utf-8").write(
    re.sub(r'<message numerus="yes">.*?</message>', plural, text, flags=re.S))
PY
