"""The cases of a parametrised test run as one test (tests/_cases.py): it fails when any case fails, naming each
that did, and a test that asks for a fixture or whose cases carry marks keeps a test a case."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

_CONFTEST = """
import pytest
from tests._cases import group_cases

@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    items[:] = group_cases(items)
"""

_TESTS = """
import pytest

@pytest.mark.parametrize("n", range(6))
def test_even_halves(n):
    assert n % 2 == 0 or n == 3, n

@pytest.mark.parametrize("n", [1, 2])
def test_with_a_fixture(n, tmp_path):
    assert tmp_path.exists()

@pytest.mark.parametrize("n", [1, pytest.param(2, marks=pytest.mark.xfail(strict=True))])
def test_marked(n):
    assert n == 1

@pytest.mark.parametrize("n", [1, 2, 3])
def test_fails_through_pytest(n):
    if n == 2:
        pytest.fail("two")

@pytest.mark.parametrize("n", [1, 2])
def test_all_skipped(n):
    pytest.skip("never here")
"""


def test_a_group_fails_naming_each_failing_case(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(_CONFTEST)
    pytester.makepyfile(test_grouped=_TESTS)
    result = pytester.runpytest_inprocess("-p", "no:randomly", "-p", "no:xdist", "-rA")
    result.assert_outcomes(passed=3, failed=2, skipped=1, xfailed=1)
    result.stdout.fnmatch_lines(
        [
            "2 of 6 cases failed: test_even_halves[[]1[]], test_even_halves[[]5[]]",
            "1 of 3 cases failed: test_fails_through_pytest[[]2[]]",
            "PASSED test_grouped.py::test_with_a_fixture[[]1[]]",
            "PASSED test_grouped.py::test_with_a_fixture[[]2[]]",
            "PASSED test_grouped.py::test_marked[[]1[]]",
            "XFAIL test_grouped.py::test_marked[[]2[]]",
            "FAILED test_grouped.py::test_even_halves - *",
        ]
    )
    assert "AssertionError: 1" in result.stdout.str()  # each case's own report
