"""jan20: a command-line archive explorer for the record of 20 January 1990 in Baku."""

__version__ = "0.1.0"
