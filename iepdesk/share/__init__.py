"""A sealed copy to hand over (issue 18): an encrypted copy of the case, or of chosen parts, with its own
passphrase and recovery kit, opened read-only by IEPDesk.

- :mod:`iepdesk.share.marker`: what the copy records about itself (whose copy, when it was made).
- :mod:`iepdesk.share.readonly`: every connection of a shared copy is ``query_only``; edits are refused.
- :mod:`iepdesk.share.parts`: which parts go into the copy (a period, some services, chosen documents).
- :mod:`iepdesk.share.private`: the parent's private notes, left out when asked.
- :mod:`iepdesk.share.make`: writing the copy (encrypted from its first byte, moved into place whole).
"""
