"""The IEP area: versions, the provision editor with its live clarity check, undo, and comparison."""
