"""Documents in the encrypted vault, communications with the school, and the links between records."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from peewee import AutoField, BlobField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from iepdesk.model.base import BaseModel
from iepdesk.model.child import Contact


class DocumentKind(StrEnum):
    IEP = "iep"
    EVALUATION = "evaluation"
    PROGRESS_REPORT = "progress_report"
    REPORT_CARD = "report_card"
    EMAIL = "email"
    LETTER = "letter"
    PHOTO = "photo"
    OTHER = "other"
    #: The school's own service log, imported into the log (issue 13).
    SERVICE_LOG = "service_log"


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    MEETING = "meeting"
    LETTER = "letter"
    PORTAL = "portal"
    IN_PERSON = "in_person"


class Direction(StrEnum):
    TO_SCHOOL = "to_school"
    FROM_SCHOOL = "from_school"


class Document(BaseModel):
    """A file kept inside the case. Its bytes are in ``DocumentChunk`` rows, in order."""

    json_name: ClassVar[str] = "documents"

    id = AutoField()
    title = CharField(max_length=300)
    filename = CharField(max_length=300)
    media_type = CharField(max_length=100, default="application/octet-stream")
    kind = CharField(max_length=30, default=DocumentKind.OTHER.value)
    doc_date = DateField(null=True)
    size = IntegerField(default=0)
    sha256 = CharField(max_length=64, index=True)
    tags = CharField(max_length=500, default="")
    notes = TextField(default="")
    #: Text extracted for search (PDF text, email body, plain text); empty when none is available.
    text = TextField(default="")
    #: Why there is no preview or text, in plain words ("The PDF could not be read.").
    preview_note = CharField(max_length=300, default="")
    imported_at = CharField(max_length=40, default="")

    def tag_list(self) -> list[str]:
        return [t.strip() for t in str(self.tags).split(",") if t.strip()]


class DocumentChunk(BaseModel):
    json_name: ClassVar[str] = ""  # carried as files beside the JSON, not inside it

    id = AutoField()
    document = ForeignKeyField(Document, backref="chunks", on_delete="CASCADE")
    seq = IntegerField()
    data = BlobField()


class Communication(BaseModel):
    json_name: ClassVar[str] = "communications"

    id = AutoField()
    #: Date and time as ISO text ("2026-03-04T15:30"); the time may be absent ("2026-03-04").
    when = CharField(max_length=25, index=True)
    channel = CharField(max_length=20, default=Channel.EMAIL.value)
    direction = CharField(max_length=20, default=Direction.FROM_SCHOOL.value)
    #: Names of people not in the team contacts (the contacts are linked in CommunicationPerson).
    other_people = CharField(max_length=500, default="")
    subject = CharField(max_length=300, default="")
    body = TextField(default="")
    follow_up = DateField(null=True)
    follow_up_done = IntegerField(default=0)
    #: When it was first written down in IEPDesk (schema 10; "" for one written before).
    entered_at = CharField(max_length=40, default="")


class CommunicationPerson(BaseModel):
    json_name: ClassVar[str] = "communication_people"

    id = AutoField()
    communication = ForeignKeyField(Communication, backref="people_links", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="communication_links", on_delete="CASCADE")


class Link(BaseModel):
    """A link between two records, e.g. a document and an incident, a call and a provision.

    Kinds: "document", "communication", "incident", "provision", "log_entry", "iep_version".
    """

    json_name: ClassVar[str] = "links"

    id = AutoField()
    from_kind = CharField(max_length=20)
    from_id = IntegerField()
    to_kind = CharField(max_length=20)
    to_id = IntegerField()

    class Meta:
        indexes = ((("from_kind", "from_id"), False), (("to_kind", "to_id"), False))
