"""Render reports: terminal text that teaches, the versioned JSON format, and JUnit XML."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

from harness import categories
from harness.grading.results import Report

MAX_FAILURES_SHOWN = 6


def fmt_duration(seconds: float | None) -> str:
    """A duration with its units spelled out ("14 s", "3 min 05 s", "74 h 02 min"): "0:14" next to
    a time box in minutes reads as fourteen minutes."""
    if seconds is None:
        return "-"
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        m, s = divmod(seconds, 60)
        return f"{m} min" if s == 0 else f"{m} min {s:02d} s"
    h, m = divmod(seconds // 60, 60)
    return f"{h} h" if m == 0 else f"{h} h {m:02d} min"


def render_text(report: Report, *, verbose: bool = False) -> list[str]:
    """The report as lines of rich markup (the CLI prints them; tests read them as text)."""
    what = "hidden tests" if report.kind == "grade" else "visible examples"
    verdict = "[bold green]PASSED[/]" if report.passed else "[bold red]FAILED[/]"
    lines = [f"[bold]{report.title}[/] ({report.slug}), {what}: {verdict}"]
    if report.error:
        lines += ["", "[red]Your solution could not be graded:[/]", *_indent(_escape(report.error), 2),
                  "", "Fix it and run the command again."]
        return lines
    lines.append("")
    for cat in report.categories:
        mark = "[green]ok[/]" if cat.ok else "[red]failed[/]"
        lines.append(f"  {categories.LABELS[cat.category]:<12} {cat.passed:>3}/{cat.total:<3} {mark}")
    evidence = [t for t in report.tests if t.note and t.passed]
    if evidence:
        lines += ["", "[bold]Measured[/] (complexity evidence):"]
        for test in evidence:
            lines += _indent(_escape(test.note), 2)
    failures = report.failures()
    if failures and {f.category for f in failures} == {categories.COMPLEXITY.name}:
        lines += ["", "[yellow]Your answers are correct[/] (every correctness and edge-case test passed); "
                      "only the complexity target is missed."]
    if failures:
        lines += ["", f"[bold]What failed[/] ({len(failures)} of {len(report.tests)} tests):"]
        lines += _failure_lines(failures, verbose)
    lines.append("")
    timing = f"seed {report.seed} · {report.duration:.2f} s · isolation: {report.isolation}"
    if report.worker_restarts:
        timing += f" · worker restarted {report.worker_restarts}x"
    lines.append(f"[dim]{timing}[/]")
    if report.attempt_elapsed is not None and report.time_box_minutes:
        box = report.time_box_minutes * 60
        over = report.attempt_elapsed > box
        colour = "red" if over else "green"
        lines.append(f"time on this attempt: [{colour}]{fmt_duration(report.attempt_elapsed)}[/] "
                     f"of a {report.time_box_minutes}-minute time box" + (" (over the time box)" if over else ""))
    for note in report.notes:
        lines.append(f"[yellow]note:[/] {_escape(note)}")
    if not report.passed and report.kind == "grade":
        lines.append(f"[dim]replay exactly: drill grade {report.slug} --seed {report.seed}[/]")
    return lines


def _failure_lines(failures, verbose: bool) -> list[str]:
    """Each failure, or (without --verbose) one per cause: the first test with that cause in full,
    then how many more failed the same way and which."""
    groups: dict[str, list] = {}
    for test in failures:
        groups.setdefault(failure_cause(test.message), []).append(test)
    lines: list[str] = []
    if len(groups) == 1 and len(failures) >= 3 and not verbose:
        lines.append(f"  [dim]every failure has the same cause ({_escape(next(iter(groups)))}); the first one:[/]")
    shown = [[t] for t in failures] if verbose else list(groups.values())
    for tests in shown[: None if verbose else MAX_FAILURES_SHOWN]:
        lines += _failure_block(tests[0])
        if len(tests) > 1:
            names = ", ".join(t.name for t in tests[1:])
            lines.append(f"      [yellow]+ {len(tests) - 1} more with the same cause:[/] "
                         f"[dim]{_escape(cut(names, MAX_LINE))}[/]")
    left = sum(map(len, shown[MAX_FAILURES_SHOWN:])) if not verbose else 0
    if left:
        causes = len(shown) - MAX_FAILURES_SHOWN
        lines.append(f"  ... and {left} more in {causes} other cause{'s' if causes > 1 else ''} "
                     "(--verbose shows all, --json saves them)")
    return lines


def _failure_block(test) -> list[str]:
    label = categories.LABELS[test.category]
    lines = [f"  [red]x[/] [bold]{_escape(test.name)}[/] [dim]({label})[/]"]
    if test.description:
        lines.append(f"      [dim]{_escape(test.description)}[/]")
    lines += _indent(_escape(_cut_lines(test.message)), 6)
    if test.output.strip():
        lines.append("      [dim]your code printed:[/]")
        lines += _indent(_escape(cut(test.output.strip(), 600)), 8)
    return lines


MAX_LINE = 400  # characters of one message line before it is cut (the JSON report keeps it whole)
_VALUE = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|-?\d+(?:\.\d+)?(?:e[-+]?\d+)?")
_BRACKETS = re.compile(r"\[[^\[\]]*\]|\([^()]*\)|\{[^{}]*\}")


def failure_cause(message: str) -> str:
    """What a failure is 'about', without the values that differ from test to test: the call and
    its inputs, numbers, strings and bracketed values are left out, so 23 'returned a tuple'
    failures on 23 inputs share one cause."""
    first = message.split("\n")[0]
    if " raised " in first:
        first = first.split(" raised ", 1)[1]
    first = re.sub(r"^[\w.]+\(.*?\) (?=returned|took|printed|ran|did|exceeded|used|changed|mutated)", "", first)
    first = _VALUE.sub("#", first)
    previous = None
    while previous != first:  # innermost brackets first, until nested values are gone
        previous, first = first, _BRACKETS.sub(lambda m: m.group(0)[0] + "..." + m.group(0)[-1], first)
    return first


def cut(text: str, limit: int) -> str:
    """`text` up to `limit` characters, cut after a separator (', ', a space) rather than inside a
    number or name."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    at = max(head.rfind(", "), head.rfind(" "))
    if at > limit // 2:
        head = head[:at + (1 if head[at] == "," else 0)]
    return f"{head} ... ({len(text) - len(head):,} more characters)"


