"""The four steps of importing the school's log, as widgets: what each column is, which IEP service each
of the file's service names is, what the school's own words mean, and the check before importing.

Each step shows a plan (iepdesk.logimport.plan.ImportPlan) and holds the parent's choices; none of them
reads or writes the case (ImportDialog asks for a new plan when a choice changes).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iepdesk.logimport.plan import ImportPlan
from iepdesk.logimport.table import Table, skipped_reason
from ui.calendar.texts import reason_label, reasons, status_choices, status_label
from ui.widgets.labels import note

#: The first rows of the file shown in the preview (rows with a problem are shown as well, up to
#: PROBLEM_ROWS of them).
PREVIEW_ROWS = 30
PROBLEM_ROWS = 200
#: The preview's own columns before the file's: the row's number, and what is wrong with the row.
FIRST = 2


def _bold(item: QTableWidgetItem) -> None:
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)


def _meaning(meaning: tuple[str, str | None]) -> str:
    """A status and a reason in the app's words ("missed, provider absent")."""
    status, reason = meaning
    return ", ".join(p for p in (status_label(status), reason_label(reason).lower()) if p)


def _empty(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def _scroll(content: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


class ColumnsStep(QWidget):
    """Step 1: the first rows of the file, and above each column a box saying what it holds."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self.combos: list[QComboBox] = []
        self.intro = note(
            self.tr(
                "These are the first rows of the file. Above each column, say what it holds; IEPDesk "
                "guessed from the column names. Rows marked ✗ cannot be imported as they are now (some "
                "are put right in the next steps)."
            )
        )
        self.kinds = QTableWidget(1, 0)
        self.kinds.setAccessibleName(self.tr("What each column holds"))
        self.kinds.horizontalHeader().hide()
        self.kinds.verticalHeader().hide()
        self.kinds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.kinds.setTabKeyNavigation(False)  # Tab in its last box goes on to the preview, not back round
        self.kinds.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.kinds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kinds.setShowGrid(False)
        self.preview = QTableWidget(0, 0)
        self.preview.setAccessibleName(self.tr("The first rows of the file"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setTabKeyNavigation(False)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # A file wider than the window scrolls sideways: each heading starts where its column (and the box
        # above it) does, so a column half in view still shows its name (centred, it was cut off).
        self.preview.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.found = note()
        self.found.setAccessibleName(self.tr("What was found in the file"))
        self.date_order = QComboBox()
        self.date_order.setAccessibleName(self.tr("How the file writes dates such as 03/04/2026"))
        self.date_order.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.date_order.addItem("", "")
        self.date_order.addItem(self.tr("month first (03/04 is March 4)"), "mdy")
        self.date_order.addItem(self.tr("day first (03/04 is 3 April)"), "dmy")
        self.date_order.currentIndexChanged.connect(lambda _i: self.changed.emit())
        order_label = QLabel(self.tr("&Dates such as 03/04/2026 are written:"))
        order_label.setBuddy(self.date_order)
        order_row = QHBoxLayout()
        order_row.addWidget(order_label)
        order_row.addWidget(self.date_order)
        order_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.intro)
        layout.addWidget(self.kinds)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.found)
        layout.addLayout(order_row)
        bar = self.preview.horizontalScrollBar()
        bar.valueChanged.connect(self.kinds.horizontalScrollBar().setValue)
        self.preview.horizontalHeader().sectionResized.connect(
            lambda column, _old, new: self.kinds.setColumnWidth(column, new)
        )

    def _kind_items(self) -> list[tuple[str, str]]:
        return [
            ("", self.tr("Not used")),
            ("date", self.tr("Date")),
            ("minutes", self.tr("Minutes")),
            ("status", self.tr("Status (what happened)")),
            ("reason", self.tr("Reason")),
            ("service", self.tr("Service")),
            ("provider", self.tr("Provider")),
            ("note", self.tr("Notes")),
            ("group", self.tr("Group or individual")),
        ]

    def set_table(self, table: Table) -> None:
        """Build the boxes and the preview's columns for ``table`` (once, when the file is read)."""
        self.table = table
        columns = len(table.header) + FIRST  # the row's number and what is wrong first
        self.kinds.setColumnCount(columns)
        self.preview.setColumnCount(columns)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("What is wrong"), *(h or self.tr("(no name)") for h in table.header)]
        )
        label = QTableWidgetItem(self.tr("The column is:"))
        _bold(label)
        self.kinds.setItem(0, 0, label)
        self.combos = []
        for index, name in enumerate(table.header):
            combo = QComboBox()
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            for value, text in self._kind_items():
                combo.addItem(text, value)
            combo.setAccessibleName(
                self.tr("What column {n}, “{name}”, holds").format(n=index + 1, name=name or "")
            )
            combo.installEventFilter(self)
            combo.currentIndexChanged.connect(lambda _i, c=index: self._picked(c))
            self.kinds.setCellWidget(0, index + FIRST, combo)
            self.combos.append(combo)
        height = max(c.sizeHint().height() for c in self.combos) + 6 if self.combos else 30
        self.kinds.setRowHeight(0, height)
        self.kinds.setFixedHeight(height + 2 * self.kinds.frameWidth())
        for previous, following in zip(self.combos, self.combos[1:], strict=False):
            QWidget.setTabOrder(previous, following)
        if self.combos:
            QWidget.setTabOrder(self.combos[-1], self.preview)
        QWidget.setTabOrder(self.preview, self.date_order)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A box that takes the focus (Tab) is scrolled into view."""
        if event.type() == QEvent.Type.FocusIn and watched in self.combos:
            column = self.combos.index(watched) + FIRST
            self.preview.scrollTo(self.preview.model().index(0, column))
            self.kinds.horizontalScrollBar().setValue(self.preview.horizontalScrollBar().value())
        return super().eventFilter(watched, event)

    def _picked(self, column: int) -> None:
        """A field is in one column only: the box that held it before goes back to Not used."""
        chosen = self.combos[column].currentData()
        if chosen:
            for index, other in enumerate(self.combos):
                if index != column and other.currentData() == chosen:
                    other.blockSignals(True)
                    other.setCurrentIndex(0)
                    other.blockSignals(False)
        self.changed.emit()

    def mapping(self) -> dict[str, int]:
        return {c.currentData(): i for i, c in enumerate(self.combos) if c.currentData()}

    def order(self) -> str | None:
        """The parent's choice of "mdy" or "dmy"; None: as the plan works it out."""
        return str(self.date_order.currentData()) or None

    def show_plan(self, plan: ImportPlan) -> None:
        table = self.table
        if table is None:
            return
        held = {i: f for f, i in plan.mapping.columns.items()}
        for index, combo in enumerate(self.combos):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(held.get(index, ""))))
            combo.blockSignals(False)
        guessed = {"mdy": self.tr("month first"), "dmy": self.tr("day first")}.get(plan.date_order)
        self.date_order.setItemText(
            0,
            self.tr("as IEPDesk works it out ({how})").format(how=guessed)
            if guessed and not self.order()
            else self.tr("as IEPDesk works it out"),
        )
        problems = {r.row_number: r.problem for r in plan.rows if r.problem and not r.duplicate}
        shown = list(range(min(PREVIEW_ROWS, len(table.rows))))
        extra = [i for i, number in enumerate(table.row_numbers) if i >= PREVIEW_ROWS and number in problems][
            :PROBLEM_ROWS
        ]
        shown += extra
        self.preview.setRowCount(len(shown))
        for row, index in enumerate(shown):
            number = table.row_numbers[index]
            problem = problems.get(number, "")
            cells = [(f"✗ {number}" if problem else str(number)), problem, *table.rows[index]]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if problem:
                    _bold(item)
                    item.setToolTip(self.tr("Row {n}: {problem}").format(n=number, problem=problem))
                self.preview.setItem(row, column, item)
        self._fit_columns()
        text = self.tr("%n rows in the file ({kind}).", "", len(table.rows)).format(kind=table.kind.upper())
        self.preview.setColumnHidden(1, not problems)
        self.kinds.setColumnHidden(1, not problems)
        if problems:
            text += " " + self.tr(
                "%n of them cannot be imported as they are now (marked ✗), such as {first}.",
                "",
                len(problems),
            ).format(first=next(iter(problems.values())))
        if extra:
            text += " " + self.tr("The first {n} rows are shown, then the other rows marked ✗.").format(
                n=PREVIEW_ROWS
            )
        elif len(table.rows) > len(shown):
            text += " " + self.tr("The first {n} rows are shown.").format(n=PREVIEW_ROWS)
        missing = {
            "date": self.tr("which column holds the date"),
            "status": self.tr("which column holds what happened, or the minutes"),
        }
        still = [missing[f] for f in plan.missing_fields if f in missing]
        if still:
            text += " " + self.tr("Still to say: {what}.").format(what=self.tr(" and ").join(still))
        if table.skipped:
            text += " " + self.tr(
                "%n rows were left out when reading, such as row {row}: {why}.", "", len(table.skipped)
            ).format(row=table.skipped[0][0], why=skipped_reason(table.skipped[0][1]))
        self.found.setText(text)

    def _fit_columns(self) -> None:
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        label = QFontMetrics(bold)
        for column in range(self.preview.columnCount()):
            combo = self.kinds.cellWidget(0, column)
            wanted = max(
                self.preview.sizeHintForColumn(column),
                self.preview.horizontalHeader().sectionSizeFromContents(column).width(),
                combo.sizeHint().width()
                if combo is not None
                else label.horizontalAdvance(self.tr("The column is:")) + 24,
            )
            widest = metrics.averageCharWidth() * (36 if column == 1 else 48)
            self.preview.setColumnWidth(column, min(wanted + 8, widest))
            self.kinds.setColumnWidth(column, self.preview.columnWidth(column))


