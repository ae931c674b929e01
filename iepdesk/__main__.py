"""``python -m iepdesk``: the command line (the window is ``python -m ui``)."""

import sys

from iepdesk.cli import main

sys.exit(main())
