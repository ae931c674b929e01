"""The parent's own figures: a state's limit the app has no rule for, typed by the parent or advocate.

Stored in the case (a CaseSetting row, JSON), one per topic; used in the stricter-of comparison where
the app has no rule of its own for the case's state and topic, and always shown as "your own figure".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from iepdesk.case_settings import store_json, stored_json
from iepdesk.errors import UsageError
from iepdesk.i18n import N_, _
from iepdesk.states.rules import TOPICS, UNITS

SETTING_KEY = "own_state_figures"
#: The units a parent can choose for each topic (what the topic's clock can be counted in).
TOPIC_UNITS = {
    "records_response": ("calendar_days", "business_days", "school_days"),
    "before_meeting": ("calendar_days", "business_days", "school_days", "hours"),
    "meeting_notice": ("calendar_days", "business_days", "school_days"),
    "due_process": ("calendar_days", "months", "years"),
    "reimbursement_placement": ("calendar_days", "months", "years"),
}
BAD_NUMBER = N_("The figure is a whole number from 1 to 999.")
BAD_UNIT = N_("That unit does not fit this deadline.")
BAD_TOPIC = N_("That is not a deadline a figure can be recorded for.")


@dataclass(frozen=True)
class OwnFigure:
    topic: str
    number: int
    unit: str
    #: The citation or notes, as the parent typed them.
    notes: str = ""


def _read() -> dict[str, OwnFigure]:
    raw = stored_json(SETTING_KEY)
    out: dict[str, OwnFigure] = {}
    for item in raw if isinstance(raw, list) else []:
        try:
            figure = _clean(
                OwnFigure(str(item["topic"]), int(item["number"]), str(item["unit"]), str(item["notes"]))
            )
        except (KeyError, TypeError, ValueError, UsageError):
            continue
        out[figure.topic] = figure
    return out


def _clean(figure: OwnFigure) -> OwnFigure:
    if figure.topic not in TOPICS:
        raise UsageError(_(BAD_TOPIC))
    if not 1 <= figure.number <= 999:
        raise UsageError(_(BAD_NUMBER))
    if figure.unit not in UNITS or figure.unit not in TOPIC_UNITS[figure.topic]:
        raise UsageError(_(BAD_UNIT))
    return OwnFigure(figure.topic, figure.number, figure.unit, figure.notes.strip())


def _write(figures: dict[str, OwnFigure]) -> None:
    store_json(SETTING_KEY, [asdict(f) for _topic, f in sorted(figures.items())])


def own_figures() -> dict[str, OwnFigure]:
    """The figures recorded in the case, by topic."""
    return _read()


def own_figure(topic: str) -> OwnFigure | None:
    return _read().get(topic)


def set_own_figure(figure: OwnFigure) -> OwnFigure:
    """Record (or replace) the figure for its topic; returns what was saved."""
    cleaned = _clean(figure)
    figures = _read()
    figures[cleaned.topic] = cleaned
    _write(figures)
    return cleaned


def clear_own_figure(topic: str) -> None:
    figures = _read()
    if figures.pop(topic, None) is not None:
        _write(figures)


def save_own_figures(changes: dict[str, OwnFigure | None]) -> dict[str, OwnFigure]:
    """Record or (with None) remove the figure of each topic named, all or none: a figure that does
    not fit refuses the whole change (UsageError). Topics not named are kept. Returns every figure."""
    for topic, figure in changes.items():
        if topic not in TOPICS or (figure is not None and figure.topic != topic):
            raise UsageError(_(BAD_TOPIC))
    cleaned = {topic: _clean(f) if f is not None else None for topic, f in changes.items()}
    figures = _read()
    for topic, figure in cleaned.items():
        if figure is None:
            figures.pop(topic, None)
        else:
            figures[topic] = figure
    _write(figures)
    return figures
