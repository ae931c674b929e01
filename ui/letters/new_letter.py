"""A new letter in three short steps: the kind, what it cites, and the details the case does not hold."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from iepdesk.dates import DateTextError
from ui import messages
from ui.letters import kinds
from ui.letters import letters_ctl as ctl
from ui.letters.widgets import ChoiceList, hint
from ui.widgets.date_field import DateField, require_readable
from ui.widgets.optional_date import OptionalDateEdit


@dataclass(frozen=True)
class NewLetter:
    kind: str
    selection: ctl.Selection
    details: dict[str, str]
    #: The letter's language, and the language of the parent's copy (None: no copy).
    language: str = "en"
    copy_language: str | None = None


class KindPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What do you want to write?"))
        self.setSubTitle(self.tr("IEPDesk fills in what the case already holds. You can edit every word."))
        self.group = QButtonGroup(self)
        host = QWidget()  # scrolls rather than squeezes the kinds' words when the window is short
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(host)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(host)
        layout.setSpacing(4)
        for index, kind in enumerate(ctl.KINDS):
            button = QRadioButton(kinds.kind_label(kind))
            bold = QFont(button.font())
            bold.setBold(True)
            button.setFont(bold)
            button.setAccessibleDescription(kinds.purpose(kind))
            button.setProperty("kind", kind)
            self.group.addButton(button, index)
            about = hint(kinds.purpose(kind))
            about.setContentsMargins(26, 0, 0, 8)
            layout.addWidget(button)
            layout.addWidget(about)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the letter"))
        for code, name in ctl.languages():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctl.window_language())))
        language_label = QLabel(self.tr("Lan&guage of the letter:"))
        language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        self.with_copy = QCheckBox()
        self.copy_hint = hint(self.tr("For you to read; the school gets the other one."))
        self.copy_hint.setContentsMargins(26, 0, 0, 0)
        layout.addSpacing(8)
        layout.addLayout(language_row)
        layout.addWidget(self.with_copy)
        layout.addWidget(self.copy_hint)
        layout.addStretch(1)
        self.group.button(0).setChecked(True)
        self.language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()

    def letter_language(self) -> str:
        return str(self.language.currentData())

    def copy_language(self) -> str:
        """The other language: the one the parent's copy is written in."""
        return next(code for code, _name in ctl.languages() if code != self.letter_language())

    def _language_changed(self) -> None:
        other = ctl.language_name(self.copy_language())
        self.with_copy.setText(
            self.tr("Also make a &copy in {language} for me to read").format(language=other)
        )
        self.with_copy.setAccessibleName(
            self.tr("Also make a copy in {language} for me to read").format(language=other)
        )
        self.with_copy.setAccessibleDescription(self.tr("For you to read; the school gets the other one."))

    def choose(self, kind: str) -> None:
        if kind in ctl.KINDS:
            self.group.button(ctl.KINDS.index(kind)).setChecked(True)

    def kind(self) -> str:
        button = self.group.checkedButton()
        return str(button.property("kind")) if button is not None else ctl.KINDS[0]


