"""The fonts embedded in every PDF (DejaVu: full Latin, accents, Spanish), registered once, and made
reportlab's default for charts."""

from __future__ import annotations

from functools import cache

from iepdesk.paths import resource_path

REGULAR = "IEPDesk-Sans"
BOLD = "IEPDesk-Sans-Bold"
MONO = "IEPDesk-Mono"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}


@cache
def register() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    # Charts start each drawing from these defaults: without this, any label not given a font (and
    # the drawing's own initial state) names Helvetica, which is not embedded.
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = REGULAR
