"""The Letters & binder area: letter and complaint drafts, the meeting binder, and next steps."""
