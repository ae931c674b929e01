"""What an entry said before it was changed, and the fingerprints printed in binders (schema 10)."""

from __future__ import annotations

from typing import ClassVar

from peewee import AutoField, CharField, DateField, IntegerField, TextField

from iepdesk.model.base import BaseModel


class RecordVersion(BaseModel):
    """One earlier version of a log entry, incident, communication or data point, written by the
    case's own triggers (iepdesk.casefile.migrations.HISTORY_SOURCES) when it is changed or removed."""

    json_name: ClassVar[str] = "record_versions"

    id = AutoField()
    #: "log_entry", "incident", "communication", "data_point".
    kind = CharField(max_length=20)
    record_id = IntegerField()
    #: 1 for the wording first written, then 2, 3, … for each later save.
    version = IntegerField()
    #: When this wording was replaced (or removed), UTC ISO text.
    saved_at = CharField(max_length=40)
    #: "edited" (replaced by a later wording) or "deleted" (the record was removed).
    change = CharField(max_length=10, default="edited")
    #: The record's own entered_at, so a new record that is given a removed one's id is told apart.
    entered_at = CharField(max_length=40, default="")
    #: The record's fields as they were, as JSON.
    content = TextField()

    class Meta:
        table_name = "record_version"
        indexes = ((("kind", "record_id", "version"), False),)


class PrintedRecord(BaseModel):
    """What a binder printed: its fingerprint and the digest of each record it covered."""

    json_name: ClassVar[str] = "printed_records"

    id = AutoField()
    printed_at = CharField(max_length=40)
    fingerprint = CharField(max_length=64, index=True)
    period_start = DateField(null=True)
    period_end = DateField(null=True)
    #: JSON: how many records of each kind the fingerprint covers.
    counts = TextField(default="{}")
    #: JSON: [[kind, id, digest], …] in the chain's order.
    digests = TextField(default="[]")

    class Meta:
        table_name = "printed_record"
