"""The child's profile and the team, read and written through the core's models."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from iepdesk.errors import UsageError
from iepdesk.model import Child, Contact, database


@dataclass(frozen=True)
class ChildProfile:
    name: str
    date_of_birth: date | None = None
    grade: str = ""
    school: str = ""
    district: str = ""


@dataclass(frozen=True)
class ContactData:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    id: int | None = None


def load_profile() -> ChildProfile:
    child = Child.the_child()
    return ChildProfile(
        name=child.name,
        date_of_birth=child.date_of_birth,
        grade=child.grade,
        school=child.school,
        district=child.district,
    )


def save_profile(profile: ChildProfile) -> ChildProfile:
    name = profile.name.strip()
    if not name:
        raise UsageError("The child's name cannot be empty.")
    cleaned = replace(
        profile,
        name=name,
        grade=profile.grade.strip(),
        school=profile.school.strip(),
        district=profile.district.strip(),
    )
    child = Child.the_child()
    child.name = cleaned.name
    child.date_of_birth = cleaned.date_of_birth
    child.grade = cleaned.grade
    child.school = cleaned.school
    child.district = cleaned.district
    child.save()
    return cleaned


def _data(contact: Contact) -> ContactData:
    return ContactData(
        id=contact.id,
        name=contact.name,
        role=contact.role,
        email=contact.email,
        phone=contact.phone,
        notes=contact.notes,
    )


def list_contacts() -> list[ContactData]:
    return [_data(c) for c in Contact.ordered()]


def _clean(data: ContactData) -> ContactData:
    name = data.name.strip()
    if not name:
        raise UsageError("A team member needs a name.")
    return replace(
        data, name=name, role=data.role.strip(), email=data.email.strip(), phone=data.phone.strip()
    )


def add_contact(data: ContactData) -> ContactData:
    data = _clean(data)
    last = Contact.select(Contact.position).order_by(Contact.position.desc()).first()
    position = (last.position + 1) if last is not None else 0
    contact = Contact.create(
        name=data.name,
        role=data.role,
        email=data.email,
        phone=data.phone,
        notes=data.notes,
        position=position,
    )
    return _data(contact)


def update_contact(data: ContactData) -> ContactData:
    data = _clean(data)
    contact = Contact.get_by_id(data.id)
    contact.name, contact.role, contact.email = data.name, data.role, data.email
    contact.phone, contact.notes = data.phone, data.notes
    contact.save()
    return _data(contact)


def delete_contact(contact_id: int) -> None:
    Contact.delete().where(Contact.id == contact_id).execute()


def move_contact(contact_id: int, offset: int) -> None:
    """Move a contact up (negative) or down (positive) in the list, renumbering positions."""
    with database.atomic():
        contacts = Contact.ordered()
        ids = [c.id for c in contacts]
        if contact_id not in ids:
            return
        index = ids.index(contact_id)
        target = max(0, min(len(ids) - 1, index + offset))
        if target == index:
            return
        contacts.insert(target, contacts.pop(index))
        for position, contact in enumerate(contacts):
            if contact.position != position:
                contact.position = position
                contact.save(only=[Contact.position])
