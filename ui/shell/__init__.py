"""The shell that holds the areas together: the application, the controller (welcome, unlock, create,
lock), the main window, the services every page is handed (the one task runner and file chooser), the
idle lock, the CasePage contract and the bundle's self-test."""
