"""`python -m jan20.lang`: write `_compiled.py` from the data files (run it after editing one)."""

from pathlib import Path

from . import compiled_source

Path(__file__).with_name("_compiled.py").write_text(compiled_source(), encoding="utf-8")
