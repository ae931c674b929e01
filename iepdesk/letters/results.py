"""What the element check of a letter returns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ElementCheck:
    id: str
    label: str
    present: bool


@dataclass(frozen=True)
class LetterCheck:
    elements: list[ElementCheck]
    #: Filing windows, copies to send, and other things to know before sending.
    warnings: list[str]
    source: str
    #: Every [placeholder] still in the text, in order.
    placeholders: list[str] = field(default_factory=list)
    #: Lines marked as older than the kind's filing window (they can be left out).
    outside_window: list[str] = field(default_factory=list)

    @property
    def missing(self) -> list[ElementCheck]:
        return [e for e in self.elements if not e.present]
