"""Reading documents into articles: which files are documents, their bytes and formats, the catalog, sections,
page chrome, sources, and each article's date and year."""
