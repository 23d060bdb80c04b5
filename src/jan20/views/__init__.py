"""Views over the index: the tables people open jan20 for, built from stored extraction rows."""
