#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Hostile names are drawn as glyphs, not as boxes: a PDF of entities named in
Japanese, Hebrew and with emoji embeds the Noto CJK font, and draws the emoji as the
colour bitmaps of Noto Color Emoji (both installed by scripts/install-deps.sh);
without those fonts fontconfig falls back to one without the glyphs and draws boxes."""
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from kgforge_require import require  # noqa: E402

require("font:Noto_Sans_CJK_JP", "font:Noto_Color_Emoji")

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from diagram_source import check, env, run  # noqa: E402

KB = """kgforge: 1
base: https://example.org/fonts/
entities:
  - {id: tokyo, type: Organisation, name: "東京都庁"}
  - {id: face, type: Organisation, name: "smile 😀 family 👩‍👩‍👧"}
  - {id: shalom, type: Organisation, name: "שלום", relations: [{predicate: partnerOf, to: tokyo}]}
"""


def render_pdf(kgforge, tmp, name, text):
    kb = os.path.join(tmp, name + ".yaml")
    with open(kb, "w", encoding="utf-8") as f:
        f.write(text)
    pdf = os.path.join(tmp, name + ".pdf")
    r = run([kgforge, "render", kb, "-o", pdf])
    check(r.returncode == 0, "render: %s" % r.stderr.decode())
    data = open(pdf, "rb").read()
    fonts = sorted(set(m.decode() for m in re.findall(rb"/FontName\s*/(?:[A-Z]{6}\+)?([A-Za-z0-9-]+)", data)))
    return fonts, len(re.findall(rb"/Subtype\s*/Image", data))


def main():
    kgforge, _, _ = env()
    with tempfile.TemporaryDirectory() as tmp:
        fonts, images = render_pdf(kgforge, tmp, "fonts", KB)
        check(any(f.startswith("NotoSansCJK") for f in fonts), "no Noto CJK font in the PDF: %r" % fonts)
        # Colour emoji are bitmaps: cairo embeds each drawn as an image; the same KB
        # without them has none (a missing glyph would be drawn as a box, in vector).
        _, plain = render_pdf(kgforge, tmp, "plain", KB.replace("smile 😀 family 👩‍👩‍👧", "smile family"))
        check(images >= 2 and plain == 0, "emoji drawn as %d images (%d without emoji)" % (images, plain))
        print("ok: the PDF draws CJK names with %s and emoji as %d colour glyph images" % (", ".join(fonts), images))


if __name__ == "__main__":
    main()
