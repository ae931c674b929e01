"""What comes out of a case: PDFs made with reportlab (imported only when needed)."""
