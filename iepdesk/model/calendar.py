"""The school calendar, the service log and incidents."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from peewee import AutoField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from iepdesk.model.base import BaseModel
from iepdesk.model.iep import Provision


class DayOffKind(StrEnum):
    HOLIDAY = "holiday"
    BREAK = "break"
    CLOSURE = "closure"
    STAFF_DAY = "staff_day"
    OTHER = "other"


class LogStatus(StrEnum):
    DELIVERED = "delivered"
    SHORTENED = "shortened"
    MISSED = "missed"
    MAKEUP = "makeup"


class LogReason(StrEnum):
    PROVIDER_ABSENT = "provider_absent"
    SCHOOL_EVENT = "school_event"
    TESTING = "testing"
    STUDENT_ABSENT = "student_absent"
    STUDENT_REFUSED = "student_refused"
    SCHOOL_CLOSED = "school_closed"
    UNKNOWN = "unknown"
    # Added for issue 11 (older exports hold only the codes above, which keep their meaning).
    NOT_SCHEDULED = "not_scheduled"
    PROVIDER_REASSIGNED = "provider_reassigned"
    DELAYED_START = "delayed_start"  # delayed start or early release


class EntryCounting(StrEnum):
    """How an entry counts beside another source's entry for the same service on the same day."""

    BY_SOURCE = ""  # one session with it, counted from the source first in the order (default)
    SEPARATE = "separate"  # a session of its own (the parent says the two were different sessions)
    PREFERRED = "preferred"  # one session with it, counted from this record (the parent's choice)


class LogSource(StrEnum):
    PARENT_SAW = "parent_saw"
    CHILD_REPORTED = "child_reported"
    PROVIDER_LOG = "provider_log"
    SCHOOL_RECORD = "school_record"


class SchoolYear(BaseModel):
    json_name: ClassVar[str] = "school_years"

    id = AutoField()
    name = CharField(max_length=50)
    first_day = DateField()
    last_day = DateField()
    #: School weekdays as ISO numbers (1 = Monday … 7 = Sunday), comma-separated: "1,2,3,4,5".
    weekdays = CharField(max_length=20, default="1,2,3,4,5")

    def weekday_set(self) -> frozenset[int]:
        return frozenset(int(x) for x in str(self.weekdays).split(",") if x.strip())


class NonSchoolDay(BaseModel):
    """A day or range with no school: holiday, break, closure (inclusive dates)."""

    json_name: ClassVar[str] = "non_school_days"

    id = AutoField()
    first_day = DateField()
    last_day = DateField()
    kind = CharField(max_length=20, default=DayOffKind.HOLIDAY.value)
    label = CharField(max_length=200, default="")
    #: "manual" or "ics"; with the event's UID when imported, so a re-import does not duplicate it.
    source = CharField(max_length=20, default="manual")
    source_uid = CharField(max_length=300, default="")


class GradingPeriod(BaseModel):
    json_name: ClassVar[str] = "grading_periods"

    id = AutoField()
    name = CharField(max_length=100)
    first_day = DateField()
    last_day = DateField()


class ServiceLogEntry(BaseModel):
    """One session of a service: delivered, shortened, missed, or a make-up."""

    json_name: ClassVar[str] = "service_log"

    id = AutoField()
    provision = ForeignKeyField(Provision, backref="log_entries", on_delete="RESTRICT")
    date = DateField(index=True)
    status = CharField(max_length=20)
    #: Minutes actually delivered (delivered, shortened, make-up); empty means "as planned".
    minutes = IntegerField(null=True)
    reason = CharField(max_length=30, null=True)
    source = CharField(max_length=30, null=True)
    #: EntryCounting: "" (by the order of sources), "separate" or "preferred" (schema 7).
    counting = CharField(max_length=20, default="")
    note = TextField(default="")
    #: Order of entry (the ledger never depends on it; kept for the record).
    entered_at = CharField(max_length=40, default="")


class Incident(BaseModel):
    """A dated report that an accommodation or other provision was not followed."""

    json_name: ClassVar[str] = "incidents"

    id = AutoField()
    date = DateField(index=True)
    what_happened = TextField(default="")
    reported_by = CharField(max_length=200, default="")
    child_words = TextField(default="")
    evidence = TextField(default="")
    entered_at = CharField(max_length=40, default="")


class IncidentProvision(BaseModel):
    """Which provisions an incident is about."""

    json_name: ClassVar[str] = "incident_provisions"

    id = AutoField()
    incident = ForeignKeyField(Incident, backref="provision_links", on_delete="CASCADE")
    provision = ForeignKeyField(Provision, backref="incident_links", on_delete="RESTRICT")


class CaseSetting(BaseModel):
    """A setting of this case (declared in iepdesk.case_settings), stored as JSON text."""

    json_name: ClassVar[str] = "case_settings"

    key = CharField(primary_key=True, max_length=64)
    value = TextField()
