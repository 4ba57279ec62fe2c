"""Prompt facts: the numbers a prompt states about its tests, written once in problem.toml.

A prompt says `{{ cpu_check_sizes }}` where it states a size, a count or a limit; the value comes
from [facts] (or from [limits] and [tolerance] as `{{ limits.call_timeout }}`), and the tests read
the same [facts] entry with harness.authoring.fact(name), so the two cannot drift apart.
"""

from __future__ import annotations

import re

from harness.errors import ProblemError

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(?::\s*([^{}]*?)\s*)?\}\}")
# Where a `{{` opens something the pattern above does not read (a typo like `{{ n }` or `{{n-1}}`).
OPENING = re.compile(r"\{\{")
# How a test reads a fact: fact("name") in a test file or a support module.
FACT_READ = re.compile(r"""\bfact\(\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*\)""")
LIST_PICKS = {"first": 0, "last": -1}


def prompt_values(problem) -> dict[str, object]:
    """Every value a placeholder may name: the facts, and the limits and tolerances in force."""
    values: dict[str, object] = dict(problem.facts)
    values.update({"limits.call_timeout": problem.call_timeout, "limits.grade_timeout": problem.grade_timeout,
                   "limits.memory_mb": problem.memory_mb, "minutes": problem.minutes})
    if problem.rtol is not None:
        values["tolerance.rtol"] = problem.rtol
    if problem.atol is not None:
        values["tolerance.atol"] = problem.atol
    return values


def format_value(value, spec: str = "") -> str:
    """A fact as a prompt shows it: integers with thousands separators (48,000), floats short
    (0.001, 1e-6, 1e+20 as 1e20), lists as "250, 500, 1,000 and 2,000". `spec` is a Python
    format spec applied to each number (`d` gives 48000), `*32` / `/2` for 32 times / half the
    value, or `first` / `last` to pick from a list."""
    if isinstance(value, list):
        if spec in LIST_PICKS:
            return format_value(value[LIST_PICKS[spec]]) if value else ""
        shown = [format_value(v, spec) for v in value]
        return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
    if spec in LIST_PICKS:
        raise ValueError(f"'{spec}' picks from a list, and {value!r} is not one")
    if isinstance(value, (bool, str)):
        return format(str(value), spec)
    if spec[:1] in ("*", "/"):  # a number the tests derive: the CPU check's 32x size, half of n
        factor = int(spec[1:])
        return format_value(value * factor if spec[0] == "*" else value // factor if isinstance(value, int)
                            else value / factor)
    if spec:
        return format(value, spec)
    if isinstance(value, int):
        return f"{value:,}"
    return re.sub(r"e([+-])0*(\d)", lambda m: "e" + m.group(1).replace("+", "") + m.group(2), f"{value:g}")


def placeholders(text: str) -> list[tuple[str, str]]:
    """(name, spec) of every placeholder in the text, in order."""
    return [(m.group(1), m.group(2) or "") for m in PLACEHOLDER.finditer(text)]


def problems_in(text: str, values: dict[str, object]) -> list[str]:
    """What is wrong with the placeholders of a prompt: unknown names, bad specs, unreadable `{{`."""
    found = []
    for name, spec in placeholders(text):
        if name not in values:
            known = ", ".join(sorted(values)) or "none"
            found.append(f"unknown placeholder {{{{ {name} }}}} (known: {known})")
            continue
        try:
            format_value(values[name], spec)
        except (ValueError, TypeError) as exc:
            found.append(f"placeholder {{{{ {name}:{spec} }}}}: {exc}")
    readable = {m.start() for m in PLACEHOLDER.finditer(text)}
    for m in OPENING.finditer(text):
        if m.start() not in readable and m.start() - 1 not in readable:
            line = text.count("\n", 0, m.start()) + 1
            found.append(f"line {line}: '{text[m.start():m.start() + 20].splitlines()[0]}' is not a placeholder "
                         "(write {{ name }} or {{ name:spec }})")
    return found


def render(text: str, values: dict[str, object], *, where: str) -> str:
    """The text with every placeholder replaced by its value; a bad placeholder is a ProblemError."""
    errors = problems_in(text, values)
    if errors:
        raise ProblemError(f"{where}: {errors[0]}", hint="run `drill validate` on the problem; facts go in "
                           "[facts] in problem.toml (see AUTHORING.md)")
    return PLACEHOLDER.sub(lambda m: format_value(values[m.group(1)], m.group(2) or ""), text)


def facts_read(texts: list[str]) -> set[str]:
    """The fact names that test sources read with fact("name")."""
    return {name for text in texts for name in FACT_READ.findall(text)}
