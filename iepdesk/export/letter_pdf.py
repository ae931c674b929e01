"""A letter or complaint draft as a printable PDF (reportlab), placeholders marked so none is missed.

The headings, the footer and the disclaimer are in the letter's language: the headings are the lines
of that language's templates at the places of the English ones (the texts of every language have the
same lines in the same order; tests/core/letters/test_letters_es.py holds them to it)."""

from __future__ import annotations

import io
import re
from typing import Any
from xml.sax.saxutils import escape

from iepdesk.export import fonts
from iepdesk.export.page_numbers import numbered_canvas
from iepdesk.i18n import _, current, use_language
from iepdesk.letters.drafts import texts

_PLACEHOLDER = re.compile(r"\[[^\]\n]{2,120}\]")

#: The English templates' headings (set in bold) and the first word of the signature block.
HEADINGS = (
    "Statement of the violation",
    "Facts",
    "Proposed resolution",
    "What happened",
    "Why I believe this was because of disability",
    "Other complaints filed about this",
    "What I ask for",
)
SIGNED = "Signed:"


def layout_words(language: str) -> tuple[set[str], tuple[str, ...]]:
    """The headings and the signature block's first words in ``language``'s templates."""
    english, own = texts("en")["kinds"], texts(language)["kinds"]
    headings, signed = set(HEADINGS), {SIGNED}
    for kind, spec in english.items():
        theirs = own.get(kind, {}).get("body", [])
        for index, line in enumerate(spec["body"]):
            if index >= len(theirs):
                break
            if line in HEADINGS:
                headings.add(str(theirs[index]))
            elif line.startswith(SIGNED):
                signed.add(str(theirs[index]).split(":")[0] + ":")
    return headings, tuple(sorted(signed))


def _markup(line: str) -> str:
    """Escape a line for reportlab's mini-HTML and mark [placeholders] in bold on a yellow ground."""
    out, last = [], 0
    for match in _PLACEHOLDER.finditer(line):
        out.append(escape(line[last : match.start()]))
        out.append(f'<font backColor="#FFF2A8"><b>{escape(match.group(0))}</b></font>')
        last = match.end()
    out.append(escape(line[last:]))
    return "".join(out)


def _fitted(text: str, room: float, canvas: Any) -> list[str]:
    """``text`` in lines no wider than ``room`` points at the footer's size (one line when it fits)."""
    lines: list[str] = []
    for word in text.split():
        if lines and canvas.stringWidth(f"{lines[-1]} {word}", fonts.REGULAR, 8) <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def letter_pdf(title: str, body: str, page_size: str = "letter", language: str | None = None) -> bytes:
    """The letter as PDF; its headings, footer and disclaimer in ``language`` (the letter's; default:
    the language the core writes in now)."""
    with use_language(language or current()):
        return _letter_pdf(title, body, page_size)


def _letter_pdf(title: str, body: str, page_size: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    fonts.register()
    size = A4 if page_size.lower() == "a4" else letter
    # The bullets too: a ParagraphStyle's bullet font is Helvetica, which is not embedded.
    base = ParagraphStyle(
        "body", fontName=fonts.REGULAR, bulletFontName=fonts.REGULAR, fontSize=11, leading=15.5, spaceAfter=0
    )
    heading = ParagraphStyle("heading", parent=base, fontName=fonts.BOLD, spaceBefore=6)
    bullet = ParagraphStyle("bullet", parent=base, leftIndent=18, bulletIndent=6)
    # Lines indented under a bullet (the sessions under a service's figures) sit one step in.
    under = ParagraphStyle("under", parent=base, leftIndent=18)
    sub_bullet = ParagraphStyle("sub_bullet", parent=base, leftIndent=36, bulletIndent=24)
    title_style = ParagraphStyle(
        "title", parent=base, fontName=fonts.BOLD, fontSize=14, leading=18, spaceAfter=10
    )
    disclaimer = str(texts()["disclaimer"])
    headings, signed_words = layout_words(current())
    page_of = _("Page {number} of {total}")

    story: list[object] = [Paragraph(_markup(title), title_style)]
    lines = body.splitlines()
    signed = next((n for n, line in enumerate(lines) if line.strip().startswith(signed_words)), len(lines))
    for line in lines[:signed]:
        stripped = line.strip()
        indented = line.startswith("  ")
        if not stripped:
            story.append(Spacer(1, 8))
        elif indented and stripped.startswith("- "):
            story.append(Paragraph(_markup(stripped[2:]), sub_bullet, bulletText="–"))
        elif indented:
            story.append(Paragraph(_markup(stripped), under))
        elif stripped.startswith("- "):
            story.append(Paragraph(_markup(stripped[2:]), bullet, bulletText="•"))
        elif stripped in headings:
            story.append(Paragraph(_markup(stripped), heading))
        else:
            story.append(Paragraph(_markup(stripped), base))
    # The signature block stays on one page.
    story.append(
        KeepTogether([Paragraph(_markup(line.strip()), base) for line in lines[signed:] if line.strip()])
    )

    def footer(canvas: Any, number: int, total: int) -> None:
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(inch, size[1] - 0.6 * inch, title)  # the running header names the child
        page = page_of.format(number=number, total=total)
        room = size[0] - 2 * inch - canvas.stringWidth(page, fonts.REGULAR, 8) - 12
        for row, text in enumerate(reversed(_fitted(disclaimer, room, canvas))):  # a long one takes two lines
            canvas.drawString(inch, 0.6 * inch + row * 10, text)
        canvas.drawRightString(size[0] - inch, 0.6 * inch, page)

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=inch,
        rightMargin=inch,
        topMargin=inch,
        bottomMargin=inch,
        title=title,
        author="IEPDesk",
        subject=title,
    )
    doc.build(story, canvasmaker=numbered_canvas(footer, initial_font=fonts.REGULAR))
    return buffer.getvalue()
