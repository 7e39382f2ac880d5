#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# render --page: a drawing scaled to a page never carries text below 6 pt (measured in
# the SVG: each font-size times the scale Graphviz applies); the whole CEOP KB at A3
# would, so kgforge refuses, writes nothing and names a smaller view, which then
# renders. --size fits a PNG in the pixels given; a PNG over the pixel budget is refused.
set -u
. "$(dirname "$0")/../lib/cli_test.sh"
. "$(dirname "$0")/../lib/require.sh"
kg_require cmd:/usr/bin/python3

# The smallest text in an SVG, in points: font-size times the graph's scale().
smallest() {
  /usr/bin/python3 - "$1" <<'PY'
import re, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
g = next(e for e in root.iter("{http://www.w3.org/2000/svg}g") if e.get("class") == "graph")
scale = float(re.search(r"scale\(([\d.]+)", g.get("transform")).group(1))
sizes = [float(t.get("font-size")) for t in root.iter("{http://www.w3.org/2000/svg}text")]
print("%.2f" % (min(sizes) * scale))
PY
}

# 1. The CEOP KB at A3: refused with a view to draw instead.
"$KGFORGE" render -o "$W/ceop.svg" --page A3 >"$W/out" 2>"$W/err"
rc=$?
[ "$rc" -ne 0 ] || fail "render --page A3 of the whole CEOP KB succeeded"
grep -q "at A3 the drawing would be scaled to [0-9]*% and its smallest text would be [0-9.]* pt, below 6 pt" "$W/err" \
  || { fail "no scale and size in the refusal"; cat "$W/err"; }
advice=$(grep -o -- "--focus [^ ]* --depth [0-9]*" "$W/err" | head -1)
[ -n "$advice" ] || { fail "no --focus advice"; cat "$W/err"; }
[ ! -e "$W/ceop.svg" ] || fail "ceop.svg was written"

# 2. The advice, taken (landscape if kgforge says so), renders at A3 with no text below 6 pt.
page=A3
# shellcheck disable=SC2086
"$KGFORGE" render -o "$W/view.svg" --page "$page" $advice >"$W/out" 2>"$W/err" \
  || { fail "the advised view ($advice) does not render at $page"; cat "$W/err"; }
if [ -e "$W/view.svg" ]; then
  s=$(smallest "$W/view.svg")
  /usr/bin/python3 -c "import sys; sys.exit(0 if $s >= 6 else 1)" || fail "the advised view has text of $s pt"
  echo "ok: --page A3 refused the whole KB; $advice renders with text of at least $s pt"
fi

# 3. A small KB at A4: drawn at full size; its smallest text is 8 pt.
"$KGFORGE" render "$D/good.yaml" -o "$W/good.svg" --page A4 >"$W/out" 2>"$W/err" || { fail "good.yaml at A4"; cat "$W/err"; }
[ "$(smallest "$W/good.svg")" = "8.00" ] || fail "good.yaml at A4: smallest text $(smallest "$W/good.svg") pt"

# 4. --size fits the PNG; the pixel budget refuses a huge one and writes nothing.
"$KGFORGE" render -o "$W/fit.png" --size 800x600 >"$W/out" 2>"$W/err" || { fail "--size 800x600"; cat "$W/err"; }
read -r w h < <(/usr/bin/python3 -c "import struct,sys; d=open(sys.argv[1],'rb').read(); print(*struct.unpack('>II', d[16:24]))" "$W/fit.png")
[ "$w" -le 800 ] && [ "$h" -le 600 ] && [ "$w" -ge 700 -o "$h" -ge 500 ] || fail "--size 800x600 gave ${w}x${h}"
grep -q "note: scaled to [0-9]*% to fit" "$W/err" || fail "no note that the PNG was scaled"
"$KGFORGE" render -o "$W/huge.png" --dpi 600 >"$W/out" 2>"$W/err"
[ $? -ne 0 ] && grep -q "megapixels, more than 40" "$W/err" || { fail "a 600 dpi PNG of CEOP was not refused"; cat "$W/err"; }
[ ! -e "$W/huge.png" ] || fail "huge.png was written"

# 5. Usage errors exit 2.
for bad in "--page A5" "--page A4,sideways" "--size 800" "--dpi 5" "--page A4 --size 800x600"; do
  # shellcheck disable=SC2086
  "$KGFORGE" render -o "$W/bad.svg" $bad >/dev/null 2>"$W/err"
  [ $? -eq 2 ] || { fail "render $bad did not exit 2"; cat "$W/err"; }
done

exit $((failures > 0))
