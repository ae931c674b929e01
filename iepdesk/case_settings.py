"""Settings that belong to one case (they travel with it and are exported with it).

Each is declared once here with its type, default and a plain explanation; stored as JSON text in the
``case_setting`` table. The debatable counting rules of the ledger live here (docs/counting-rules.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

from iepdesk.i18n import _
from iepdesk.model import CaseSetting
from iepdesk.schedule.reasons import default_excused

PARTIAL_SLOT_RULES = ("min_days", "prorate")
VERSION_CHANGE_RULES = ("first_day", "newer")
#: The longest wait for a progress report the parent can set (a school term).
MAX_GRACE_DAYS = 120


@dataclass
class CaseSettings:
    #: Flag a service when less than this share of the recorded required minutes was provided.
    shortfall_threshold_pct: int = 85
    #: A week (or month) with fewer school days than usual: "min_days" expects the full number of
    #: sessions unless there are fewer school days than sessions; "prorate" scales by school days.
    partial_slot_rule: str = "min_days"
    #: An IEP change in the middle of a week or month: "first_day" uses the version in effect on the
    #: first school day of that week or month; "newer" uses the newer version for the whole of it.
    version_change_rule: str = "first_day"
    #: Missed-session reasons that excuse the school (the minutes are not owed); the defaults and
    #: their sources are declared once, in iepdesk/schedule/reasons.py.
    excused_reasons: tuple[str, ...] = default_excused()
    #: Days after a progress report's expected date before it counts as not received (our default,
    #: not a rule of law: schools often send reports a little after the grading period ends).
    progress_report_grace_days: int = 14

    def validate(self) -> None:
        if not 0 <= self.shortfall_threshold_pct <= 100:
            raise ValueError(_("The threshold is a percentage from 0 to 100."))
        if not 0 <= self.progress_report_grace_days <= MAX_GRACE_DAYS:
            raise ValueError(
                _("The days to wait for a progress report are a number from 0 to {most}.").format(
                    most=MAX_GRACE_DAYS
                )
            )
        if self.partial_slot_rule not in PARTIAL_SLOT_RULES:
            raise ValueError(f"partial_slot_rule must be one of {', '.join(PARTIAL_SLOT_RULES)}")
        if self.version_change_rule not in VERSION_CHANGE_RULES:
            raise ValueError(f"version_change_rule must be one of {', '.join(VERSION_CHANGE_RULES)}")


def stored_json(key: str) -> Any:
    """What the case setting ``key`` holds, decoded (None when not set or not JSON): one plain query,
    as the deadlines read some settings once per incident."""
    from iepdesk.model import database

    row = database.execute_sql("SELECT value FROM case_setting WHERE key = ?", (key,)).fetchone()
    if row is None:
        return None
    try:
        return json.loads(row[0])
    except ValueError:
        return None


def store_json(key: str, value: Any) -> None:
    """Save ``value`` (JSON) as the case setting ``key``."""
    CaseSetting.insert(key=key, value=json.dumps(value)).on_conflict_replace().execute()


def load() -> CaseSettings:
    settings = CaseSettings()
    stored = {row.key: row.value for row in CaseSetting.select()}
    for spec in fields(CaseSettings):
        if spec.name not in stored:
            continue
        try:
            value: Any = json.loads(stored[spec.name])
        except ValueError:
            continue
        default = getattr(settings, spec.name)
        if isinstance(default, tuple) and isinstance(value, list):
            value = tuple(str(v) for v in value)
        if type(value) is type(default):
            setattr(settings, spec.name, value)
    try:
        settings.validate()
    except ValueError:
        return CaseSettings()
    return settings


def save(settings: CaseSettings) -> None:
    settings.validate()
    for spec in fields(CaseSettings):
        value = getattr(settings, spec.name)
        encoded = json.dumps(list(value) if isinstance(value, tuple) else value)
        CaseSetting.insert(key=spec.name, value=encoded).on_conflict_replace().execute()
