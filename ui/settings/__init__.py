"""The Settings area: the child's and family's details, the team, and the program's settings."""
