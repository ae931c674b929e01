"""The search box: words in, results grouped by kind with the matching words in bold."""

from __future__ import annotations

import html
import logging
import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QAbstractTextDocumentLayout, QHideEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iepdesk import search
from ui.calendar import page as calendar_page
from ui.comms import page as communications_page
from ui.i18n import translate
from ui.iep import page as iep_page
from ui.incidents import page as incidents_page
from ui.vault import page as documents_page
from ui.widgets.empty_state import EmptyOr, EmptyState

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
ROLE_RECORD = Qt.ItemDataRole.UserRole
#: Which area of the main window shows each kind of result.
AREAS = {
    "provision": iep_page.title,
    "incident": incidents_page.title,
    "service_log_entry": calendar_page.title,
    "communication": communications_page.title,
    "document": documents_page.title,
}


def kind_label(kind: str) -> str:
    return {
        "provision": translate("Search", "IEP"),
        "incident": translate("Search", "Incidents"),
        "service_log_entry": translate("Search", "Service log"),
        "communication": translate("Search", "Communications"),
        "document": translate("Search", "Documents"),
    }.get(kind, search.KIND_LABELS.get(kind, kind))


def snippet_html(snippet: str) -> str:
    """The core marks matches as [word]; show them in bold, everything else as plain text."""
    parts = re.split(r"(\[[^\[\]]*\])", snippet)
    out = []
    for part in parts:
        if part.startswith("[") and part.endswith("]") and len(part) > 2:
            out.append(f"<b>{html.escape(part[1:-1])}</b>")
        else:
            out.append(html.escape(part))
    return "".join(out)


def _title(hit: search.Hit) -> str:
    """The record's own title (a document's index title also holds its file name)."""
    return search.record_title(hit) or kind_label(hit.kind)


class SnippetDelegate(QStyledItemDelegate):
    """Draws the snippet column as rich text (the bold matches)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if index.column() != 1 or not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setHtml(snippet_html(str(text)))
        doc.setDocumentMargin(2)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 6))


class SearchDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.setWindowTitle(self.tr("Search the case"))
        self.setModal(False)
        self.resize(720, 480)
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Words to search for"))
        self.query.setPlaceholderText(
            self.tr("Words in the IEP, logs, incidents, communications and documents")
        )
        self.query.setClearButtonEnabled(True)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("How many results"))
        self.results = QTreeWidget()
        self.results.setAccessibleName(self.tr("Search results, grouped by kind"))
        self.results.setColumnCount(2)
        self.results.setHeaderLabels([self.tr("Found in"), self.tr("Where the words appear")])
        self.results.setRootIsDecorated(True)
        self.results.setUniformRowHeights(True)
        self.results.setItemDelegate(SnippetDelegate(self.results))
        self.results.setColumnWidth(0, 260)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAccessibleName(self.tr("The chosen result"))
        self.nothing = EmptyState(
            self.tr(
                "Nothing found. Search looks in the IEP, the logs, incidents, communications and "
                "documents: check the spelling, or try other words."
            ),
            self.tr("&Try other words"),
        )
        self.nothing.setObjectName("searchEmpty")
        self.nothing.action_clicked.connect(self._try_again)
        self.found = EmptyOr(self.results, self.nothing)
        hint = QLabel(self.tr("Press Enter or double-click a result to open it."))
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.summary)
        layout.addWidget(self.found, 1)
        layout.addWidget(self.detail)
        layout.addWidget(hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._enter_in_query)
        self.results.itemActivated.connect(lambda item, _c: self.open_item(item))
        self.results.currentItemChanged.connect(lambda item, _p: self._describe(item))

    def run(self) -> None:
        self._timer.stop()
        self.results.clear()
        self.detail.clear()
        text = self.query.text()
        self.found.show_empty(False)
        if not text.strip():
            self.summary.setText("")
            return
        try:
            hits = search.search(text)
        except Exception as exc:  # a locked case or an odd query: say nothing was found
            log.info("search failed: %s", type(exc).__name__)
            hits = []
        for kind, group in search.grouped(hits).items():
            top = QTreeWidgetItem([self.tr("{kind} ({n})").format(kind=kind_label(kind), n=len(group)), ""])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.results.addTopLevelItem(top)
            for hit in group:
                title = _title(hit)
                child = QTreeWidgetItem([title, " ".join(hit.snippet.split())])
                child.setData(0, ROLE_RECORD, (hit.kind, hit.ref_id))
                child.setToolTip(0, title)
                top.addChild(child)
            top.setExpanded(True)
        self.summary.setText(
            (self.tr("1 result") if len(hits) == 1 else self.tr("{n} results").format(n=len(hits)))
            if hits
            else self.tr("No results")
        )
        self.found.show_empty(not hits)
        first = self.results.topLevelItem(0)
        chosen = first.child(0) if first is not None and first.childCount() else None
        if chosen is not None:
            self.results.setCurrentItem(chosen)

    def _try_again(self) -> None:
        self.query.selectAll()
        self.query.setFocus()

    def _enter_in_query(self) -> None:
        if self._timer.isActive():
            self.run()
        item = self.results.currentItem()
        if item is not None and item.data(0, ROLE_RECORD):
            self.open_item(item)

    def _describe(self, item: QTreeWidgetItem | None) -> None:
        record = item.data(0, ROLE_RECORD) if item is not None else None
        if item is None or not record:
            self.detail.clear()
            return
        area = AREAS.get(record[0])
        where = self.tr("On the {area} page.").format(area=area()) if area else ""
        self.detail.setText(f"{html.escape(where)} {snippet_html(item.text(1))}")

    def open_item(self, item: QTreeWidgetItem) -> bool:
        """Switch to the page of the result and open it there; True when the page showed the item."""
        record = item.data(0, ROLE_RECORD)
        if not record:
            return False
        kind, record_id = str(record[0]), int(record[1])
        window = self._window
        area = AREAS.get(kind)
        sidebar = getattr(window, "sidebar", None)
        pages = getattr(window, "pages", [])
        if area is None or sidebar is None:
            return False
        rows = [r for r in range(sidebar.count()) if sidebar.item(r).text() == area()]
        if not rows or rows[0] >= len(pages):
            return False
        window.show_page(rows[0])  # type: ignore[attr-defined]
        page = pages[rows[0]]
        opener = getattr(page, "show_record", None)
        shown = bool(opener(kind, record_id)) if callable(opener) else False
        if shown:
            self.hide()
        else:
            self._describe(item)
        return shown

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden by Escape, by opening a result, or by the case locking: keep no case text.
        self.clear()
        super().hideEvent(event)

    def clear(self) -> None:
        self._timer.stop()
        self.results.clear()
        self.detail.clear()
        self.summary.clear()
        self.found.show_empty(False)
        self.query.clear()
        self._timer.stop()
