"""The meeting binder as a printable PDF: cover, contents with bookmarks, sections, appended documents.

Layout with reportlab (platypus); PDF documents the parent chooses are merged in with pypdf, each
behind a tab page, scaled into the page's content area so the header and footer stay on every page.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from iepdesk.export import binder_reconcile, binder_written, fonts
from iepdesk.export import binder_sections as sections
from iepdesk.export.binder_data import SECTIONS, BinderData, BinderOptions, gather, section_title
from iepdesk.export.binder_documents import appended_documents
from iepdesk.export.binder_first_page import first_page, long_date
from iepdesk.export.binder_fit import header_fit
from iepdesk.export.binder_merge import (
    DOCUMENTS_FROM,
    LAYOUT_FROM,
    PROGRESS_TOTAL,
    BinderCancelled,
    Progress,
    merge_documents,
)
from iepdesk.export.binder_toc import Toc, TocEntry
from iepdesk.export.page_numbers import numbered_canvas
from iepdesk.i18n import _, use_language
from iepdesk.schedule.gc_pause import no_gc_pauses

MONTH_HEADER = sections.MONTH_HEADER
month_cells = sections.month_cells

__all__ = [
    "DOCUMENTS_FROM",
    "LAYOUT_FROM",
    "MONTH_HEADER",
    "PROGRESS_TOTAL",
    "BinderCancelled",
    "BinderResult",
    "build_binder",
    "month_cells",
]

TABLE_CHUNK = 40
_CELL_PADDING = 4
#: While laying out, progress is reported (and Cancel heard) at each page and every REPORT_EVERY seconds.
REPORT_EVERY = 0.1


@dataclass(frozen=True)
class BinderResult:
    pdf: bytes
    pages: int
    sections: list[str]
    appended: list[str]
    skipped: list[str] = field(default_factory=list)


def _esc(text: object) -> str:
    return escape(str(text or "")).replace("\n", "<br/>")


def build_binder(
    options: BinderOptions,
    progress: Progress | None = None,
    today: dt.date | None = None,
    language: str | None = None,
) -> BinderResult:
    """The binder as PDF, in ``language`` ("en", "es"; by default the current language).
    ``progress(done, PROGRESS_TOTAL, what)`` is called often (several times a second while laying
    out); when it returns False the build stops with BinderCancelled. The progress texts are in the
    same language as the binder."""
    if language is not None:
        with use_language(language):
            return _build(options, progress, today)
    return _build(options, progress, today)


def _build(options: BinderOptions, progress: Progress | None, today: dt.date | None) -> BinderResult:
    def step(n: int, what: str) -> None:
        if progress is not None and progress(n, PROGRESS_TOTAL, what) is False:
            raise BinderCancelled()

    gathering = _("Gathering the case")
    step(0, gathering)
    data = gather(options, today, tick=lambda: step(0, gathering))
    step(LAYOUT_FROM, _("Laying out the pages"))
    layout = _Layout(data)
    pdf = layout.build(step)
    step(DOCUMENTS_FROM, _("Adding the documents"))
    merged, pages = merge_documents(pdf, layout, progress)
    step(PROGRESS_TOTAL, _("Done"))
    return BinderResult(merged, pages, layout.section_titles, layout.appended_titles, layout.skipped)


class _Layout:
    def __init__(self, data: BinderData) -> None:
        from reportlab.lib.pagesizes import A4, letter

        fonts.register()
        self.data = data
        self.options = data.options
        self.page_size = A4 if self.options.page_size.lower() == "a4" else letter
        self.section_titles: list[str] = []
        self.appended_titles: list[str] = []
        self.skipped: list[str] = []
        #: Placeholder pages for PDF documents: marker key -> page number (1-based), filled while drawing.
        self.placeholder_pages: dict[str, int] = {}
        #: marker key -> (document id, page index in that document)
        self.placeholders: dict[str, tuple[int, int]] = {}
        self.toc = Toc()
        self._fits: dict[tuple[str, float], bool] = {}
        self._styles()

    # ---- styles ---------------------------------------------------------------------------------
    def _styles(self) -> None:
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle

        base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=10, leading=13.5)
        self.s_body = base
        self.s_small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11)
        self.s_cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5)
        self.s_cell_bold = ParagraphStyle(
            "cellb", parent=self.s_cell, fontName=fonts.BOLD, fontSize=8, leading=10
        )
        self.s_h1 = ParagraphStyle(
            "h1", parent=base, fontName=fonts.BOLD, fontSize=17, leading=21, spaceAfter=10
        )
        self.s_h2 = ParagraphStyle(
            "h2", parent=base, fontName=fonts.BOLD, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4
        )
        self.s_h3 = ParagraphStyle(
            "h3", parent=base, fontName=fonts.BOLD, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3
        )
        self.s_title = ParagraphStyle(
            "title", parent=base, fontName=fonts.BOLD, fontSize=22, leading=27, spaceAfter=4
        )
        self.s_fact = ParagraphStyle("fact", parent=base, fontSize=10.5, leading=15)
        self.s_note = ParagraphStyle(
            "note", parent=base, textColor=colors.HexColor("#444444"), fontSize=9, leading=12
        )

    # ---- building -------------------------------------------------------------------------------
    @no_gc_pauses  # reportlab's tens of thousands of cells would be walked again and again
    def build(self, step: Any = None) -> bytes:
        """Lay the story out once (the contents are painted as the pages are written), reporting
        progress through ``step(done, what)`` as the flowables are placed."""
        import time

        from reportlab.lib.units import inch
        from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

        layout = self
        width, height = self.page_size
        margin = 0.75 * inch
        self.frame_box = (margin, margin + 0.15 * inch, width - 2 * margin, height - 2 * margin - 0.35 * inch)

        toc = self.toc
        story = self._story(step)
        total = max(1, len(story))
        span = DOCUMENTS_FROM - LAYOUT_FROM
        last_report = [time.monotonic()]
        last_page = [0]

        class Doc(BaseDocTemplate):  # type: ignore[misc]
            def handle_flowable(self, flowables: list[Any]) -> None:
                # Each new page, and at least every REPORT_EVERY seconds (a long table on one page).
                now = time.monotonic()
                if step is not None and (self.page != last_page[0] or now - last_report[0] >= REPORT_EVERY):
                    last_report[0], last_page[0] = now, self.page
                    done = LAYOUT_FROM + span * (total - len(flowables)) // total
                    step(done, _("Laying out page {page}").format(page=self.page))
                super().handle_flowable(flowables)

            def afterFlowable(self, flowable: Any) -> None:
                entry = getattr(flowable, "_toc", None)
                if entry is not None:
                    level, text, key = entry
                    self.canv.bookmarkPage(key)
                    self.canv.addOutlineEntry(text, key, level=level, closed=False)
                    toc.pages.setdefault(key, self.page)
                section = getattr(flowable, "_section", None)
                if section is not None:
                    self._current_section = section

        buffer = io.BytesIO()
        doc = Doc(
            buffer,
            pagesize=self.page_size,
            title=_("Meeting binder: {name}").format(name=self.data.child["name"]),
            author=self.options.prepared_by or "IEPDesk",
            subject=_("IEP meeting binder"),
            creator="IEPDesk",
        )
        doc._current_section = ""
        frame = Frame(
            *self.frame_box, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
        )

        def on_page(canvas: Any, document: Any) -> None:
            layout._header(canvas, document)

        # The header is drawn when the page ends, so it names the section the page actually holds.
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=on_page)])
        doc.build(story, canvasmaker=_numbered_canvas(self))
        return buffer.getvalue()

    def _header(self, canvas: Any, doc: Any) -> None:
        from reportlab.lib import colors

        height = self.page_size[1]
        x0, w = self.frame_box[0], self.frame_box[2]
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8.5)
        canvas.setFillColor(colors.HexColor("#333333"))
        if doc.page > 1:
            canvas.drawString(x0, height - 0.55 * 72, self.data.child["name"])
            canvas.drawRightString(x0 + w, height - 0.55 * 72, getattr(doc, "_current_section", ""))
            canvas.setStrokeColor(colors.HexColor("#999999"))
            canvas.setLineWidth(0.5)
            canvas.line(x0, height - 0.62 * 72, x0 + w, height - 0.62 * 72)
        canvas.restoreState()

    # ---- the story ------------------------------------------------------------------------------
    def _story(self, step: Any = None) -> list[Any]:
        """Every section's flowables; ``step`` is told between sections, so Cancel is heard there."""

        def between() -> None:
            if step is not None:
                step(LAYOUT_FROM, _("Laying out the pages"))

        story: list[Any] = first_page(self)
        between()
        story += self._right_hand_break()
        story.append(self._heading(_("Contents"), level=0, key="contents", toc=False))
        contents_at = len(story)
        titles = {key: section_title(key) for key, _title in SECTIONS}
        builders = {
            "contacts": sections.contacts,
            "iep": sections.iep,
            "ledger": sections.ledger_section,
            "incidents": sections.incidents,
            "communications": sections.communications,
            "progress": sections.progress,
            "concerns": sections.concerns,
        }
        for key, _title in SECTIONS:
            if key not in self.options.sections or key == "documents":
                continue
            if key == "concerns" and not self.data.concerns:
                continue  # no page that says only that nothing was written
            story += self._section_start(titles[key], key)
            story += builders[key](self)
            between()
            if key == "ledger":  # the school's record beside the parent's, when there is one
                story += binder_reconcile.section(self)
                between()
        if "documents" in self.options.sections and self.data.documents:
            story += self._section_start(titles["documents"], "documents")
            story.append(
                self._para(
                    _esc(
                        _(
                            "Each document is an exhibit, numbered by its date and then its title, and "
                            "follows its own tab page."
                        )
                    ),
                    self.s_note,
                )
            )
            story += appended_documents(self, self.data.documents)  # as exhibits 1 … n
        # Issue 18: the earlier wording of entries edited after they were written, then the last
        # page, the fingerprint of the record as printed.
        story += binder_written.appendix(self)
        story += binder_written.fingerprint_page(self)
        story[contents_at:contents_at] = self.toc.lines()
        return story

    def _heading(self, text: str, level: int, key: str, toc: bool = True, section: str | None = None) -> Any:
        from reportlab.platypus import Paragraph

        para = Paragraph(_esc(text), (self.s_h1, self.s_h2, self.s_h3)[level])
        if toc:
            para._toc = (level, text, key)
            if level < 2:
                self.toc.entries.append(TocEntry(level, text, key))
        if section is not None:
            para._section = section
        return para

    def _section_start(self, title: str, key: str) -> list[Any]:
        self.section_titles.append(title)
        return [*self._right_hand_break(), self._heading(title, 0, f"s-{key}", section=title)]

    def _right_hand_break(self) -> list[Any]:
        """A page break; double-sided, a blank left-hand page too when needed, so what follows starts
        on a right-hand (odd) page."""
        from reportlab.platypus import PageBreak
        from reportlab.platypus.flowables import DocIf

        out: list[Any] = [PageBreak()]
        if self.options.duplex:
            blank = [
                self._para(_esc(_("This page is left blank for double-sided printing.")), self.s_note),
                PageBreak(),
            ]
            out.append(DocIf("doc.page % 2 == 0", blank))
        return out

    def _para(self, text: str, style: Any) -> Any:
        from reportlab.platypus import Paragraph

        return Paragraph(text, style)

    def _table(self, header: list[str], rows: list[list[str]], widths: list[float]) -> list[Any]:
        """A table with its header repeated on every page, as flowables to add to the story.

        Long tables are cut into runs of TABLE_CHUNK rows: reportlab splits one table across pages by
        laying out the rest again each time, which grows with the square of its length.
        """
        if len(rows) <= TABLE_CHUNK:
            return [self._one_table(header, rows, widths)]
        return [
            self._one_table(header, rows[i : i + TABLE_CHUNK], widths)
            for i in range(0, len(rows), TABLE_CHUNK)
        ]

    def _one_table(self, header: list[str], rows: list[list[str]], widths: list[float]) -> Any:
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase.pdfmetrics import stringWidth
        from reportlab.platypus import Paragraph, Table, TableStyle

        total = self.frame_box[2]
        col_widths, size = header_fit(
            header, rows, [total * w for w in widths], (fonts.BOLD, fonts.REGULAR, 9), 2 * _CELL_PADDING
        )
        head_style = self.s_cell_bold
        if size != head_style.fontSize:
            head_style = ParagraphStyle("cellb-fit", parent=head_style, fontSize=size, leading=size + 2)
        body: list[list[Any]] = [[Paragraph(_esc(h), head_style) for h in header]]
        # Cells that fit their column on one line are drawn as plain strings: a Paragraph per cell
        # is most of the cost of a long binder. The answer is kept per text and width (the same
        # words, "Provider absent", "owed", fill thousands of rows).
        fits = self._fits
        room = [w - 2 * _CELL_PADDING - 1 for w in col_widths]
        for row in rows:
            cells: list[Any] = []
            for c, width in zip(row, room, strict=True):
                key = (c, width)
                plain = fits.get(key)
                if plain is None:
                    plain = fits[key] = "\n" not in c and stringWidth(c, fonts.REGULAR, 9) <= width
                cells.append(c if plain else Paragraph(_esc(c), self.s_cell))
            body.append(cells)
        table = Table(body, colWidths=col_widths, repeatRows=1, splitByRow=True)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#888888")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONT", (0, 0), (-1, 0), fonts.BOLD, 8, 10),
                    ("FONT", (0, 1), (-1, -1), fonts.REGULAR, 9, 11.5),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F4F4")]),
                    ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
                    ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
                ]
            )
        )
        return table

    def _none(self, sentence: str) -> Any:
        """``sentence`` (translated, with {start} and {end}) for the binder's dates, as a note."""
        text = sentence.format(start=long_date(self.options.start), end=long_date(self.options.end))
        return self._para(_esc(text), self.s_note)

    # ---- sections -------------------------------------------------------------------------------


def _numbered_canvas(layout: _Layout) -> Any:
    from reportlab.lib import colors

    # Translated now: the footers are painted when the canvas is saved, still in the build's language,
    # but the texts are the same on every page.
    confidential = _("Confidential")
    page_of = _("Page {number} of {total}")

    def footer(canvas: Any, number: int, total: int) -> None:
        layout.toc.paint(canvas, number)
        x0, _y0, w, _h = layout.frame_box
        canvas.setFont(fonts.REGULAR, 8.5)
        canvas.setFillColor(colors.HexColor("#333333"))
        canvas.drawString(x0, 0.45 * 72, confidential)
        canvas.drawRightString(x0 + w, 0.45 * 72, page_of.format(number=number, total=total))

    return numbered_canvas(footer, initial_font=fonts.REGULAR)
