"""The 50 states and the District of Columbia: postal code, name in English and in Spanish.

A case's state is one of these codes, or "" (not set: the federal rules only).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from iepdesk import i18n
from iepdesk.errors import UsageError
from iepdesk.i18n import N_, _

UNKNOWN_STATE = N_("{code} is not a US state's two-letter postal code (for example CA or TX).")


@dataclass(frozen=True)
class State:
    code: str
    en: str
    es: str

    @property
    def name(self) -> str:
        """The name in the language the core writes in now."""
        return self.es if i18n.current() == "es" else self.en


_ROWS = (
    ("AL", "Alabama", "Alabama"),
    ("AK", "Alaska", "Alaska"),
    ("AZ", "Arizona", "Arizona"),
    ("AR", "Arkansas", "Arkansas"),
    ("CA", "California", "California"),
    ("CO", "Colorado", "Colorado"),
    ("CT", "Connecticut", "Connecticut"),
    ("DE", "Delaware", "Delaware"),
    ("DC", "District of Columbia", "Distrito de Columbia"),
    ("FL", "Florida", "Florida"),
    ("GA", "Georgia", "Georgia"),
    ("HI", "Hawaii", "Hawái"),
    ("ID", "Idaho", "Idaho"),
    ("IL", "Illinois", "Illinois"),
    ("IN", "Indiana", "Indiana"),
    ("IA", "Iowa", "Iowa"),
    ("KS", "Kansas", "Kansas"),
    ("KY", "Kentucky", "Kentucky"),
    ("LA", "Louisiana", "Luisiana"),
    ("ME", "Maine", "Maine"),
    ("MD", "Maryland", "Maryland"),
    ("MA", "Massachusetts", "Massachusetts"),
    ("MI", "Michigan", "Míchigan"),
    ("MN", "Minnesota", "Minnesota"),
    ("MS", "Mississippi", "Misisipi"),
    ("MO", "Missouri", "Misuri"),
    ("MT", "Montana", "Montana"),
    ("NE", "Nebraska", "Nebraska"),
    ("NV", "Nevada", "Nevada"),
    ("NH", "New Hampshire", "Nuevo Hampshire"),
    ("NJ", "New Jersey", "Nueva Jersey"),
    ("NM", "New Mexico", "Nuevo México"),
    ("NY", "New York", "Nueva York"),
    ("NC", "North Carolina", "Carolina del Norte"),
    ("ND", "North Dakota", "Dakota del Norte"),
    ("OH", "Ohio", "Ohio"),
    ("OK", "Oklahoma", "Oklahoma"),
    ("OR", "Oregon", "Oregón"),
    ("PA", "Pennsylvania", "Pensilvania"),
    ("RI", "Rhode Island", "Rhode Island"),
    ("SC", "South Carolina", "Carolina del Sur"),
    ("SD", "South Dakota", "Dakota del Sur"),
    ("TN", "Tennessee", "Tennessee"),
    ("TX", "Texas", "Texas"),
    ("UT", "Utah", "Utah"),
    ("VT", "Vermont", "Vermont"),
    ("VA", "Virginia", "Virginia"),
    ("WA", "Washington", "Washington"),
    ("WV", "West Virginia", "Virginia Occidental"),
    ("WI", "Wisconsin", "Wisconsin"),
    ("WY", "Wyoming", "Wyoming"),
)

STATES: dict[str, State] = {code: State(code, en, es) for code, en, es in _ROWS}


def clean_code(code: str) -> str:
    """``code`` trimmed and upper-cased if it is a state's (or "" for not set); refused otherwise."""
    cleaned = code.strip().upper()
    if cleaned and cleaned not in STATES:
        raise UsageError(_(UNKNOWN_STATE).format(code=code.strip()))
    return cleaned


def state_name(code: str) -> str:
    """The state's name now ("California"), "" for not set."""
    found = STATES.get(code)
    return found.name if found is not None else ""


def states_by_name() -> list[State]:
    """Every state, by its name in the current language, in reading order: accents and case do not
    move a name ("Míchigan" comes before "Minnesota", not after "Montana")."""
    return sorted(STATES.values(), key=lambda s: folded(s.name))


def folded(text: str) -> str:
    """``text`` without accents and case, for sorting and for matching what a parent types."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_starts_with(name: str, typed: str) -> bool:
    """Whether ``name`` begins with ``typed``, accents and case aside: "Michigan" and "mic" find
    "Míchigan", "nueva y" finds "Nueva York"."""
    return folded(name).startswith(folded(typed))
