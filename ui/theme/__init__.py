"""The small design system: tokens (colours of the light and dark schemes, type scale, spacing,
radii, focus ring) and the code that puts them into effect.

    from ui.theme import current, spacing, apply_theme

``current()`` is the active scheme's :class:`~ui.theme.tokens.Tokens`; its colours are ``"#rrggbb"``
strings (``QColor(current().status.delivered)``). ``spacing(n)`` is n * 4 px. ``apply_theme(app,
choice)`` sets the palette, the Fusion style and the small stylesheet for "system", "light" or "dark"
(``IEPDESK_THEME`` overrides the choice).
"""

from ui.theme.apply import CHOICES, apply_theme, choice, current, resolve
from ui.theme.tokens import DARK, LIGHT, METRICS, Tokens, blend, spacing

__all__ = [
    "CHOICES",
    "DARK",
    "LIGHT",
    "METRICS",
    "Tokens",
    "apply_theme",
    "blend",
    "choice",
    "current",
    "resolve",
    "spacing",
]
