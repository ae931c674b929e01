"""A read-only list of an entry's versions: when each was written, what it said, what changed."""

from __future__ import annotations

from xml.sax.saxutils import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from iepdesk.history.versions import RecordVersion, history
from iepdesk.history.words import moment_text
from ui.i18n import translate
from ui.widgets.dialog_keys import main_action
from ui.widgets.labels import heading, note


def version_title(version: RecordVersion) -> str:
    """ "Version 2 (now)", "Version 1, first written", "Version 3 (removed)"."""
    if version.current:
        return translate("History", "Version {number} (now)").format(number=version.number)
    if version.deleted:
        return translate("History", "Version {number} (removed)").format(number=version.number)
    if version.number == 1:
        return translate("History", "Version 1, first written")
    return translate("History", "Version {number}").format(number=version.number)


def dialog_title(kind: str) -> str:
    titles = {
        "log_entry": translate("History", "History of this log entry"),
        "incident": translate("History", "History of this incident"),
        "communication": translate("History", "History of this communication"),
        "data_point": translate("History", "History of this data point"),
    }
    return titles.get(kind, translate("History", "History"))


def _moment(stamp: str) -> str:
    return moment_text(stamp) if stamp else translate("History", "not recorded")


def version_html(version: RecordVersion) -> str:
    """What one version said, and what it changed, as simple rich text (every value escaped)."""
    parts = [
        "<p><b>{}</b><br/>{}</p>".format(
            escape(version_title(version)),
            escape(translate("History", "Written on: {moment}").format(moment=_moment(version.written_at))),
        )
    ]
    if version.replaced_at:
        replaced = (
            translate("History", "Removed on: {moment}")
            if version.deleted
            else translate("History", "Replaced on: {moment}")
        )
        parts.append(f"<p>{escape(replaced.format(moment=moment_text(version.replaced_at)))}</p>")
    if version.changes:
        rows = "".join(
            f"<li><b>{escape(c.label)}</b>: {escape(c.old)} → {escape(c.new)}</li>" for c in version.changes
        )
        parts.append(
            "<p><b>{}</b></p><ul>{}</ul>".format(escape(translate("History", "What changed:")), rows)
        )
    rows = "".join(
        "<tr><td><b>{}</b>&nbsp;&nbsp;</td><td>{}</td></tr>".format(
            escape(name), escape(value).replace("\n", "<br/>")
        )
        for name, value in version.shown
    )
    parts.append(
        "<p><b>{}</b></p><table>{}</table>".format(escape(translate("History", "What it said:")), rows)
    )
    return "".join(parts)


class HistoryDialog(QDialog):
    """Every version of one entry, oldest first; nothing here can change it."""

    def __init__(self, kind: str, record_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions = history(kind, record_id)
        title = dialog_title(kind)
        self.setWindowTitle(title)
        self.setMinimumSize(640, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(heading(title, 1.2))
        count = len(self.versions)
        if count > 1:
            summary = translate(
                "History",
                "This entry was changed after it was first written. Every version is kept; select one "
                "to see what it said.",
            )
        else:
            summary = translate("History", "This entry has not been changed since it was written.")
        layout.addWidget(note(summary))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("History", "Versions"))
        self.list.setSpacing(3)
        for version in self.versions:
            text = f"{version_title(version)}\n{_moment(version.written_at)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, version.number)
            self.list.addItem(item)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(translate("History", "What the selected version said"))
        self.detail.setOpenLinks(False)
        row = QHBoxLayout()
        versions_label = QLabel(translate("History", "&Versions:"))
        versions_label.setBuddy(self.list)
        left = QVBoxLayout()
        left.addWidget(versions_label)
        left.addWidget(self.list, 1)
        row.addLayout(left, 1)
        row.addWidget(self.detail, 2)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        main_action(self, close)  # Enter closes: the dialog only shows
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        if self.versions:
            self.list.setCurrentRow(len(self.versions) - 1)
        self.list.setFocus()

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.versions):
            self.detail.setHtml(version_html(self.versions[row]))
