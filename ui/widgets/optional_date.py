"""A date that may be unknown: a typed date field left empty shows "Not set"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from ui.widgets.date_field import DateField


class OptionalDateEdit(DateField):
    """A typed date that may be left empty ("Not set"); one Tab stop, like every date field.

    ``default_years_ago``: where the calendar opens while no date is set (a date of birth: years ago).
    ``changed`` fires when what the text means changes; ``set_value`` fills it without signalling."""

    def __init__(
        self, accessible_name: str, default_years_ago: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(accessible_name, optional=True, parent=parent)
        self.popup_default = lambda: _years_before(dt.date.today(), default_years_ago)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # February 29
        return day.replace(year=day.year - years, day=28)
