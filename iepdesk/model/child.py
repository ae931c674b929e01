"""The child and the people on the child's team."""

from __future__ import annotations

from typing import ClassVar

from peewee import AutoField, CharField, DateField, IntegerField, TextField

from iepdesk.model.base import BaseModel

#: Suggestions offered for a contact's role; any text is allowed.
TEAM_ROLES = (
    "Case manager",
    "Special education teacher",
    "General education teacher",
    "Speech-language pathologist",
    "Occupational therapist",
    "Physical therapist",
    "School psychologist",
    "Counselor",
    "Principal",
    "District special education director",
    "Advocate",
    "Parent",
)


class Child(BaseModel):
    """The child this case is about. A case holds exactly one row."""

    json_name: ClassVar[str] = "child"

    id = AutoField()
    name = CharField(max_length=200)
    date_of_birth = DateField(null=True)
    grade = CharField(max_length=50, default="")
    school = CharField(max_length=200, default="")
    district = CharField(max_length=200, default="")
    #: Date of the last full evaluation (the three-year reevaluation counts from it).
    last_evaluation_date = DateField(null=True)
    #: The child's address of residence (a state complaint must include it: 34 CFR 300.153(b)(4)).
    home_address = TextField(default="")
    #: The parent (or whoever keeps the case): name and contact details, for letters and complaints.
    parent_name = CharField(max_length=200, default="")
    parent_email = CharField(max_length=200, default="")
    parent_phone = CharField(max_length=50, default="")
    parent_address = TextField(default="")
    #: The child's state, a two-letter postal code ("CA"); "" = not set: the federal rules only
    #: (schema 9, issue 19).
    state = CharField(max_length=2, default="")

    @classmethod
    def the_child(cls) -> Child:
        """The case's child (created with the case)."""
        child: Child = cls.select().order_by(cls.id).get()
        return child


class Contact(BaseModel):
    """A member of the team: teacher, provider, administrator, advocate."""

    json_name: ClassVar[str] = "contacts"

    id = AutoField()
    name = CharField(max_length=200)
    role = CharField(max_length=100, default="")
    email = CharField(max_length=200, default="")
    phone = CharField(max_length=50, default="")
    notes = TextField(default="")
    position = IntegerField(default=0)

    @classmethod
    def ordered(cls) -> list[Contact]:
        return list(cls.select().order_by(cls.position, cls.id))
