"""The files that make up one case, by name only: nothing here opens them.

Kept apart from ``case`` so that finding a case's files (the welcome window's recent list, a file
chooser's suffix) imports neither SQLCipher nor peewee (issue 14).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

KEYS_SUFFIX = ".keys"
SUGGESTED_SUFFIX = ".iepcase"


@dataclass(frozen=True)
class CasePaths:
    """The files that make up one case."""

    db: Path
    keys: Path

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> CasePaths:
        db = Path(path).expanduser().absolute()
        return cls(db=db, keys=db.with_name(db.name + KEYS_SUFFIX))

    def any_exists(self) -> bool:
        return self.db.exists() or self.keys.exists()
