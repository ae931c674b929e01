"""One provision as a form; the rows shown follow its kind. It shows and returns values; it saves nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from iepdesk.iep import Delivery, HowGiven, Period, ProvisionKind
from ui.iep import fields, words
from ui.widgets.date_field import require_readable
from ui.widgets.optional_date import OptionalDateEdit

SERVICE = ProvisionKind.SERVICE.value
GOAL = ProvisionKind.GOAL.value
SUPPORT = (
    ProvisionKind.ACCOMMODATION.value,
    ProvisionKind.MODIFICATION.value,
    ProvisionKind.SUPPLEMENTARY_AID.value,
)
COMMON = ("title", "iep_wording", "page_ref")
#: The fields each kind's form shows (and returns), after the common ones.
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    SERVICE: (
        "minutes_per_session",
        "sessions_per_period",
        "period",
        "delivery",
        "location",
        "provider_role",
        "days_of_week",
        "start_date",
        "end_date",
    ),
    **{kind: ("applies_when", "location", "provider_role", "how_given") for kind in SUPPORT},
    GOAL: (
        "area",
        "baseline",
        "target",
        "measurement",
        "reporting_schedule",
        "baseline_value",
        "target_value",
        "unit",
    ),
}
_TEXT_FIELDS = (
    "title",
    "page_ref",
    "location",
    "provider_role",
    "applies_when",
    "area",
    "reporting_schedule",
    "baseline_value",
    "target_value",
    "unit",
)
_BOX_FIELDS = ("iep_wording", "baseline", "target", "measurement")


class ProvisionForm(QWidget):
    edited = Signal()
    enter_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._kind = SERVICE
        self.keys = fields.KeyRules(self)
        self.keys.enter_pressed.connect(self.enter_pressed)
        self.kind = fields.choice(
            self.tr("Kind of provision"), [(words.kind_name(k), k) for k in words.KINDS]
        )
        self.title = fields.line(self.tr("What"), 300)
        self.iep_wording = fields.text_box(
            self.tr("The IEP's wording"),
            96,
            self.tr("Type or paste the IEP's own words, exactly as written."),
        )
        self.page_ref = fields.line(self.tr("Page or section"), 100, self.tr("For example, p. 12, Services"))
        self.minutes = fields.number(self.tr("Minutes per session"))
        self.sessions = fields.number(self.tr("Sessions per period"))
        self.period = fields.choice(
            self.tr("Period"),
            [(self.tr("(not written)"), None)] + [(words.period_name(p.value), p.value) for p in Period],
        )
        self.delivery = fields.choice(
            self.tr("Individual or group"),
            [(self.tr("(not written)"), None)] + [(words.delivery_name(d.value), d.value) for d in Delivery],
        )
        self.applies_when = fields.line(
            self.tr("When it applies"), 200, self.tr("For example, tests and quizzes, classwork, all day")
        )
        self.location = fields.line(self.tr("Where"), 200, self.tr("For example, the resource room"))
        self.provider_role = fields.line(
            self.tr("Who provides it"), 200, self.tr("For example, the speech therapist")
        )
        self.how_given = fields.choice(
            self.tr("How your child gets it"),
            [(self.tr("(not written)"), None)] + [(words.how_given_name(h.value), h.value) for h in HowGiven],
        )
        self.days = fields.Weekdays(
            [
                (self.tr("Mon"), self.tr("Sessions on Monday")),
                (self.tr("Tue"), self.tr("Sessions on Tuesday")),
                (self.tr("Wed"), self.tr("Sessions on Wednesday")),
                (self.tr("Thu"), self.tr("Sessions on Thursday")),
                (self.tr("Fri"), self.tr("Sessions on Friday")),
            ]
        )
        self.start_date = OptionalDateEdit(self.tr("Start date"))
        self.end_date = OptionalDateEdit(self.tr("End date"))
        self.area = fields.line(self.tr("Area"), 100, self.tr("For example, reading, math, communication"))
        self.baseline = fields.text_box(self.tr("Baseline"), 54, self.tr("Where your child is now"))
        self.target = fields.text_box(
            self.tr("Target"), 54, self.tr("What your child should reach, as a number")
        )
        self.measurement = fields.text_box(
            self.tr("How it is measured"), 54, self.tr("For example, weekly reading probes")
        )
        self.reporting_schedule = fields.line(
            self.tr("When progress is reported"), 200, self.tr("For example, quarterly, with report cards")
        )
        # The numbers that draw the aim line on the Progress page (iepdesk.progress.lines), as typed.
        self.baseline_value = fields.line(self.tr("Baseline as a number"), 40, self.tr("For example, 40"))
        self.target_value = fields.line(self.tr("Target as a number"), 40, self.tr("For example, 80"))
        self.unit = fields.line(self.tr("Unit"), 80, self.tr("For example, percent correct"))
        self.numbers_note = QLabel(
            self.tr(
                "These three draw the aim line on the Progress page; leave them empty if the goal "
                "has no number."
            )
        )
        self.numbers_note.setWordWrap(True)
        self._build_layout()
        self._connect()
        self.set_kind(SERVICE)

    def _build_layout(self) -> None:
        amount = QWidget()
        row = QHBoxLayout(amount)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        widget: QWidget
        per = QLabel(self.tr("times per"))
        per.setBuddy(self.period)  # on Linux a combo box is named by its label, not its accessible name
        for widget in (
            self.minutes,
            QLabel(self.tr("minutes,")),
            self.sessions,
            per,
            self.period,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(4)
        self.form.setHorizontalSpacing(12)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}
        buddy: QWidget
        for name, text, widget, buddy in (
            ("kind", self.tr("&Kind:"), self.kind, self.kind),
            ("title", self.tr("W&hat:"), self.title, self.title),
            ("iep_wording", self.tr("IEP &wording:"), self.iep_wording, self.iep_wording),
            ("page_ref", self.tr("Pa&ge or section:"), self.page_ref, self.page_ref),
            ("amount", self.tr("How &much:"), amount, self.minutes),
            ("delivery", self.tr("Individua&l or group:"), self.delivery, self.delivery),
            ("applies_when", self.tr("When it appl&ies:"), self.applies_when, self.applies_when),
            ("location", self.tr("Whe&re:"), self.location, self.location),
            ("provider_role", self.tr("Wh&o provides it:"), self.provider_role, self.provider_role),
            ("how_given", self.tr("How your child gets i&t:"), self.how_given, self.how_given),
            ("days", self.tr("Fixed da&ys:"), self.days, self.days),
            ("start_date", self.tr("Starts:"), self.start_date, self.start_date),
            ("end_date", self.tr("Ends:"), self.end_date, self.end_date),
            ("area", self.tr("&Area:"), self.area, self.area),
            ("baseline", self.tr("&Baseline:"), self.baseline, self.baseline),
            ("target", self.tr("&Target:"), self.target, self.target),
            ("measurement", self.tr("&Measured by:"), self.measurement, self.measurement),
            ("baseline_value", self.tr("Baseline as a n&umber:"), self.baseline_value, self.baseline_value),
            ("target_value", self.tr("Tar&get as a number:"), self.target_value, self.target_value),
            ("unit", self.tr("U&nit:"), self.unit, self.unit),
            ("numbers_note", "", self.numbers_note, self.numbers_note),
            (
                "reporting_schedule",
                self.tr("Progress &reported:"),
                self.reporting_schedule,
                self.reporting_schedule,
            ),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            self.form.addRow(label, widget)
            self._labels[name] = label
            self._rows[name] = widget

    def _connect(self) -> None:
        for name in _TEXT_FIELDS:
            widget: QLineEdit = getattr(self, name)
            widget.textEdited.connect(self._on_edit)
        for box in (getattr(self, name) for name in _BOX_FIELDS):
            box.textChanged.connect(self._on_edit)
        for edit in (self.minutes, self.sessions):
            edit.textEdited.connect(self._on_edit)
        for combo in (self.period, self.delivery, self.how_given):
            combo.currentIndexChanged.connect(self._on_edit)
        self.kind.currentIndexChanged.connect(self._on_kind_chosen)
        self.days.changed.connect(self._on_edit)
        self.start_date.changed.connect(self._on_edit)
        self.end_date.changed.connect(self._on_edit)
        # The fields themselves, not the lists that drop down from them (Enter chooses there).
        for widget in (
            self.kind,
            *(getattr(self, name) for name in (*_TEXT_FIELDS, *_BOX_FIELDS)),
            self.minutes,
            self.sessions,
            self.period,
            self.delivery,
            self.how_given,
            *self.days.boxes,
            self.start_date.edit,
            self.end_date.edit,
        ):
            widget.installEventFilter(self.keys)

    # ---- kind ---------------------------------------------------------------------------------------
    def current_kind(self) -> str:
        return self._kind

    def set_kind(self, kind: str) -> None:
        self._kind = kind
        blocked = self.kind.blockSignals(True)
        fields.set_choice(self.kind, kind)
        self.kind.blockSignals(blocked)
        shown = set(KIND_FIELDS[kind])
        visible = {
            "amount": kind == SERVICE,
            "delivery": "delivery" in shown,
            "applies_when": "applies_when" in shown,
            "location": "location" in shown,
            "provider_role": "provider_role" in shown,
            "how_given": "how_given" in shown,
            "days": "days_of_week" in shown,
            "start_date": "start_date" in shown,
            "end_date": "end_date" in shown,
            **{name: name in shown for name in ("area", "baseline", "target", "measurement")},
            "reporting_schedule": "reporting_schedule" in shown,
            **{name: name in shown for name in ("baseline_value", "target_value", "unit")},
            "numbers_note": "unit" in shown,
        }
        for name, on in visible.items():
            self.form.setRowVisible(self._rows[name], on)
        self._labels["provider_role"].setText(
            self.tr("Wh&o provides it:") if kind == SERVICE else self.tr("Wh&o gives it:")
        )
        self._labels["title"].setText(self.tr("Goa&l:") if kind == GOAL else self.tr("W&hat:"))
        service = kind == SERVICE
        self.location.setPlaceholderText(
            self.tr("For example, the therapy room")
            if service
            else self.tr("For example, the classroom, the test room")
        )
        self.provider_role.setPlaceholderText(
            self.tr("For example, the speech-language pathologist")
            if service
            else self.tr("For example, each teacher, the case manager")
        )
        self.title.setPlaceholderText(
            {
                SERVICE: self.tr("For example, Speech-language therapy"),
                GOAL: self.tr("A few words, for example, Reading fluency"),
            }.get(kind, self.tr("For example, Extended time on tests"))
        )

    def _on_kind_chosen(self) -> None:
        kind = self.kind.currentData()
        if kind and kind != self._kind:
            self.set_kind(str(kind))
            self._on_edit()

    def _on_edit(self) -> None:
        if not self._loading:
            self.edited.emit()

    # ---- values -------------------------------------------------------------------------------------
    def load(self, values: dict[str, Any]) -> None:
        """Show ``values`` (a provision's fields); nothing here counts as an edit."""
        self._loading = True
        try:
            self.set_kind(str(values.get("kind") or SERVICE))
            for name in _TEXT_FIELDS:
                getattr(self, name).setText(str(values.get(name) or ""))
            for name in _BOX_FIELDS:
                getattr(self, name).setPlainText(str(values.get(name) or ""))
            self.minutes.setText(str(values.get("minutes_per_session") or ""))
            self.sessions.setText(str(values.get("sessions_per_period") or ""))
            fields.set_choice(self.period, values.get("period"))
            fields.set_choice(self.delivery, values.get("delivery"))
            fields.set_choice(self.how_given, values.get("how_given"))
            self.days.set_value(values.get("days_of_week"))
            self.start_date.set_value(values.get("start_date"))
            self.end_date.set_value(values.get("end_date"))
        finally:
            self._loading = False

    def check_dates(self) -> None:
        """Before saving: DateTextError names a date that cannot be read (``values`` has None there)."""
        require_readable(self.start_date, self.end_date)

    def values(self) -> dict[str, Any]:
        """The kind, the common fields and the fields of this kind, as the form holds them now."""
        every: dict[str, Any] = {
            "title": self.title.text().strip(),
            "iep_wording": self.iep_wording.toPlainText().strip(),
            "page_ref": self.page_ref.text().strip(),
            "minutes_per_session": fields.number_value(self.minutes),
            "sessions_per_period": fields.number_value(self.sessions),
            "period": self.period.currentData(),
            "delivery": self.delivery.currentData(),
            "location": self.location.text().strip(),
            "provider_role": self.provider_role.text().strip(),
            "days_of_week": self.days.value(),
            "start_date": self.start_date.value(),
            "end_date": self.end_date.value(),
            "applies_when": self.applies_when.text().strip(),
            "how_given": self.how_given.currentData(),
            "area": self.area.text().strip(),
            "baseline": self.baseline.toPlainText().strip(),
            "target": self.target.toPlainText().strip(),
            "measurement": self.measurement.toPlainText().strip(),
            "reporting_schedule": self.reporting_schedule.text().strip(),
            "baseline_value": self.baseline_value.text().strip(),
            "target_value": self.target_value.text().strip(),
            "unit": self.unit.text().strip(),
        }
        chosen = ("kind", *COMMON, *KIND_FIELDS[self._kind])
        return {name: (self._kind if name == "kind" else every[name]) for name in chosen}

    def field_widget(self, name: str) -> QWidget | None:
        """The widget that edits provision field ``name`` (to point at a finding)."""
        return {
            "minutes_per_session": self.minutes,
            "sessions_per_period": self.sessions,
            "days_of_week": self.days,
        }.get(name) or getattr(self, name, None)
