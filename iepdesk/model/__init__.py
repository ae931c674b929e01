"""peewee models, one module per area. Every model binds to ``database`` (a DatabaseProxy)."""

from iepdesk.model.base import BaseModel, database
from iepdesk.model.child import Child, Contact
from iepdesk.model.meta import CaseMeta

# The order in which tables are exported, imported and created: parents before children.
ALL_MODELS: list[type[BaseModel]] = [CaseMeta, Child, Contact]

__all__ = ["ALL_MODELS", "BaseModel", "CaseMeta", "Child", "Contact", "database"]
