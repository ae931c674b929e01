"""The communication log's screens: the list, the entry form, pasting emails, the tone check."""
