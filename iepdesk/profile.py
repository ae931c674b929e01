"""The child's profile, the family's details and the team: every read and write of them.

The window, the CLI and the tests call these functions; each returns frozen dataclasses (no model
object leaves the core). Each rule is checked here once: the child's name and a team member's name
cannot be empty; every text is trimmed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from iepdesk.errors import UsageError
from iepdesk.i18n import N_, _
from iepdesk.model import Child, Contact, database
from iepdesk.model.child import TEAM_ROLES

__all__ = [
    "TEAM_ROLES",
    "ChildProfile",
    "ContactData",
    "FamilyDetails",
    "add_contact",
    "child_name",
    "delete_contact",
    "list_contacts",
    "load_details",
    "load_profile",
    "load_state",
    "move_contact",
    "save_all",
    "save_profile",
    "save_state",
    "update_contact",
]

CHILD_NAME_EMPTY = N_("The child's name cannot be empty.")
CONTACT_NAME_EMPTY = N_("A team member needs a name.")


@dataclass(frozen=True)
class ChildProfile:
    name: str
    date_of_birth: date | None = None
    grade: str = ""
    school: str = ""
    district: str = ""


@dataclass(frozen=True)
class FamilyDetails:
    """The rest of the Child record that deadlines and letters need: the last evaluation (the
    reevaluation counts from it), the home address, the parent's name and contact details."""

    last_evaluation_date: date | None = None
    home_address: str = ""
    parent_name: str = ""
    parent_email: str = ""
    parent_phone: str = ""
    parent_address: str = ""


@dataclass(frozen=True)
class ContactData:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    id: int | None = None


# ---- the child ----------------------------------------------------------------------------------


def child_name() -> str:
    return str(Child.the_child().name)


def load_profile() -> ChildProfile:
    child = Child.the_child()
    return ChildProfile(
        name=child.name,
        date_of_birth=child.date_of_birth,
        grade=child.grade,
        school=child.school,
        district=child.district,
    )


def _clean_profile(profile: ChildProfile) -> ChildProfile:
    name = profile.name.strip()
    if not name:
        raise UsageError(_(CHILD_NAME_EMPTY))
    return replace(
        profile,
        name=name,
        grade=profile.grade.strip(),
        school=profile.school.strip(),
        district=profile.district.strip(),
    )


def save_profile(profile: ChildProfile) -> ChildProfile:
    """Save the name, birth date, grade, school and district; returns what was saved (trimmed)."""
    cleaned = _clean_profile(profile)
    child = Child.the_child()
    child.name = cleaned.name
    child.date_of_birth = cleaned.date_of_birth
    child.grade = cleaned.grade
    child.school = cleaned.school
    child.district = cleaned.district
    child.save()
    return cleaned


def load_state() -> str:
    """The child's state, a two-letter postal code ("CA"); "" = not set (the federal rules only)."""
    return str(Child.the_child().state or "")


def save_state(code: str) -> str:
    """Save the child's state (a postal code, any case; "" = not set); refuses a code that is not a
    state's (UsageError). Returns what was saved."""
    from iepdesk.states.codes import clean_code

    cleaned = clean_code(code)
    child = Child.the_child()
    child.state = cleaned
    child.save(only=[Child.state])
    return cleaned


def load_details() -> FamilyDetails:
    child = Child.the_child()
    return FamilyDetails(
        last_evaluation_date=child.last_evaluation_date,
        home_address=child.home_address or "",
        parent_name=child.parent_name or "",
        parent_email=child.parent_email or "",
        parent_phone=child.parent_phone or "",
        parent_address=child.parent_address or "",
    )


def save_all(profile: ChildProfile, details: FamilyDetails) -> tuple[ChildProfile, FamilyDetails]:
    """Save the profile and the family's details in one transaction; returns what was saved (trimmed)."""
    cleaned = FamilyDetails(
        last_evaluation_date=details.last_evaluation_date,
        home_address=details.home_address.strip(),
        parent_name=details.parent_name.strip(),
        parent_email=details.parent_email.strip(),
        parent_phone=details.parent_phone.strip(),
        parent_address=details.parent_address.strip(),
    )
    with database.atomic():
        saved = save_profile(profile)
        child = Child.the_child()
        child.last_evaluation_date = cleaned.last_evaluation_date
        child.home_address = cleaned.home_address
        child.parent_name = cleaned.parent_name
        child.parent_email = cleaned.parent_email
        child.parent_phone = cleaned.parent_phone
        child.parent_address = cleaned.parent_address
        child.save()
    return saved, cleaned


# ---- the team -----------------------------------------------------------------------------------


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


def _clean_contact(data: ContactData) -> ContactData:
    name = data.name.strip()
    if not name:
        raise UsageError(_(CONTACT_NAME_EMPTY))
    return replace(
        data, name=name, role=data.role.strip(), email=data.email.strip(), phone=data.phone.strip()
    )


def add_contact(data: ContactData) -> ContactData:
    """A new team member at the end of the list."""
    data = _clean_contact(data)
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
    data = _clean_contact(data)
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
