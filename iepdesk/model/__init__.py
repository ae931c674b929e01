"""peewee models, one module per area. Every model binds to ``database`` (a DatabaseProxy)."""

from iepdesk.model.base import BaseModel, database
from iepdesk.model.calendar import (
    CaseSetting,
    GradingPeriod,
    Incident,
    IncidentProvision,
    NonSchoolDay,
    SchoolYear,
    ServiceLogEntry,
)
from iepdesk.model.child import Child, Contact
from iepdesk.model.history import PrintedRecord, RecordVersion
from iepdesk.model.iep import IepVersion, Provision
from iepdesk.model.letters import Letter, LetterRevision
from iepdesk.model.meta import CaseMeta
from iepdesk.model.progress import GoalDataPoint, ProgressReport, ReportedStatus
from iepdesk.model.vault import Communication, CommunicationPerson, Document, DocumentChunk, Link

#: The case's records in export/import order: parents before children. CaseMeta is not among them:
#: it describes this particular file (its id), not the child's record.
ALL_MODELS: list[type[BaseModel]] = [
    Child,
    Contact,
    IepVersion,
    Provision,
    SchoolYear,
    NonSchoolDay,
    GradingPeriod,
    ServiceLogEntry,
    Incident,
    IncidentProvision,
    CaseSetting,
    Document,
    Communication,
    CommunicationPerson,
    Link,
    Letter,
    LetterRevision,
    ProgressReport,
    GoalDataPoint,
    ReportedStatus,
    RecordVersion,
    PrintedRecord,
]

__all__ = [
    "ALL_MODELS",
    "BaseModel",
    "CaseMeta",
    "CaseSetting",
    "Child",
    "Communication",
    "CommunicationPerson",
    "Contact",
    "Document",
    "DocumentChunk",
    "GoalDataPoint",
    "GradingPeriod",
    "IepVersion",
    "Incident",
    "IncidentProvision",
    "Letter",
    "LetterRevision",
    "Link",
    "NonSchoolDay",
    "PrintedRecord",
    "ProgressReport",
    "Provision",
    "RecordVersion",
    "ReportedStatus",
    "SchoolYear",
    "ServiceLogEntry",
    "database",
]