class CitesPage(QWizardPage):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.setTitle(self.tr("What should the letter cite?"))
        self.setSubTitle(
            self.tr("Tick the records the letter should mention. Leave it all empty if you prefer.")
        )
        self.incidents = ChoiceList(self.tr("Incidents to cite"), self.tr("No incidents recorded yet."))
        self.provisions = ChoiceList(
            self.tr("Parts of the IEP to cite"), self.tr("No IEP in effect today has been entered.")
        )
        self.communications = ChoiceList(
            self.tr("Communications to cite"), self.tr("No communications logged in the past two years.")
        )
        self.documents = ChoiceList(self.tr("Documents to enclose"), self.tr("No documents in the case yet."))
        self.with_binder = QCheckBox(self.tr("This letter goes with the meeting &binder"))
        self.with_binder.setAccessibleDescription(
            self.tr("Documents in the binder are then named by their exhibit number.")
        )
        enclose = QVBoxLayout()
        enclose.addWidget(self.documents)
        enclose.addWidget(self.with_binder)
        enclose.addWidget(
            hint(
                self.tr(
                    "Listed at the end of the letter: with the binder by exhibit number, otherwise by "
                    "title and date."
                )
            )
        )
        self.use_ledger = QCheckBox(self.tr("Cite the service &minutes for a period"))
        self.ledger_from = self._date_edit(self.tr("Service minutes from"), today - dt.timedelta(days=90))
        self.ledger_to = self._date_edit(self.tr("Service minutes to"), today)
        period = QHBoxLayout()
        period.addWidget(self.use_ledger)
        period.addWidget(QLabel(self.tr("from")))
        period.addWidget(self.ledger_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.ledger_to)
        period.addStretch(1)
        self.use_ledger.toggled.connect(self._ledger_toggled)
        self._ledger_toggled(False)
        self._ledger_chosen = False  # the parent ticked or unticked it: keep their choice
        self.use_ledger.clicked.connect(self._ledger_clicked)
        self.boxes = {
            "incidents": self._box(self.tr("Incidents"), self.incidents),
            "provisions": self._box(self.tr("What the IEP promises"), self.provisions),
            "communications": self._box(self.tr("Communications"), self.communications),
            "ledger": self._box(self.tr("Service minutes (from the ledger)"), period),
            "documents": self._box(self.tr("Documents sent with the letter"), enclose),
        }
        layout = QVBoxLayout(self)
        for key in ("incidents", "provisions"):
            layout.addWidget(self.boxes[key])
        side_by_side = QHBoxLayout()  # the documents beside the communications: the page fits 700 px
        side_by_side.addWidget(self.boxes["communications"], 1)
        side_by_side.addWidget(self.boxes["documents"], 1)
        layout.addLayout(side_by_side)
        layout.addWidget(self.boxes["ledger"])

    def _date_edit(self, name: str, day: dt.date) -> DateField:
        return DateField(name, day)

    def validatePage(self) -> bool:
        """A period that cannot be read is never cited as another one."""
        return not self.use_ledger.isChecked() or _readable(self, self.ledger_from, self.ledger_to)

    @staticmethod
    def _box(title: str, content: QWidget | QHBoxLayout | QVBoxLayout) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        if isinstance(content, QWidget):
            layout.addWidget(content)
        else:
            layout.addLayout(content)
        return box

    def _ledger_clicked(self) -> None:
        self._ledger_chosen = True

    def _ledger_toggled(self, on: bool) -> None:
        self.ledger_from.setEnabled(on)
        self.ledger_to.setEnabled(on)

    def show_for(self, kind: str) -> None:
        cites = kinds.CITES.get(kind, ())
        for key, box in self.boxes.items():
            box.setVisible(key in cites)
        if not self._ledger_chosen:
            self.use_ledger.setChecked(kind in kinds.LEDGER_BY_DEFAULT)
        if "incidents" in cites and not self.incidents.count():
            self.incidents.set_choices(ctl.incident_choices())
        if "provisions" in cites and not self.provisions.count():
            self.provisions.set_choices(ctl.provision_choices(self._today))
        if "communications" in cites and not self.communications.count():
            self.communications.set_choices(ctl.communication_choices(self._today))
        if "documents" in cites and not self.documents.count():
            self.documents.set_choices(ctl.document_choices())

    def selection(self, kind: str) -> ctl.Selection:
        cites = kinds.CITES.get(kind, ())
        start, end = self.ledger_from.value(), self.ledger_to.value()
        ledger = "ledger" in cites and self.use_ledger.isChecked()
        return ctl.Selection(
            incidents=tuple(self.incidents.checked_ids()) if "incidents" in cites else (),
            provisions=tuple(self.provisions.checked_ids()) if "provisions" in cites else (),
            communications=tuple(self.communications.checked_ids()) if "communications" in cites else (),
            ledger_from=min(start, end) if ledger else None,  # type: ignore[type-var]
            ledger_to=max(start, end) if ledger else None,  # type: ignore[type-var]
            documents=tuple(self.documents.checked_ids()) if "documents" in cites else (),
            with_binder="documents" in cites and self.with_binder.isChecked(),
        )

    def forget(self) -> None:
        for choices in (self.incidents, self.provisions, self.communications, self.documents):
            choices.clear()
        self.with_binder.setChecked(False)


