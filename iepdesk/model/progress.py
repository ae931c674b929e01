"""Progress toward the IEP's goals (schema 9): measured data points and the school's progress reports.

A data point belongs to one goal (a Provision of kind "goal"); the chart of a goal follows its line
across IEP versions (iepdesk.schedule.expected.lineage_roots), as the ledger follows a service. A
progress report answers one report the IEP promised (iepdesk.deadlines.progress) and holds, per goal,
the school's stated status in its own words; the values it reports are data points with its id.
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from peewee import AutoField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from iepdesk.model.base import BaseModel
from iepdesk.model.iep import IepVersion, Provision


class DataSource(StrEnum):
    """How the parent knows a value."""

    SCHOOL_REPORT = "school_report"
    PROVIDER_DATA = "provider_data"
    WORK_SAMPLE = "work_sample"
    PARENT_OBSERVATION = "parent_observation"
    OTHER = "other"


class GoalStatus(StrEnum):
    """The school's stated status of a goal in a progress report."""

    PROGRESSING = "progressing"
    NOT_PROGRESSING = "not_progressing"
    MET = "met"
    NOT_INTRODUCED = "not_introduced"
    OTHER = "other"


class ProgressReport(BaseModel):
    """A progress report the parent received (or recorded as received)."""

    json_name: ClassVar[str] = "progress_reports"

    id = AutoField()
    version = ForeignKeyField(IepVersion, backref="progress_reports", on_delete="RESTRICT")
    #: The expected report it answers (the due date iepdesk.deadlines.progress gave), or None: a report
    #: the schedule did not list.
    expected_on = DateField(null=True)
    received_on = DateField()
    #: The report in the document vault.
    document_id = IntegerField(null=True)
    note = TextField(default="")
    entered_at = CharField(max_length=40, default="")


class GoalDataPoint(BaseModel):
    """One measured value of one goal."""

    json_name: ClassVar[str] = "goal_data_points"

    id = AutoField()
    provision = ForeignKeyField(Provision, backref="data_points", on_delete="RESTRICT")
    measured_on = DateField(index=True)
    #: The number as the parent typed it ("62.5"), kept as text so it reads back exactly.
    value = CharField(max_length=40)
    unit = CharField(max_length=100, default="")
    source = CharField(max_length=30, default=DataSource.PARENT_OBSERVATION.value)
    measured_by = CharField(max_length=200, default="")
    note = TextField(default="")
    #: The progress report that gave this value (its values are data points too), or None.
    report = ForeignKeyField(ProgressReport, backref="values", null=True, on_delete="CASCADE")
    entered_at = CharField(max_length=40, default="")


class ReportedStatus(BaseModel):
    """What a progress report says of one goal."""

    json_name: ClassVar[str] = "progress_report_goals"

    id = AutoField()
    report = ForeignKeyField(ProgressReport, backref="statuses", on_delete="CASCADE")
    provision = ForeignKeyField(Provision, backref="reported_statuses", on_delete="RESTRICT")
    status = CharField(max_length=30)
    #: The school's own words ("Progressing; 3/5 trials"), verbatim.
    words = TextField(default="")
