"""The cases of a parametrised test that asks for nothing but its parameters run as one test, which runs every case
and fails naming each case that failed, with its own report (what pytest would have printed for it alone).

Most of the suite is such cases: thousands of sentences and what should be read from each, a millisecond of work
apiece. Run as items of their own, each paid more than that again in pytest (its set-up, three reports sent from
the worker to the controller, the controller's bookkeeping): some 2 ms of CPU a case, a third of a run. A test
that asks for a fixture (tmp_path, run, capsys, …), or whose cases carry marks, keeps one item a case, as does a
case named on the command line (`pytest 'tests/test_roles.py::test_roles[…]'` runs that case alone, as before).
"""

from __future__ import annotations

import functools
import inspect
import itertools
from collections.abc import Callable
from typing import Any

import pytest

# What the autouse fixture of conftest.py asks for: every test has these, and a case needs none of its own.
AUTOUSE = frozenset({"_isolated", "_bytecode_cache", "request", "tmp_path_factory", "monkeypatch"})
SHOWN = 5  # failing cases reported in full (the others by name)


@functools.cache
def _plain(function: Callable[..., object], params: frozenset[str]) -> bool:
    """Whether the test function takes its parameters only (not an autouse fixture's, as monkeypatch or request,
    nor one with a default), and is neither a coroutine nor a property test. (Once a function: `inspect.signature`
    for each of thousands of cases was a tenth of a second of collection.)"""
    if set(inspect.signature(function).parameters) != params:
        return False
    return not inspect.iscoroutinefunction(function) and not getattr(function, "is_hypothesis_test", False)


def _case_arguments(item: pytest.Item) -> dict[str, Any] | None:
    """The arguments of a case that can run inside a group (its parameters), or None."""
    callspec = getattr(item, "callspec", None)
    if not isinstance(item, pytest.Function) or callspec is None or not isinstance(item.parent, pytest.Module):
        return None
    params: dict[str, Any] = callspec.params
    if set(item.fixturenames) - AUTOUSE - set(params):
        return None  # asks for a fixture of its own
    if not _plain(item.obj, frozenset(params)):
        return None
    # (pytest's own stand-in fixture for a parameter given to the test directly; a version of pytest that names it
    # otherwise only runs every case as a test of its own)
    definitions = getattr(getattr(item, "_fixtureinfo", None), "name2fixturedefs", {})
    if any(
        getattr(getattr(fixture, "func", None), "__name__", None) != "get_direct_param_fixture_func"
        for name in params
        for fixture in definitions.get(name, [None])
    ):
        return None  # parametrised indirectly: the value goes to a fixture
    if any(mark.name != "parametrize" for mark in item.iter_markers()):
        return None  # skip, xfail, usefixtures, filterwarnings, … on the case, its function or its module
    return params


def _report(case: pytest.Function, error: BaseException) -> str:
    """What pytest prints for the case failing with this error, were it run alone."""
    return str(case.repr_failure(pytest.ExceptionInfo.from_exception(error)))


_HOMES = itertools.count()


def _runner(cases: list[tuple[pytest.Function, dict[str, Any]]]) -> Callable[..., None]:
    def run_every_case(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
        failed: list[str] = []
        names: list[str] = []
        skipped = 0
        for case, arguments in cases:
            # each case its own cache and index (folders made only if written), as a test of its own has
            home = tmp_path_factory.getbasetemp() / "cases" / str(next(_HOMES))
            monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
            monkeypatch.setenv("JAN20_INDEX", str(home / "index.sqlite"))
            try:
                case.obj(**arguments)
            except pytest.skip.Exception:
                skipped += 1
            except (Exception, pytest.fail.Exception) as error:  # (reported with the other cases', below)
                names.append(case.name)
                failed.append(f"{case.name}:\n{_report(case, error)}" if len(failed) < SHOWN else case.name)
        if failed:
            head = f"{len(failed)} of {len(cases)} cases failed: {', '.join(names)}"
            pytest.fail(f"{head}\n\n" + "\n\n".join(failed), pytrace=False)
        if skipped == len(cases):
            pytest.skip(f"every one of {len(cases)} cases skipped")

    return run_every_case


def group_cases(items: list[pytest.Item]) -> list[pytest.Item]:
    """items with the cases of each parametrised test that can be grouped as one test, in the place of its first."""
    grouped: dict[tuple[pytest.Module, str], list[tuple[pytest.Function, dict[str, Any]]]] = {}
    order: list[pytest.Item | tuple[pytest.Module, str]] = []
    for item in items:
        arguments = _case_arguments(item)
        if arguments is None:
            order.append(item)
            continue
        assert isinstance(item, pytest.Function) and isinstance(item.parent, pytest.Module)
        key = (item.parent, item.originalname)
        if key not in grouped:
            grouped[key] = []
            order.append(key)
        grouped[key].append((item, arguments))
    result: list[pytest.Item] = []
    for entry in order:
        if isinstance(entry, pytest.Item):
            result.append(entry)
            continue
        cases = grouped[entry]
        if len(cases) == 1:
            result.append(cases[0][0])
            continue
        module, name = entry
        result.append(pytest.Function.from_parent(module, name=name, callobj=_runner(cases)))
    return result
