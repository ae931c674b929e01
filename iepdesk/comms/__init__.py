"""Communications with the school: the log of emails, calls and meetings, and the tone check."""
