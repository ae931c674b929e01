"""Share a copy (issue 18): the dialog that makes a sealed, read-only copy, its kit, and the banner a
shared copy shows when it is open."""
