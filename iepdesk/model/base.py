"""The one database proxy, bound when a case is unlocked and released when it is locked."""

from __future__ import annotations

from typing import ClassVar

from peewee import DatabaseProxy, Model

database = DatabaseProxy()


class BaseModel(Model):
    #: Name of the model's list in the exported JSON (docs/case-format.md).
    json_name: ClassVar[str] = ""

    class Meta:
        database = database
        legacy_table_names = False
