"""Reading the school's own service-log exports (issue 13): CSV/TSV, Excel and PDF printouts into a
:class:`Table`; :func:`read_table_bounded` reads in a child process with memory and time limits."""

from __future__ import annotations

from iepdesk.logimport.table import Table, TableError, read_table, read_table_bounded

__all__ = ["Table", "TableError", "read_table", "read_table_bounded"]