class ServicesStep(QWidget):
    """Step 2: which of the IEP's services each service name of the file is (or, when the file names
    no service, the one service the whole file is for)."""

    changed = Signal()

    def __init__(self, services: list[tuple[int, str]], default: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.combos: dict[str, QComboBox] = {}
        self._texts: tuple[str, ...] | None = None
        self.intro = note("")
        self.single = self._picker(self.tr("The service the whole file is for"))
        if default is not None:
            self.single.setCurrentIndex(max(0, self.single.findData(default)))
        self.single.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.single_label = QLabel(self.tr("The whole file is for:"))
        self.single_label.setBuddy(self.single)
        self.lines = QWidget()
        self.grid = QGridLayout(self.lines)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(3, 1)
        self.missing = note()
        self.missing.setAccessibleName(self.tr("Services still to choose"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.missing)
        layout.addWidget(self.single_label)
        layout.addWidget(self.single)
        self.lines_area = _scroll(self.lines)
        layout.addWidget(self.lines_area, 1)

    def _picker(self, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.addItem(self.tr("Choose the service…"), None)
        for provision_id, label in self.services:
            combo.addItem(label, provision_id)
        return combo

    def names_services(self, plan: ImportPlan) -> bool:
        return "service" in plan.mapping.columns

    def show_plan(self, plan: ImportPlan) -> None:
        named = self.names_services(plan)
        self.single_label.setVisible(not named)
        self.single.setVisible(not named)
        self.lines_area.setVisible(named)
        if named:
            self.intro.setText(
                self.tr(
                    "The file names its services in its own words. For each, choose the service of the "
                    "IEP it is."
                )
            )
            self._build_lines(plan)
            still = [text for text in self.combos if self.combos[text].currentData() is None]
            self.missing.setText(
                self.tr("Still to choose: {n}.").format(n=len(still)) if still else self.tr("All chosen.")
            )
        else:
            self.intro.setText(
                self.tr("The file does not say which service each row is for. Choose the service of the IEP.")
            )
            self.missing.setText(
                self.tr("Choose the service before going on.") if self.single.currentData() is None else ""
            )

    def _build_lines(self, plan: ImportPlan) -> None:
        texts = tuple(plan.services)
        if texts == self._texts:
            return
        kept = {text: combo.currentData() for text, combo in self.combos.items()}
        _empty(self.grid)
        self.combos = {}
        counts = Counter(r.service_text for r in plan.rows)
        for row, text in enumerate(texts):
            name = QLabel(f"“{text}”" if text else self.tr("(no service written)"))
            name.setTextFormat(Qt.TextFormat.PlainText)
            rows = note(self.tr("%n row(s)", "", counts.get(text, 0)))
            combo = self._picker(self.tr("The IEP service “{text}” in the file is").format(text=text))
            chosen = kept.get(text, plan.services.get(text))
            if chosen is not None:
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            name.setBuddy(combo)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(rows, row, 1)
            self.grid.addWidget(combo, row, 2)
            self.combos[text] = combo
        self.grid.setRowStretch(len(texts), 1)
        self._texts = texts

    def picks(self) -> dict[str, int]:
        return {text: int(c.currentData()) for text, c in self.combos.items() if c.currentData() is not None}

    def service_id(self) -> int | None:
        value = self.single.currentData()
        return int(value) if value is not None else None

    def first_field(self) -> QWidget:
        if self.single.isVisibleTo(self):
            return self.single
        return next(iter(self.combos.values()), self.single)


class WordsStep(QWidget):
    """Step 3: one line for each of the school's words IEPDesk does not know, with what it means."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: dict[str, tuple[QComboBox, QComboBox]] = {}
        self._order: list[str] = []
        self.intro = note(
            self.tr(
                "The school writes what happened in its own words. For each word IEPDesk does not know, "
                "choose what it means. IEPDesk remembers your choice for the next file of this kind."
            )
        )
        self.none_left = note(self.tr("Every word in the file is understood: there is nothing to choose."))
        self.known = note()
        self.known.setAccessibleName(self.tr("The school's words IEPDesk read by itself"))
        self.box = QWidget()
        self.grid = QGridLayout(self.box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.accept_unknown = QCheckBox(
            self.tr("Count the rows whose word I leave unchosen as missed, reason not known")
        )
        self.accept_unknown.setAccessibleName(
            self.tr("Count the rows with a word left unchosen as missed, reason not known")
        )
        self.accept_unknown.toggled.connect(lambda _on: self.changed.emit())
        self.missing = note()
        self.missing.setAccessibleName(self.tr("Words still to choose"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.missing)
        layout.addWidget(self.none_left)
        layout.addWidget(_scroll(self.box), 1)
        layout.addWidget(self.known)
        layout.addWidget(self.accept_unknown)

    def show_plan(self, plan: ImportPlan) -> None:
        """The lines are the words the plan does not know, and those the parent already chose."""
        present = set(plan.words)
        wanted = [w for w in self._order if w in present]
        wanted += [w for w in plan.unmapped_words if w not in wanted]
        if wanted != self._order:
            self._build(plan, wanted)
        still = [w for w, (status, _reason) in self.lines.items() if status.currentData() is None]
        self.none_left.setVisible(not self.lines)
        self.accept_unknown.setVisible(bool(still) or self.accept_unknown.isChecked())
        self.missing.setText(self.tr("Still to choose: {n}.").format(n=len(still)) if still else "")
        read = [(w, m) for w, m in plan.words.items() if m is not None and w not in self.lines]
        self.known.setText(
            self.tr("IEPDesk read these by itself: {words}.").format(
                words="; ".join(f"“{w}” = {_meaning(m)}" for w, m in read[:12])
                + ("…" if len(read) > 12 else "")
            )
            if read
            else ""
        )
        self.known.setVisible(bool(read))

    def _build(self, plan: ImportPlan, words: list[str]) -> None:
        kept = {w: (s.currentData(), r.currentData()) for w, (s, r) in self.lines.items()}
        _empty(self.grid)
        self.lines = {}
        counts: Counter[str] = Counter()
        for planned in plan.rows:
            for text in {planned.status_text, planned.reason_text}:
                if text:
                    counts[text] += 1
        header = [self.tr("The school wrote"), self.tr("Rows"), self.tr("What happened"), self.tr("Why")]
        for column, text in enumerate(header):
            label = QLabel(text)
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
            self.grid.addWidget(label, 0, column)
        for row, word in enumerate(words, start=1):
            name = QLabel(f"“{word}”" if word else self.tr("(nothing written)"))
            name.setTextFormat(Qt.TextFormat.PlainText)
            status = QComboBox()
            status.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            status.setAccessibleName(self.tr("What “{word}” means happened").format(word=word))
            status.addItem(self.tr("Choose…"), None)
            for value, text in status_choices():
                status.addItem(text, value)
            reason = QComboBox()
            reason.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            reason.setAccessibleName(self.tr("Why, for “{word}”").format(word=word))
            reason.addItem(self.tr("No reason given"), None)
            for value, text in reasons():
                reason.addItem(text, value)
            was = kept.get(word) or (plan.words.get(word) or (None, None))
            status.setCurrentIndex(max(0, status.findData(was[0])))
            reason.setCurrentIndex(max(0, reason.findData(was[1])))
            status.currentIndexChanged.connect(lambda _i: self.changed.emit())
            reason.currentIndexChanged.connect(lambda _i: self.changed.emit())
            name.setBuddy(status)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(note(str(counts.get(word, 0))), row, 1)
            self.grid.addWidget(status, row, 2)
            self.grid.addWidget(reason, row, 3)
            self.lines[word] = (status, reason)
        self.grid.setColumnStretch(4, 1)
        self.grid.setRowStretch(len(words) + 1, 1)
        self._order = list(words)

    def picks(self) -> dict[str, tuple[str, str | None]]:
        return {
            w: (str(s.currentData()), r.currentData())
            for w, (s, r) in self.lines.items()
            if s.currentData() is not None
        }

    def first_field(self) -> QWidget:
        return next((s for s, _r in self.lines.values()), self.accept_unknown)
