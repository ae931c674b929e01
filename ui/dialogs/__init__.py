"""Dialogs: unlock, recovery, passphrase change, contacts, about."""