def _cut_lines(message: str) -> str:
    return "\n".join(cut(line, MAX_LINE) for line in message.splitlines())


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _indent(text: str, n: int) -> list[str]:
    pad = " " * n
    return [pad + line for line in text.splitlines()] or [pad]


def to_json(report: Report) -> str:
    return json.dumps(report.to_dict(), indent=2)


def write_json(report: Report, path: Path) -> None:
    path.write_text(to_json(report) + "\n", encoding="utf-8")


def validate_json(data: dict) -> None:
    """Raise jsonschema.ValidationError unless `data` matches the shipped report schema."""
    import jsonschema

    schema_path = Path(__file__).resolve().parent.parent / "schemas" / "report.schema.json"
    jsonschema.validate(data, json.loads(schema_path.read_text()))


def to_junit(reports: list[Report], suite_name: str = "drill") -> str:
    root = ET.Element("testsuites", name=suite_name)
    for report in reports:
        failures = report.failures()
        suite = ET.SubElement(root, "testsuite", name=f"{report.slug}", tests=str(max(len(report.tests), 1)),
                              failures=str(len(failures) + (1 if report.error else 0)), errors="0",
                              time=f"{report.duration:.3f}", timestamp=report.started_at)
        props = ET.SubElement(suite, "properties")
        for key, value in (("seed", report.seed), ("kind", report.kind), ("isolation", report.isolation),
                           ("submission", report.submission)):
            ET.SubElement(props, "property", name=key, value=str(value))
        if report.error:
            case = ET.SubElement(suite, "testcase", classname=f"{report.slug}.load", name="solution_loads")
            ET.SubElement(case, "failure", message=xml_safe(report.error.splitlines()[0])).text = xml_safe(report.error)
        add_test_cases(suite, report.slug, report.tests)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def add_test_cases(suite: ET.Element, classbase: str, tests) -> None:
    """One JUnit testcase per test result (class `<classbase>.<category>`), with its failure and output."""
    for test in tests:
        case = ET.SubElement(suite, "testcase", classname=f"{classbase}.{test.category}",
                             name=xml_safe(test.name), time=f"{test.duration:.3f}")
        if not test.passed:
            first = test.message.splitlines()[0] if test.message else "failed"
            ET.SubElement(case, "failure", message=xml_safe(first[:500])).text = xml_safe(test.message)
        if test.output:
            ET.SubElement(case, "system-out").text = xml_safe(test.output)


def xml_safe(text: str) -> str:
    """XML 1.0 forbids most control characters; submission output may contain anything."""
    return "".join(ch if ch in "\t\n\r" or ord(ch) >= 0x20 and ch not in "\ufffe\uffff" else "?" for ch in text)


def write_junit(reports: list[Report], path: Path) -> None:
    path.write_text(to_junit(reports), encoding="utf-8")
