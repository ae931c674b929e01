"""The document vault's screens: the list, the preview, the details, importing and exporting."""
