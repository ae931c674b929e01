"""When each entry was written and what it said before it was changed (issue 18).

``versions`` reads the history the case's triggers keep; ``chain`` computes the fingerprint a binder
prints and ``verify`` says what changed since one was printed."""
