"""The gates recorded in `jan20.lang._compiled` (`jan20.extract._recorded`) are those derived now."""

from __future__ import annotations

import importlib
import pkgutil
import re

import jan20.extract
from jan20.extract import _gate, _recorded
from jan20.lang import _compiled

for _module in pkgutil.iter_modules(jan20.extract.__path__):  # (each derives its gates as it is imported)
    importlib.import_module(f"jan20.extract.{_module.name}")
# What importing the extractors derives, taken at collection: tests run before these in the same worker may derive
# gates of their own patterns (as test_a_pattern_not_recorded_is_derived does), which no record holds.
_MADE_ON_IMPORT = dict(_recorded.MADE)


def test_the_record_is_of_this_code() -> None:
    assert _recorded.CODE, "the deriving modules' sources cannot be read"
    assert _compiled.GATES_CODE == _recorded.CODE, "run: python -m jan20.lang"


def test_every_gate_the_extractors_derive_is_recorded() -> None:
    missing = sorted(set(_MADE_ON_IMPORT) - set(_compiled.GATES))
    assert len(_MADE_ON_IMPORT) > 100
    assert not missing, f"run: python -m jan20.lang ({len(missing)} gates not recorded)"


def test_each_recorded_gate_is_the_one_derived_now() -> None:
    differ = [at for at, derive in _MADE_ON_IMPORT.items() if _compiled.GATES.get(at) != derive()]
    assert not differ, differ


def test_a_pattern_not_recorded_is_derived() -> None:
    pattern = re.compile(r"\b(?:laid|placed)\s+(?:a\s+)?wreaths?\b", re.IGNORECASE)
    assert _recorded.key("literals", pattern.pattern, pattern.flags) not in _compiled.GATES
    assert _gate.LiteralGate.of(pattern).literals == ("wreath",)
    assert _recorded.key("literals", pattern.pattern, pattern.flags) in _recorded.MADE
    # the same source with other flags is another record
    assert _recorded.key("literals", "x", 0) != _recorded.key("literals", "x", re.IGNORECASE)
