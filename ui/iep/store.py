"""What the IEP screens read from the case: kept here for the views that import it from this module;
the reads, checks and creations are the core's (iepdesk.iep.store)."""

from __future__ import annotations

from iepdesk.iep.store import (
    ProvisionRow,
    VersionList,
    VersionRow,
    answered,
    blank_values,
    check,
    child_name,
    compare_versions,
    create_version,
    first_version_kind,
    list_provisions,
    list_versions,
    start_next,
    today,
)

__all__ = [
    "ProvisionRow",
    "VersionList",
    "VersionRow",
    "answered",
    "blank_values",
    "check",
    "child_name",
    "compare_versions",
    "create_version",
    "first_version_kind",
    "list_provisions",
    "list_versions",
    "start_next",
    "today",
]
