"""One launch, timed from outside by ``benchmarks.startup_bench``: show a window, quit once it is shown.

``python -m benchmarks.startup_child welcome`` starts the application as ``iepdesk`` does
(``ui.shell.app.start``) and shows the welcome window; ``bare`` shows an empty QWidget the same way (the
floor). The event loop ends as soon as it has run once, after the window's first expose.
"""

from __future__ import annotations

import sys


def main(args: list[str]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    if args[:1] == ["welcome"]:
        from ui.shell.app import start

        app, _controller = start([])
    else:
        app = QApplication([sys.argv[0]])
        window = QWidget()
        window.setWindowTitle("floor")
        window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
