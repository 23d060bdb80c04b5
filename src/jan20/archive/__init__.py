"""The index: where it and the archive are, its lock, the folder's walk, the schema, freshness, writing, the full
text, and the facts extracted on first use."""
