"""The IEP domain: which version is in effect, clarity of provisions, comparing versions.

The value types the window needs are exported here, so ui/ never imports iepdesk.model:
``from iepdesk.iep import ProvisionKind``. Reads are iepdesk.iep.store, reversible edits
iepdesk.iep.edits.
"""

from iepdesk.iep.versions import DisplayStatus, TimelineIssue
from iepdesk.model.iep import Delivery, HowGiven, Period, ProvisionKind, VersionKind, VersionStatus

__all__ = [
    "Delivery",
    "DisplayStatus",
    "HowGiven",
    "Period",
    "ProvisionKind",
    "TimelineIssue",
    "VersionKind",
    "VersionStatus",
]
