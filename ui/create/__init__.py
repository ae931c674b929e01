"""Creating a new case: the child's name, where to save, a passphrase, then the recovery kit."""
