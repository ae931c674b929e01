"""The IEPDesk desktop application (PySide6). It calls the core in ``iepdesk``; never the reverse."""
