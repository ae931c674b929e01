"""The IEP domain: which version is in effect, clarity of provisions, comparing versions."""
