"""The child's and parent's details that deadlines and letters need: kept here for the pages that
import them from this module; the reads, writes and rules are the core's (iepdesk.profile)."""

from __future__ import annotations

from iepdesk.profile import FamilyDetails, load_details, save_all

__all__ = ["FamilyDetails", "load_details", "save_all"]
