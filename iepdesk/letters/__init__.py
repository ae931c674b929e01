"""Letters and complaint drafts, filled from the case."""
