"""Queries over the index: browsing, search, and the library function behind each command (each returns typed
records)."""
