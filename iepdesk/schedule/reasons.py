"""Why a session was missed: every reason declared once, with its default and where it comes from.

The table is the one place a reason's default lives: the case setting *Excused reasons* starts from
it (the parent can change it per case), docs/counting-rules.md lists it, and the import check allows
exactly these codes. A missed entry with no reason counts as "unknown".
"""

from __future__ import annotations

from dataclasses import dataclass

from iepdesk.i18n import N_, _
from iepdesk.model.calendar import LogReason

_OWED = N_(
    "The IEP sets the service's frequency and duration (34 CFR 300.320(a)(7)) and the school must "
    "provide it as written (34 CFR 300.323(c)(2)); the school's own scheduling does not reduce it."
)


@dataclass(frozen=True)
class Reason:
    code: str
    label: str
    #: Excused by default: the minutes are not owed and are left out of the rate.
    excused: bool
    #: Where the default comes from, in words a parent can look up.
    source: str
    #: Counted as missed but flagged for the parent to ask the school what happened.
    ask_the_school: bool = False

    def label_text(self) -> str:
        """The label in the current language ("Student absent" / "Estudiante ausente")."""
        return _(self.label)

    def source_text(self) -> str:
        """Where the default comes from, in the current language."""
        return _(self.source)


REASONS: tuple[Reason, ...] = (
    Reason(LogReason.NOT_SCHEDULED.value, N_("Not scheduled"), False, _OWED),
    Reason(LogReason.PROVIDER_REASSIGNED.value, N_("Provider reassigned to other duties"), False, _OWED),
    Reason(LogReason.SCHOOL_EVENT.value, N_("School event or assembly"), False, _OWED),
    Reason(LogReason.TESTING.value, N_("Testing"), False, _OWED),
    Reason(
        LogReason.DELAYED_START.value,
        N_("Delayed start or early release"),
        False,
        N_(
            "Early-release and late-start days are school days (this document, School days); The IEP "
            "sets the service's frequency and duration (34 CFR 300.320(a)(7)) and the school must "
            "provide it as written (34 CFR 300.323(c)(2)); the school's own scheduling does not reduce it."
        ),
    ),
    Reason(
        LogReason.STUDENT_ABSENT.value,
        N_("Student absent"),
        True,
        N_(
            "OSEP, Letter to Balkman (1995): when the student is absent and the service was offered, the "
            "school need not make the session up (a team may still decide otherwise)."
        ),
    ),
    Reason(
        LogReason.STUDENT_REFUSED.value,
        N_("Student refused"),
        False,
        N_(
            "Schools are expected to try again and to address refusal through the IEP (behaviour, "
            "34 CFR 300.324(a)(2)(i)); a parent may change this default."
        ),
    ),
    Reason(
        LogReason.SCHOOL_CLOSED.value,
        N_("School closed"),
        True,
        N_(
            "US Department of Education, Q&A on services during the COVID-19 outbreak (March 2020), A-1: "
            "when a school is closed and serves no students, it need not serve students with disabilities."
        ),
    ),
    Reason(
        LogReason.PROVIDER_ABSENT.value,
        N_("Provider absent"),
        False,
        N_(
            "The service is the school's duty, not the provider's (34 CFR 300.17, 300.323(c)(2)); an "
            "absent provider is to be covered or the session made up."
        ),
    ),
    Reason(
        LogReason.UNKNOWN.value,
        N_("Unknown"),
        False,
        N_("Nothing excuses the session until the school says why: counted as missed; ask the school."),
        ask_the_school=True,
    ),
)

BY_CODE: dict[str, Reason] = {r.code: r for r in REASONS}


def reason_label(code: str | None) -> str:
    """A reason's label in the current language; a code not in the table as it is; "" for none."""
    if not code:
        return ""
    found = BY_CODE.get(code)
    return found.label_text() if found else code


def default_excused() -> tuple[str, ...]:
    return tuple(r.code for r in REASONS if r.excused)


def asks_the_school(reason: str | None) -> bool:
    """A missed entry whose reason is unknown (or not given): counted as missed, ask the school."""
    found = BY_CODE.get(reason or LogReason.UNKNOWN.value)
    return found is None or found.ask_the_school
