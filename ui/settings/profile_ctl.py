"""The child's profile and the team: kept here for the pages that import them from the shell; the
reads, writes and rules are the core's (iepdesk.profile)."""

from __future__ import annotations

from iepdesk.profile import (
    ChildProfile,
    ContactData,
    add_contact,
    delete_contact,
    list_contacts,
    load_profile,
    move_contact,
    save_profile,
    update_contact,
)

__all__ = [
    "ChildProfile",
    "ContactData",
    "add_contact",
    "delete_contact",
    "list_contacts",
    "load_profile",
    "move_contact",
    "save_profile",
    "update_contact",
]
