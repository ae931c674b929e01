"""The service log's and school calendar's kinds of value, for the window: it names them from here,
never from the models."""

from __future__ import annotations

from iepdesk.model.calendar import DayOffKind, EntryCounting, LogReason, LogSource, LogStatus

__all__ = ["DayOffKind", "EntryCounting", "LogReason", "LogSource", "LogStatus"]
