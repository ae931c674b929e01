"""The Calendar & log area: the month and week calendar, the service log, the ledger of minutes owed,
the school's record beside the parent's, the school calendar and the counting rules. Views hold layout;
the core (iepdesk.schedule) holds every read, write and rule.
"""
