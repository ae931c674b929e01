"""peewee models, one module per area. Every model binds to ``database`` (a DatabaseProxy)."""

from iepdesk.model.base import BaseModel, database
from iepdesk.model.child import Child, Contact
from iepdesk.model.iep import IepVersion, Provision
from iepdesk.model.meta import CaseMeta

#: The case's records in export/import order: parents before children. CaseMeta is not among them:
#: it describes this particular file (its id), not the child's record.
ALL_MODELS: list[type[BaseModel]] = [Child, Contact, IepVersion, Provision]

__all__ = ["ALL_MODELS", "BaseModel", "CaseMeta", "Child", "Contact", "IepVersion", "Provision", "database"]