def _readable(page: QWizardPage, *fields: DateField) -> bool:
    try:
        require_readable(*fields)
    except DateTextError as exc:
        messages.show_error(page, page.tr("Check the date"), exc)
        return False
    return True


class DetailsPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("A few details"))
        self.setSubTitle(
            self.tr(
                "The case does not hold these. Anything left empty shows in the letter as [a placeholder]."
            )
        )
        self.fields: dict[str, QWidget] = {}
        self._kind = ""
        self.form_host = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form_host)
        QVBoxLayout(self).addWidget(scroll)
        host_layout = QVBoxLayout(self.form_host)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setVerticalSpacing(14)
        host_layout.addLayout(self.form)
        host_layout.addStretch(1)

    def show_for(self, kind: str, team: list[str]) -> None:
        if kind == self._kind:
            return
        self._kind = kind
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        for detail in kinds.details_of(kind):
            field = self._field(detail, team)
            self.fields[detail.key] = field
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            if detail.hint:
                column.addWidget(hint(detail.hint))
            label = QLabel(detail.label + ":")
            label.setBuddy(field)
            self.form.addRow(label, column)

    def _field(self, detail: kinds.Detail, team: list[str]) -> QWidget:
        if detail.widget == "recipient":
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItems(["", *team])
            line = combo.lineEdit()
            if line is not None:  # an editable combo box always has one
                line.setPlaceholderText(self.tr("A name, or choose someone from your team"))
            field: QWidget = combo
        elif detail.widget == "text":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(72)
            field = text
        elif detail.widget == "date":
            field = OptionalDateEdit(detail.label)
        elif detail.widget == "check":
            field = QCheckBox(detail.label)
        else:
            field = QLineEdit()
        field.setAccessibleName(detail.label)
        return field

    def validatePage(self) -> bool:
        """A date that cannot be read is never written into the letter as another (or left out)."""
        return _readable(self, *(f for f in self.fields.values() if isinstance(f, OptionalDateEdit)))

    def details(self, language: str | None = None) -> dict[str, str]:
        """The answers; a date written as the letter in ``language`` writes dates."""
        out: dict[str, str] = {}
        for key, field in self.fields.items():
            if isinstance(field, QComboBox):
                value = field.currentText()
            elif isinstance(field, QPlainTextEdit):
                value = field.toPlainText()
            elif isinstance(field, QCheckBox):
                value = "yes" if field.isChecked() else ""
            elif isinstance(field, OptionalDateEdit):
                day = field.value()
                value = ctl.long_date(day, language) if day else ""
            elif isinstance(field, QLineEdit):
                value = field.text()
            else:
                value = ""
            if value.strip():
                out[key] = value.strip()
        return out

    def forget(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        self._kind = ""


class NewLetterWizard(QWizard):
    KIND, CITES, DETAILS = 0, 1, 2

    def __init__(self, today: dt.date, kind: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New letter"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Write the draft"))
        self.resize(720, 660)  # the kinds, the language and the copy without scrolling
        self.kind_page = KindPage()
        self.cites_page = CitesPage(today)
        self.details_page = DetailsPage()
        self.setPage(self.KIND, self.kind_page)
        self.setPage(self.CITES, self.cites_page)
        self.setPage(self.DETAILS, self.details_page)
        self.kind_page.choose(kind)
        self.currentIdChanged.connect(self._entered)

    def nextId(self) -> int:
        current = self.currentId()
        if current == self.KIND:
            return self.CITES if kinds.CITES.get(self.kind_page.kind()) else self.DETAILS
        if current == self.CITES:
            return self.DETAILS
        return -1

    def _entered(self, page_id: int) -> None:
        kind = self.kind_page.kind()
        if page_id == self.CITES:
            self.cites_page.show_for(kind)
        elif page_id == self.DETAILS:
            self.details_page.show_for(kind, ctl.team_names())

    def value(self) -> NewLetter:
        kind = self.kind_page.kind()
        language = self.kind_page.letter_language()
        copy = self.kind_page.copy_language() if self.kind_page.with_copy.isChecked() else None
        details = self.details_page.details(language)
        return NewLetter(kind, self.cites_page.selection(kind), details, language, copy)

    def forget(self) -> None:
        self.cites_page.forget()
        self.details_page.forget()
