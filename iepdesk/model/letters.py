"""Letters and complaint drafts, with every saved version kept."""

from __future__ import annotations

from typing import ClassVar

from peewee import AutoField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from iepdesk.model.base import BaseModel


class Letter(BaseModel):
    json_name: ClassVar[str] = "letters"

    id = AutoField()
    kind = CharField(max_length=30)
    title = CharField(max_length=300, default="")
    body = TextField(default="")
    #: JSON: the records the letter cites {"incidents": [..], "communications": [..], "provisions": [..]}.
    selection = TextField(default="{}")
    #: JSON: answers the letter needs that the case does not hold (recipient, proposed resolution, …).
    details = TextField(default="{}")
    created_at = CharField(max_length=40, default="")
    updated_at = CharField(max_length=40, default="")
    #: When the parent sent it (a records request's 45 days count from here).
    sent_on = DateField(null=True)
    #: The language it is written in ("en", "es"; schema v8, English before).
    language = CharField(max_length=5, default="en")
    #: On the parent's copy in another language: the id of the letter it is a copy of (schema v8).
    #: A plain id, not a foreign key: the copy is deleted with its letter by iepdesk.letters.drafts.
    copy_of = IntegerField(null=True)


class LetterRevision(BaseModel):
    json_name: ClassVar[str] = "letter_revisions"

    id = AutoField()
    letter = ForeignKeyField(Letter, backref="revisions", on_delete="CASCADE")
    saved_at = CharField(max_length=40)
    body = TextField()
