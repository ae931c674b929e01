"""One page per area of the case, shown in the main window."""
