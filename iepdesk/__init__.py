"""IEPDesk core: the encrypted case, the domain, and what comes out of it.

Nothing under this package imports Qt; the desktop application lives in ``ui``.
"""

__version__ = "0.1.0"
APP_NAME = "IEPDesk"
