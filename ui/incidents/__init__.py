"""The Incidents area: the list of incidents, its filters, and the dialog that records one."""
