"""The document vault: files stored inside the encrypted case, their text, and emails."""
