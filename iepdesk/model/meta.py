"""Facts about the case itself: its id and when it was created."""

from __future__ import annotations

from typing import ClassVar

from peewee import CharField, TextField

from iepdesk.model.base import BaseModel


class CaseMeta(BaseModel):
    json_name: ClassVar[str] = "case_meta"

    key = CharField(primary_key=True, max_length=64)
    value = TextField()

    @classmethod
    def get_value(cls, key: str, default: str = "") -> str:
        row = cls.get_or_none(cls.key == key)
        return str(row.value) if row is not None else default

    @classmethod
    def set_value(cls, key: str, value: str) -> None:
        cls.insert(key=key, value=value).on_conflict_replace().execute()
