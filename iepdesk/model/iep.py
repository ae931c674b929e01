"""IEP versions and the provisions each one promises."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from peewee import AutoField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from iepdesk.i18n import N_, _
from iepdesk.model.base import BaseModel


class VersionKind(StrEnum):
    INITIAL = "initial"
    ANNUAL = "annual"
    AMENDMENT = "amendment"


#: A version's name, by kind, with and without its date (translated where shown).
_DATED = {
    VersionKind.INITIAL: N_("Initial IEP {date}"),
    VersionKind.ANNUAL: N_("Annual IEP {date}"),
    VersionKind.AMENDMENT: N_("Amendment IEP {date}"),
}
_UNDATED = {
    VersionKind.INITIAL: N_("Initial IEP (no date yet)"),
    VersionKind.ANNUAL: N_("Annual IEP (no date yet)"),
    VersionKind.AMENDMENT: N_("Amendment IEP (no date yet)"),
}


class VersionStatus(StrEnum):
    """What the parent records. Whether a final version is in effect on a date follows from its dates
    (see iepdesk.iep.timeline), so "in effect" and "superseded" are computed, never stored stale."""

    DRAFT = "draft"
    FINAL = "final"


class ProvisionKind(StrEnum):
    SERVICE = "service"
    ACCOMMODATION = "accommodation"
    MODIFICATION = "modification"
    SUPPLEMENTARY_AID = "supplementary_aid"
    GOAL = "goal"


class Period(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    GRADING_PERIOD = "grading_period"
    YEAR = "year"


class Delivery(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"


class HowGiven(StrEnum):
    """How the child gets an accommodation: offered every time, or only if the child asks."""

    PROMPTED = "prompted"
    ON_REQUEST = "on_request"


class IepVersion(BaseModel):
    json_name: ClassVar[str] = "iep_versions"

    id = AutoField()
    kind = CharField(max_length=20, default=VersionKind.ANNUAL.value)
    meeting_date = DateField(null=True)
    effective_from = DateField(null=True)
    effective_to = DateField(null=True)
    status = CharField(max_length=20, default=VersionStatus.DRAFT.value)
    notes = TextField(default="")
    #: The signed IEP in the document vault (a later issue links it).
    document_id = IntegerField(null=True)

    def label(self) -> str:
        """ "Annual IEP 2025-09-01" / "IEP anual 2025-09-01" (in the current language)."""
        when = self.effective_from or self.meeting_date
        if when is None:
            return _(_UNDATED[VersionKind(self.kind)])
        return _(_DATED[VersionKind(self.kind)]).format(date=when.isoformat())


class Provision(BaseModel):
    """One promise of an IEP version. Kind-specific fields are empty for the other kinds."""

    json_name: ClassVar[str] = "provisions"

    id = AutoField()
    version = ForeignKeyField(IepVersion, backref="provisions", on_delete="CASCADE")
    kind = CharField(max_length=30)
    position = IntegerField(default=0)
    #: What is provided, in a few words ("Speech-language therapy", "Extended time on tests").
    title = CharField(max_length=300, default="")
    #: The IEP's own words, verbatim.
    iep_wording = TextField(default="")
    #: Page or section of the IEP where it is written ("p. 12, Services").
    page_ref = CharField(max_length=100, default="")
    #: The provision this one was copied from in the previous version (matching across versions).
    copied_from = IntegerField(null=True)

    # service
    minutes_per_session = IntegerField(null=True)
    sessions_per_period = IntegerField(null=True)
    period = CharField(max_length=20, null=True)
    delivery = CharField(max_length=20, null=True)
    location = CharField(max_length=200, default="")
    provider_role = CharField(max_length=200, default="")
    start_date = DateField(null=True)
    end_date = DateField(null=True)
    #: Fixed school weekdays of the sessions, ISO numbers "2,4" (Tue, Thu); empty = any day of the period.
    days_of_week = CharField(max_length=20, default="")

    # accommodation, modification, supplementary aid
    applies_when = CharField(max_length=200, default="")
    how_given = CharField(max_length=20, null=True)

    # goal
    area = CharField(max_length=100, default="")
    baseline = TextField(default="")
    target = TextField(default="")
    measurement = TextField(default="")
    reporting_schedule = CharField(max_length=200, default="")
    #: The goal's baseline and target as numbers, as the parent typed them ("40", "62.5"; "" = not
    #: given), and their unit: the aim line of the goal's chart runs from one to the other (schema 9).
    baseline_value = CharField(max_length=40, default="")
    target_value = CharField(max_length=40, default="")
    unit = CharField(max_length=100, default="")

    #: The parent's notes to propose at the next meeting (clearer wording for a signed IEP, whose own
    #: words are never changed). Schema 6.
    to_propose = TextField(default="")

    @property
    def kind_enum(self) -> ProvisionKind:
        return ProvisionKind(self.kind)
