"""Render a CI report: the Markdown job summary, JUnit XML, and the lines `drill ci` prints.

Names, messages and outputs come from the repository being graded, so none of them is written
as it is. Printed lines are neutralised for CI logs (GitHub reads a line starting with `::` as a
workflow command, and `##[` anywhere in one), control characters are dropped, and Markdown
cells escape table pipes, HTML, backticks and the other markup characters.
"""

from __future__ import annotations

import html
import re
from xml.etree import ElementTree as ET

from harness.categories import LABELS as CATEGORY_LABELS
from harness.ci.repo import display_name
from harness.ci.run import CiReport, Status, SubmissionResult
from harness.grading.report import add_test_cases, xml_safe
from harness.grading.results import Report

MESSAGE_SHOWN = 240
ICONS = {Status.PASSED: "✅", Status.FAILED: "❌", Status.ERROR: "⚠️", Status.REJECTED: "⛔",
         Status.UNKNOWN: "❓", Status.NOT_COUNTED: "➖"}
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MARKDOWN = re.compile(r"([\\`*_\[\]{}()#+!|~-])")


def log_safe(text: str) -> str:
    """Text fit for a CI log: no control characters, and no line that a CI runner would read as
    a command (GitHub: `::name::` at the start of a line, `##[name]` anywhere)."""
    text = _CONTROL.sub(lambda m: "\n" if m.group() in "\r\x0b\x0c\x85\u2028\u2029" else "?", text)
    lines = []
    for line in text.split("\n"):
        line = line.replace("##[", "# #[")
        if line.lstrip().startswith("::"):
            line = "> " + line
        lines.append(line)
    return "\n".join(lines)


