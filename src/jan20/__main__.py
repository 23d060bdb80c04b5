"""`python -m jan20`."""

from jan20.cli import main

main()
