"""The child's and parent's details that deadlines and letters need, beside the profile the shell saves.

ui.controllers.profile saves the name, birth date, grade, school and district; this saves the rest of
the Child record (the last evaluation, the home address, the parent's name and contact details), in
the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from iepdesk.model import Child, database
from ui.controllers import profile
from ui.controllers.profile import ChildProfile


@dataclass(frozen=True)
class FamilyDetails:
    last_evaluation_date: date | None = None
    home_address: str = ""
    parent_name: str = ""
    parent_email: str = ""
    parent_phone: str = ""
    parent_address: str = ""


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


def save_all(child_profile: ChildProfile, details: FamilyDetails) -> tuple[ChildProfile, FamilyDetails]:
    """Save both at once; returns what was saved (trimmed)."""
    cleaned = FamilyDetails(
        last_evaluation_date=details.last_evaluation_date,
        home_address=details.home_address.strip(),
        parent_name=details.parent_name.strip(),
        parent_email=details.parent_email.strip(),
        parent_phone=details.parent_phone.strip(),
        parent_address=details.parent_address.strip(),
    )
    with database.atomic():
        saved = profile.save_profile(child_profile)
        child = Child.the_child()
        child.last_evaluation_date = cleaned.last_evaluation_date
        child.home_address = cleaned.home_address
        child.parent_name = cleaned.parent_name
        child.parent_email = cleaned.parent_email
        child.parent_phone = cleaned.parent_phone
        child.parent_address = cleaned.parent_address
        child.save()
    return saved, cleaned
