"""The Overview area: the first page after unlocking (what is coming up, the minutes owed, the IEP)."""
