"""The Calendar & log area: the month and week calendar, the service log, the ledger of minutes owed,
the school calendar and counting rules, and incidents. Views hold layout; the ops modules call the core.
"""
