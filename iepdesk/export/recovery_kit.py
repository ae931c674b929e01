"""The one-page recovery kit: the recovery secret, the case id, and what to do with them, in the
current language (or ``language``)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from iepdesk.casefile.atomic import write_atomic
from iepdesk.casefile.recovery_secret import RecoverySecret
from iepdesk.export import fonts
from iepdesk.i18n import _, long_date, use_language


def recovery_kit_pdf(
    secret: RecoverySecret,
    case_id: str,
    child_name: str,
    case_file_name: str,
    made_on: date | None = None,
    language: str | None = None,
) -> bytes:
    """The kit as PDF bytes (kept in memory until the user chooses where to save or print it)."""
    if language is not None:
        with use_language(language):
            return _kit(secret, case_id, child_name, case_file_name, made_on)
    return _kit(secret, case_id, child_name, case_file_name, made_on)


def _kit(
    secret: RecoverySecret, case_id: str, child_name: str, case_file_name: str, made_on: date | None
) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts.register()
    made_on = made_on or date.today()
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10.5, leading=14.5, spaceAfter=6)
    title = ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=20, leading=24, spaceAfter=4)
    head = ParagraphStyle("head", parent=body, fontName=fonts.BOLD, fontSize=12, leading=16, spaceBefore=10)
    small = ParagraphStyle(
        "small", parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")
    )

    groups = secret.groups
    rows = [groups[i : i + 4] for i in range(0, len(groups), 4)]
    rows[-1] += [""] * (4 - len(rows[-1]))
    grid = Table(
        [[f"{4 * r + c + 1:>2}  {g}" if g else "" for c, g in enumerate(row)] for r, row in enumerate(rows)],
        colWidths=[1.55 * inch] * 4,
        rowHeights=[0.42 * inch] * len(rows),
    )
    grid.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.MONO, 15),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    story = [
        Paragraph(esc(_("IEPDesk recovery kit")), title),
        Paragraph(
            _("For the case of <b>{child}</b>, file <b>{file}</b>. Made on {date}.").format(
                child=esc(child_name), file=esc(case_file_name), date=long_date(made_on)
            ),
            body,
        ),
        Paragraph(esc(_("Your recovery secret")), head),
        Paragraph(
            _(
                "These groups open your case if you forget your passphrase, or if the key file "
                "(<b>{keys}</b>) beside it is lost. Type them in order; dashes, spaces and capital "
                "letters do not matter."
            ).format(keys=esc(f"{case_file_name}.keys")),
            body,
        ),
        Spacer(1, 4),
        grid,
        Spacer(1, 6),
        Paragraph(_("Case id: {id}").format(id=f"<font name='{fonts.MONO}'>{esc(case_id)}</font>"), small),
        Paragraph(esc(_("Keep it safe")), head),
        Paragraph(
            esc(
                _(
                    "• Anyone who has this page and your case file can read the case. Keep it away from "
                    "the computer: in a drawer, a safe, or with someone you trust."
                )
            ),
            body,
        ),
        Paragraph(esc(_("• Do not save it in the same folder as the case, or email it to yourself.")), body),
        Paragraph(
            esc(
                _(
                    "• IEPDesk cannot show this secret again. If you lose this page and your passphrase, "
                    "nobody can open the case, not even the makers of IEPDesk."
                )
            ),
            body,
        ),
        Paragraph(esc(_("How to use it")), head),
        Paragraph(
            _(
                "1. Open IEPDesk and choose <b>Open a case</b>. 2. Select the case file. 3. Click "
                "<b>Forgot your passphrase?</b> and type the groups above. 4. Choose a new passphrase. "
                "Your records are unchanged."
            ),
            body,
        ),
        Paragraph(
            _("From a terminal: {command}").format(
                command=f"<font name='{fonts.MONO}'>iepdesk recover {esc(case_file_name)}</font>"
            ),
            body,
        ),
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=letter,
        leftMargin=0.9 * inch,
        rightMargin=0.9 * inch,
        topMargin=0.8 * inch,
        bottomMargin=0.8 * inch,
        title=_("IEPDesk recovery kit"),
        author="IEPDesk",
        subject=_("Recovery secret for an IEPDesk case"),
    )
    doc.build(story)
    return buffer.getvalue()


def write_recovery_kit(
    out: Path, secret: RecoverySecret, case_id: str, child_name: str, case_file_name: str
) -> None:
    """Save the kit where the user chose (an export on purpose: this file is not encrypted)."""
    write_atomic(out, recovery_kit_pdf(secret, case_id, child_name, case_file_name))
