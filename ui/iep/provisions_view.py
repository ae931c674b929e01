"""The "what it promises" tab: which IEP, then the grouped list, the form, and the clarity findings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from iepdesk.iep.store import VersionList
from ui.iep import words
from ui.iep.provision_editor import ProvisionEditor
from ui.iep.provision_tree import ProvisionTree

#: Below this width the clarity findings go under the form instead of beside it (a 1024-pixel window
#: leaves the tab about 780 pixels: room for the list, the form and the findings side by side).
NARROW = 700


class ProvisionsView(QWidget):
    version_chosen = Signal(int)

    def __init__(self, editor: ProvisionEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.version = QComboBox()
        self.version.setAccessibleName(self.tr("Which IEP version"))
        self.version.setMinimumContentsLength(28)
        self.version.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        label = QLabel(self.tr("V&ersion:"))
        label.setBuddy(self.version)
        self.version_status = QLabel()
        self.version_status.setAccessibleName(self.tr("Status of this IEP version"))
        self.version_status.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(label)
        top.addWidget(self.version)
        top.addWidget(self.version_status, 1)
        self.tree = ProvisionTree()
        # The findings sit beside the form; in a narrow window they move below it.
        self.inner = QSplitter(Qt.Orientation.Horizontal)
        self.inner.addWidget(editor.form_side)
        self.inner.addWidget(editor.findings_panel)
        self.inner.setChildrenCollapsible(False)
        self.inner.setStretchFactor(0, 4)
        self.inner.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.inner)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 7)
        self.splitter.setSizes([250, 750])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.version.activated.connect(self._chosen)
        self.setTabOrder(self.version, self.tree.view)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.inner.orientation() != orientation:
            self.inner.setOrientation(orientation)
            self.inner.setSizes([600, 400] if narrow else [400, 300])

    def _chosen(self, index: int) -> None:
        value = self.version.itemData(index)
        if value is not None:
            self.version_chosen.emit(int(value))

    def set_versions(self, versions: VersionList, current: int | None) -> None:
        blocked = self.version.blockSignals(True)
        self.version.clear()
        for each in versions.rows:
            self.version.addItem(
                words.version_label(each.kind, each.effective_from, each.meeting_date), each.id
            )
        self.version.setCurrentIndex(self.version.findData(current))
        self.version.blockSignals(blocked)
        row = versions.row(current)
        self.version_status.setText(
            self.tr("{status} · {span}").format(
                status=words.display_status_name(row.display),
                span=words.span_text(row.effective_from, row.effective_to),
            )
            if row
            else ""
        )

    def clear(self) -> None:
        self.set_versions(VersionList(), None)
        self.tree.clear()
