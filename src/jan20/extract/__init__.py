"""Extractors: pure functions from article text to rows (anniversaries, attendees, casualties)."""
