"""The child's state and its own rules: postal codes (``codes``), the shipped rules (``rules``),
business and school days (``days``), the parent's own figures (``own``), the stricter of federal
and state (``apply``), due process and reimbursement limits (``limits``), documents before a
meeting (``meetings``). docs/state-rules.md lists every rule with its citation and source.
"""

from __future__ import annotations

from iepdesk.states.codes import STATES, State, clean_code, state_name, states_by_name

__all__ = ["STATES", "State", "clean_code", "state_name", "states_by_name"]
