"""What `drill stats` and `drill next` show: labelled, marked charts; the tags worth reading; what is due and when."""

from __future__ import annotations

from xml.etree import ElementTree as ET

import numpy as np

from harness.practice import stats

from .test_stats import count_colour, read_png

F = stats.Finished
LONG = "longest_increasing_subsequence"
CHART = [F("two_sum", 0, 300, 900, True), F(LONG, 0, 2700, 1800, True, hints_used=1),
         F("softmax", 0, 5, 1200, False), F("merge_intervals", 0, 74 * 3600, 900, True, solution_seen=True)]


def _pixels() -> np.ndarray:
    width, height, rows, _ = read_png(stats.render_png(CHART))
    return np.array([list(r) for r in rows], dtype=np.uint8).reshape(height, width, 3)


def test_png_names_each_bar_and_marks_help_and_clipping():
    pixels = _pixels()
    x0, y0, x1, y1 = stats.LEFT, stats.TOP, stats.WIDTH - stats.RIGHT, stats.HEIGHT - stats.BOTTOM
    band = pixels[y1 + 4:stats.HEIGHT - 55, x0:x1]
    ink = (band == stats.INK).all(axis=2)
    columns = np.flatnonzero(ink.any(axis=0))
    assert len(columns) and len(np.split(columns, np.flatnonzero(np.diff(columns) > 20) + 1)) == 4  # one name per bar
    rows = np.flatnonzero(ink.any(axis=1))
    assert rows[-1] - rows[0] >= 6 * len(LONG) - 10  # the longest name written whole
    # the 5-second unsolved attempt still shows
    assert count_colour([bytes(r) for r in pixels.reshape(stats.HEIGHT, -1)], stats.GREY) >= stats.MIN_BAR * 10 + 14 * 14
    # the clipped bar has its break (white across the bar near the top) and its true time above
    layout = stats._layout(CHART)  # noqa: SLF001 (the test reads the positions the writer used)
    _, x, w, *_ = layout.bars[3]
    assert (pixels[y0 + 9, x:x + w] == 255).all() and (pixels[y0 + 30, x:x + w] == stats.RED).all()
    assert (pixels[y0 - 9:y0 - 2, x:x + 30] == stats.INK).all(axis=2).any()


def test_svg_names_each_bar_and_marks_help_and_clipping():
    root = ET.fromstring(stats.render_svg(CHART))
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    labels = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text") if t.get("class") == "label"]
    assert labels == ["two_sum", LONG, "softmax", "merge_intervals"]
    assert "74h" in texts and "h" in texts and "s" in texts
    assert sum(1 for r in root.iter("{http://www.w3.org/2000/svg}rect") if r.get("class") == "break") == 1
    assert any("clipped" in (t or "") for t in texts)


def test_text_chart_reads_without_colour():
    lines = stats.text_chart(CHART, width=30)
    assert LONG in lines[1]
    assert "█" in lines[0] and "▓" in lines[1] and "░" in lines[2]
    assert "»" in lines[3] and "(clipped)" in lines[3]
    assert "█" in lines[-1] and "▓" in lines[-1] and "░" in lines[-1] and "»" in lines[-1]


def test_stats_lists_practised_and_weakest_tags_unless_all(drill, workspace):
    drill("start", "two_sum")
    short = drill("stats").output
    full = drill("stats", "--all").output
    assert "hash-map" in short and "more with --all" in short
    assert len(short.splitlines()) < len(full.splitlines()) and "more with --all" not in full


def test_next_says_nothing_is_due_and_when_the_next_review_comes(drill, workspace):
    from .conftest import ROOT

    drill("start", "two_sum")
    (workspace / "two_sum" / "solution.py").write_text((ROOT / "solutions/two_sum/reference.py").read_text())
    drill("grade", "two_sum")
    out = " ".join(drill("next", "--round", "coding").output.split())
    assert "Nothing is due for review now; the next one, two_sum, comes back in" in out
    assert "2 a day" in out and "beyond today's 2 new problems" in out
