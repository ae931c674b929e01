"""Compare two IEP versions: what was added, removed and changed, each change spelled out."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from iepdesk.iep.compare import Comparison, FieldChange, ProvisionChange, ProvisionData
from iepdesk.iep.store import VersionList
from ui.i18n import translate
from ui.iep import words
from ui.widgets.dialog_keys import main_action


def _label(field: str) -> str:
    return {
        "title": translate("Compare", "what"),
        "delivery": translate("Compare", "group or individual"),
        "location": translate("Compare", "location"),
        "provider_role": translate("Compare", "provider"),
        "start_date": translate("Compare", "start"),
        "end_date": translate("Compare", "end"),
        "applies_when": translate("Compare", "when"),
        "how_given": translate("Compare", "how given"),
        "area": translate("Compare", "area"),
        "baseline": translate("Compare", "baseline"),
        "target": translate("Compare", "target"),
        "measurement": translate("Compare", "measured by"),
        "reporting_schedule": translate("Compare", "progress reports"),
        "baseline_value": translate("Compare", "baseline as a number"),
        "target_value": translate("Compare", "target as a number"),
        "unit": translate("Compare", "unit"),
    }.get(field, field)


def _value(field: str, text: str) -> str:
    code = text.replace(" ", "_")
    shown = {"delivery": words.delivery_name, "how_given": words.how_given_name}.get(field)
    text = (shown(code) or text) if shown else text
    return text or translate("Compare", "(none)")


def change_text(change: FieldChange) -> str:
    if change.field == "iep_wording":
        return translate("Compare", "wording edited")
    if change.field == "amount":
        return (
            f"{change.old or translate('Compare', '(none)')} → {change.new or translate('Compare', '(none)')}"
        )
    return f"{_label(change.field)}: {_value(change.field, change.old)} → {_value(change.field, change.new)}"


def _name(p: ProvisionData) -> str:
    return str(p.title or p.area or " ".join(str(p.iep_wording or "").split())[:50] or words.unnamed())


def changed_text(change: ProvisionChange) -> str:
    return f"{_name(change.new)}: " + "; ".join(change_text(c) for c in change.changes)


def _unchanged(count: int) -> str:
    if count == 1:
        return translate("Compare", "1 provision is the same in both.")
    return translate("Compare", "{n} provisions are the same in both.").format(n=count)


def comparison_html(result: Comparison) -> str:
    def section(title: str, lines: list[str], empty: str) -> str:
        body = (
            "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>"
            if lines
            else f"<p>{html.escape(empty)}</p>"
        )
        return f"<h3>{html.escape(title)} ({len(lines)})</h3>{body}"

    def kind(p: ProvisionData) -> str:
        return f"{words.kind_name(str(p.kind))}: {_name(p)}"

    parts = [
        section(
            translate("Compare", "Changed"),
            [changed_text(c) for c in result.changed],
            translate("Compare", "Nothing changed."),
        ),
        section(
            translate("Compare", "Removed"),
            [kind(p) for p in result.removed],
            translate("Compare", "Nothing removed."),
        ),
        section(
            translate("Compare", "Added"),
            [kind(p) for p in result.added],
            translate("Compare", "Nothing added."),
        ),
        f"<p>{html.escape(_unchanged(len(result.unchanged)))}</p>",
    ]
    return "".join(parts)


class CompareDialog(QDialog):
    #: The comparison's text (the tests read it by this name; QDialog.result() stays reachable as
    #: QDialog.result(dialog)).
    result: QTextBrowser  # type: ignore[assignment]

    def __init__(
        self,
        versions: VersionList,
        old_id: int | None,
        new_id: int | None,
        compare: Callable[[int, int], Comparison],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._compare = compare
        self.setWindowTitle(self.tr("Compare two IEP versions"))
        self.resize(640, 520)
        self.old = QComboBox()
        self.old.setAccessibleName(self.tr("Earlier version"))
        self.new = QComboBox()
        self.new.setAccessibleName(self.tr("Later version"))
        for row in versions.rows:
            text = f"{words.version_label(row.kind, row.effective_from, row.meeting_date)} — " + (
                words.display_status_name(row.display)
            )
            self.old.addItem(text, row.id)
            self.new.addItem(text, row.id)
        self.old.setCurrentIndex(max(0, self.old.findData(old_id)))
        self.new.setCurrentIndex(max(0, self.new.findData(new_id)))
        self.result = QTextBrowser()
        self.result.setAccessibleName(self.tr("What changed between the two versions"))
        self.result.setOpenLinks(False)
        form = QFormLayout()
        for text, combo in ((self.tr("&Earlier:"), self.old), (self.tr("&Later:"), self.new)):
            label = QLabel(text)
            label.setBuddy(combo)
            form.addRow(label, combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.result, 1)
        layout.addWidget(buttons)
        main_action(self, buttons.button(QDialogButtonBox.StandardButton.Close))  # it compares as you choose
        self.old.currentIndexChanged.connect(self.refresh)
        self.new.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Compare again (after a change, an undo, or another choice)."""
        old, new = self.old.currentData(), self.new.currentData()
        if old is None or new is None:
            self.result.setPlainText("")
            return
        if old == new:
            self.result.setPlainText(self.tr("Choose two different versions."))
            return
        try:
            result = self._compare(int(old), int(new))
        except Exception:  # a version was deleted (or undone) meanwhile
            self.result.setPlainText(self.tr("One of these versions is no longer in the case."))
            return
        self.result.setHtml(comparison_html(result))

    def wipe(self) -> None:
        """Forget every bit of case text at once (on lock, and when closed)."""
        for combo in (self.old, self.new):
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(blocked)
        self.result.clear()

    def done(self, result: int) -> None:
        self.wipe()
        super().done(result)
