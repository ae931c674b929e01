"""Schedules and sums: school days, expected sessions, the ledger, calendar files."""
