"""`python -m jan20.lang`: write `_compiled.py` from the data files (run it after editing one), with the gates the
extractors derive from their patterns (`jan20.extract._recorded`): it imports every extractor module, which
derives them, and records each derived anew."""

import importlib
import pkgutil
from pathlib import Path

import jan20.extract
from jan20.extract import _recorded

from . import compiled_source

for module in pkgutil.iter_modules(jan20.extract.__path__):
    importlib.import_module(f"jan20.extract.{module.name}")
Path(__file__).with_name("_compiled.py").write_text(compiled_source() + _recorded.source(), encoding="utf-8")