def md_text(text: str, limit: int | None = None) -> str:
    """Text as inert Markdown on one line: safe in a table cell, a list item or a heading."""
    text = " ".join(log_safe(text).split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    # Markup characters first (backslash escapes), then HTML (entities must stay intact).
    return html.escape(_MARKDOWN.sub(r"\\\1", text), quote=False)


def name(value: str) -> str:
    """A person or slug from the repo, for Markdown."""
    return md_text(display_name(value))


def complexity_verdict(report: Report) -> str:
    """'O(n)' when the time target was met, 'O(n^2), target O(n)' when not; '' when unmeasured.

    Read from the first time verdict's fields, never from the sentence shown to the candidate."""
    for test in report.tests:
        for verdict in test.complexity:
            if verdict.resource != "time":
                continue
            measured = verdict.measured
            if measured.startswith("at least "):  # a lower bound (the count was cut off)
                measured = "≥ " + measured.removeprefix("at least ")
            return measured if verdict.met else f"{measured}, target {verdict.target}"
    return ""


def cell(sub: SubmissionResult) -> str:
    parts = [ICONS[sub.status]]
    report = sub.report
    if sub.status is Status.ERROR:
        parts.append("grading error")
    elif sub.status is Status.REJECTED:
        parts.append("refused")
    elif report is not None:
        if report.error:
            parts.append("does not load")
        for summary in report.categories:
            if not summary.ok:
                parts.append(f"{CATEGORY_LABELS[summary.category]} {summary.passed}/{summary.total}")
        verdict = complexity_verdict(report)
        if verdict:
            parts.append(verdict)
        parts.append(f"{report.duration:.1f} s")
    text = parts[0] + " " + " · ".join(md_text(p) for p in parts[1:])
    return text + (" ⏰" if sub.late else "")


def to_markdown(report: CiReport) -> str:
    subs = report.submissions
    in_matrix = [s for s in subs if s.slug in report.problems or s.status is Status.REJECTED]
    columns = [p for p in report.problems if any(s.slug == p for s in in_matrix)]
    people = sorted({s.person for s in in_matrix})
    totals = report.totals()
    graded = totals["passed"] + totals["failed"]
    lines = ["## drill: practice repo results", ""]
    facts = [f"{len(report.people())} people", f"{graded} graded submissions", f"{totals['passed']} passed"]
    if totals["late"]:
        facts.append(f"{totals['late']} late")
    info = [f"{report.duration:.0f} s"]
    if report.seeds:
        info.append("seed " + ", ".join(map(str, report.seeds)))
    if report.isolation:
        info.append("isolation " + ", ".join(report.isolation))
    if report.shard:
        info.append(f"shard {report.shard[0]}/{report.shard[1]}")
    if report.shards_merged:
        info.append("shards " + ", ".join(report.shards_merged))
    if report.changed_since:
        info.append(f"only solutions changed since {md_text(report.changed_since, 60)}")
    lines += ["**" + " · ".join(facts) + "** · " + " · ".join(info), ""]
    if not people:
        lines += ["No submissions found: commit `<person>/<problem>/solution.py` files.", ""]
    else:
        lines += _matrix(report, people, columns)
        legend = ("✅ passed · ❌ failed: the categories not fully passed (tests passed/total) and the "
                  "measured time complexity · ⚠️ grading error · ⛔ refused · ⏰ committed after the "
                  "deadline · — no submission. Times are grading times.")
        lines += ["", legend, ""]
        lines += _leaderboard(report)
    lines += _attention(report)
    lines += _failures(report)
    quiet = [p for p in report.problems if p not in columns]
    if quiet and people:
        lines += [f"No submissions yet for: {', '.join(md_text(p) for p in quiet)}.", ""]
    for note in report.notes:
        lines.append(f"> note: {md_text(note)}")
    return "\n".join(lines).rstrip() + "\n"


def _matrix(report: CiReport, people: list[str], columns: list[str]) -> list[str]:
    by_key = {(s.person, s.slug): s for s in report.submissions}
    header = "| person | " + " | ".join(md_text(c) for c in columns) + " | solved |"
    rule = "| --- | " + " | ".join(":-:" for _ in columns) + " | --: |"
    rows = [header, rule]
    solved_by = {s.person: s.solved for s in report.leaderboard()}
    for person in people:
        cells = [cell(by_key[(person, c)]) if (person, c) in by_key else "—" for c in columns]
        refused = [s for s in report.submissions if s.person == person and s.slug not in columns
                   and s.status is Status.REJECTED]
        label = name(person) + (f" ⛔×{len(refused)}" if refused else "")
        rows.append(f"| {label} | " + " | ".join(cells) + f" | {solved_by.get(person, 0)} |")
    passed = []
    for column in columns:
        graded = [s for s in report.submissions if s.slug == column and s.status in (Status.PASSED, Status.FAILED)]
        passed.append(f"{sum(s.status is Status.PASSED for s in graded)}/{len(graded)}")
    rows.append("| **passed** | " + " | ".join(passed) + f" | {report.totals()['passed']} |")
    return rows


def _leaderboard(report: CiReport) -> list[str]:
    lines = ["### Leaderboard", "", "| rank | person | solved | solved late | attempted |", "| --: | --- | --: | --: | --: |"]
    for s in report.leaderboard():
        lines.append(f"| {s.rank} | {name(s.person)} | {s.solved} | {s.late} | {s.attempted} |")
    return lines + [""]


def _attention(report: CiReport) -> list[str]:
    subs = [s for s in report.submissions
            if s.status in (Status.ERROR, Status.REJECTED, Status.UNKNOWN, Status.NOT_COUNTED)]
    if not subs:
        return []
    lines = ["### Needs attention", "", "| submission | status | why |", "| --- | --- | --- |"]
    for s in subs:
        lines.append(f"| {name(s.person)} / {name(s.slug)} | {ICONS[s.status]} {s.status.value} | "
                     f"{md_text(s.message, MESSAGE_SHOWN)} |")
    return lines + [""]


def _failures(report: CiReport) -> list[str]:
    failed = [(s, s.report) for s in report.submissions if s.status is Status.FAILED and s.report is not None]
    if not failed:
        return []
    lines = ["<details><summary>First failure of each failing submission</summary>", ""]
    for s, r in failed:
        if r.error:
            what = f"does not load: {r.error.splitlines()[0] if r.error.strip() else ''}"
        elif not r.failures():
            what = "no test ran"
        else:
            first = r.failures()[0]
            message = first.message.strip().splitlines()[0] if first.message.strip() else "failed"
            what = f"{first.name} ({CATEGORY_LABELS[first.category]}): {message}"
        lines.append(f"- **{name(s.person)} / {name(s.slug)}**: {md_text(what, MESSAGE_SHOWN)}")
    return lines + ["", "</details>", ""]


# --- JUnit ---------------------------------------------------------------------------------------


def to_junit(report: CiReport) -> str:
    """One testsuite per submission, one testcase per hidden test; a submission that was not
    graded is one testcase that fails (or is skipped, when it does not count)."""
    root = ET.Element("testsuites", name="drill ci")
    for sub in report.submissions:
        label = xml_safe(f"{display_name(sub.person)}/{display_name(sub.slug)}")
        classbase = xml_safe(f"{display_name(sub.person)}.{display_name(sub.slug)}")
        r = sub.report
        tests = r.tests if r is not None else ()
        failures = sum(not t.passed for t in tests) + (1 if r is not None and r.error else 0)
        failures += 1 if sub.status in (Status.REJECTED, Status.UNKNOWN) else 0
        suite = ET.SubElement(root, "testsuite", name=label, tests=str(max(len(tests), 1)),
                              failures=str(failures), errors=str(int(sub.status is Status.ERROR)),
                              skipped=str(int(sub.status is Status.NOT_COUNTED)),
                              time=f"{r.duration:.3f}" if r is not None else "0")
        props = ET.SubElement(suite, "properties")
        for key, value in (("status", sub.status.value), ("path", sub.path),
                           ("seed", r.seed if r else ""), ("isolation", r.isolation if r else ""),
                           ("late", "" if sub.late is None else str(sub.late).lower())):
            ET.SubElement(props, "property", name=key, value=xml_safe(str(value)))
        if r is None or r.error:
            case = ET.SubElement(suite, "testcase", classname=classbase, name="graded")
            why = (r.error if r is not None and r.error else sub.message) or sub.status.value
            tag = {Status.ERROR: "error", Status.NOT_COUNTED: "skipped"}.get(sub.status, "failure")
            ET.SubElement(case, tag, message=xml_safe(why.splitlines()[0][:500] if why else "")).text = xml_safe(why)
        add_test_cases(suite, classbase, tests)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# --- terminal lines ------------------------------------------------------------------------------


def progress_line(sub: SubmissionResult) -> str:
    """One plain line per submission as it is graded (names only, never submission output)."""
    where = f"{display_name(sub.person)}/{display_name(sub.slug)}"
    detail = ""
    if sub.report is not None:
        failed = [f"{CATEGORY_LABELS[c.category]} {c.passed}/{c.total}" for c in sub.report.categories if not c.ok]
        if sub.report.error:
            failed.insert(0, "does not load")
        detail = (" (" + ", ".join(failed) + ")" if failed else "") + f" {sub.report.duration:.1f} s"
    elif sub.message:
        detail = f": {sub.message.splitlines()[0][:MESSAGE_SHOWN]}"
    late = " [late]" if sub.late else ""
    return log_safe(f"{sub.status.value:<15} {where}{late}{detail}").replace("\n", " ")


def summary_lines(report: CiReport) -> list[str]:
    t = report.totals()
    counts = (f"{t['submissions']} submissions: {t['passed']} passed, {t['failed']} failed, "
              f"{t['error']} grading errors, {t['rejected']} refused, {t['unknown-problem']} unknown "
              f"problems, {t['not-counted']} not counted ({report.duration:.1f} s)")
    lines = ["", counts]
    board = report.leaderboard()
    if board:
        lines.append("leaderboard: " + ", ".join(
            f"{s.rank}. {display_name(s.person)} ({s.solved}{f' +{s.late} late' if s.late else ''})"
            for s in board[:10]) + (" ..." if len(board) > 10 else ""))
    lines += [f"note: {n}" for n in report.notes]
    return [log_safe(line) for line in lines]
