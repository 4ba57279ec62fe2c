"""The grading settings object: one crossing into the trusted process, refused loudly when wrong."""

from __future__ import annotations

import json

import pytest

from harness.protocol.settings import (
    SETTINGS_ENV,
    BatchEntry,
    GradingSettings,
    SettingsError,
    current,
)

SINGLE = GradingSettings(seed=7, call_timeout=2.5, memory_mb=768, solution="/tmp/x/solution.py",
                         result_fd=5, forbidden=("numpy.linalg", "torch.nn.functional.cross_entropy"),
                         rtol=1e-4, atol=1e-9, time_target="O(n)", space_target="O(1)")
BATCH = GradingSettings(seed=1, call_timeout=10.0, memory_mb=1024, grade_timeout=30.0,
                        batch=(BatchEntry(0, "/tmp/b/0/solution.py"), BatchEntry(3, "/tmp/b/3/solution.py")))


@pytest.mark.parametrize("settings", [SINGLE, BATCH], ids=["single", "batch"])
def test_settings_round_trip_through_the_environment(settings):
    env = settings.to_env()
    assert list(env) == [SETTINGS_ENV]
    assert GradingSettings.from_env(env) == settings


def test_defaults_live_with_the_settings():
    plain = GradingSettings.from_json(json.dumps({"seed": 3, "call_timeout": 1, "memory_mb": 64,
                                                  "solution": "s.py"}))
    assert (plain.rtol, plain.atol, plain.forbidden, plain.time_target, plain.result_fd) == (1e-6, 1e-8, (), None, None)


def _with(**changes) -> str:
    data = json.loads(SINGLE.to_json())
    data.update(changes)
    return json.dumps({k: v for k, v in data.items() if v is not ...})


@pytest.mark.parametrize(("changes", "field"), [
    ({"seed": "7"}, "seed"),
    ({"call_timeout": -1}, "call_timeout"),
    ({"call_timeout": True}, "call_timeout"),
    ({"memory_mb": 1.5}, "memory_mb"),
    ({"rtol": "1e-6"}, "rtol"),
    ({"forbidden": "numpy"}, "forbidden"),
    ({"forbidden": [1]}, "forbidden"),
    ({"time_target": ""}, "time_target"),
    ({"result_fd": -2}, "result_fd"),
    ({"batch": [{"index": "0", "solution": "a"}], "solution": None}, "batch"),
    ({"memory_mb": ...}, "memory_mb"),
    ({"seed": ...}, "seed"),
])
def test_a_bad_or_missing_value_names_its_field_and_source(changes, field):
    with pytest.raises(SettingsError) as info:
        GradingSettings.from_json(_with(**changes))
    assert f"'{field}'" in str(info.value) and SETTINGS_ENV in str(info.value)


def test_the_unchanged_settings_parse():
    """The must-pass side of the table above: only the changed field makes them fail."""
    assert GradingSettings.from_json(_with()) == SINGLE


@pytest.mark.parametrize(("text", "needle"), [
    ("", "is not set"),
    ("{not json", "not JSON"),
    ("[1]", "JSON object"),
    (json.dumps({"seed": 1, "call_timeout": 1, "memory_mb": 64, "solution": "s", "colour": 1}), "'colour'"),
    (json.dumps({"seed": 1, "call_timeout": 1, "memory_mb": 64}), "exactly one of 'solution' and 'batch'"),
])
def test_unusable_settings_are_refused(text, needle):
    with pytest.raises(SettingsError) as info:
        GradingSettings.from_env({SETTINGS_ENV: text} if text else {})
    assert needle in str(info.value)


def test_current_is_parsed_once_and_absent_outside_a_grading(monkeypatch):
    monkeypatch.delenv(SETTINGS_ENV, raising=False)
    current.cache_clear()
    try:
        assert current() is None
        current.cache_clear()
        monkeypatch.setenv(SETTINGS_ENV, SINGLE.to_json())
        assert current() == SINGLE
        first = current()
        monkeypatch.setenv(SETTINGS_ENV, BATCH.to_json())
        assert current() is first  # parsed once: a later change is not seen
    finally:
        current.cache_clear()
