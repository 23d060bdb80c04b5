"""Text: one folding of case, accents and script, one number reader, dates, and the event's own date."""
