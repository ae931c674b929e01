"""How strong a passphrase looks (zxcvbn), said in plain words."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ui.i18n import translate

MIN_CHARS = 8
#: zxcvbn slows down on very long input; the first characters are enough to judge.
_CHECKED_CHARS = 64
#: Scores below this ask the parent to confirm before going on.
GOOD_SCORE = 3


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) to 4 (strong)
    label: str
    advice: str

    @property
    def weak(self) -> bool:
        return self.score < GOOD_SCORE


def judge(passphrase: str, hints: list[str] | None = None) -> Strength:
    """Score ``passphrase``; ``hints`` are words to count as guessable (like the child's name)."""
    if not passphrase:
        return Strength(0, "", "")
    from zxcvbn import zxcvbn  # loaded on first use: it is not needed at start-up

    result = zxcvbn(passphrase[:_CHECKED_CHARS], user_inputs=[h for h in (hints or []) if h])
    score = int(result["score"])
    labels = [
        translate("Strength", "Very weak"),
        translate("Strength", "Weak"),
        translate("Strength", "Fair"),
        translate("Strength", "Good"),
        translate("Strength", "Strong"),
    ]
    feedback = result.get("feedback") or {}
    parts = [feedback.get("warning") or "", *(feedback.get("suggestions") or [])]
    # The warning and the first suggestion are enough; a long list is hard to read when tired.
    unique = [p.strip() for p in dict.fromkeys(parts) if p and p.strip()][:2]
    advice = " ".join(_sentence(QCoreApplication.translate("zxcvbn", p)) for p in unique)
    if len(passphrase) < MIN_CHARS:
        advice = translate("Strength", "Use at least {n} characters.").format(n=MIN_CHARS) + (
            " " + advice if advice else ""
        )
    elif not advice and score < GOOD_SCORE:
        advice = translate(
            "Strength", "A few unrelated words make a passphrase that is strong and easy to remember."
        )
    return Strength(score, labels[score], advice)


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."
