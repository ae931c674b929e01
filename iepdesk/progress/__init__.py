"""Progress toward the IEP's goals: data points, the school's progress reports, trends and flags.

``values`` reads a typed number; ``points`` records data points; ``lines`` follows a goal across IEP
versions with its aim line; ``trend`` fits the points and says when they disagree with the school's
stated status; ``reports`` lists the reports the IEP promises and records those received; ``summary``
puts one goal's whole picture together for the window, the binder, letters and the command line.
docs/progress.md explains each rule with an example.
"""
