"""Code that reacts to the user and calls the core; the pages hold only layout."""
