"""`drill stats` (counts, pass rate, time against the box, streaks, the time-to-solve chart as text,
PNG and SVG) and the live countdown of `drill status --watch`."""

from __future__ import annotations

import datetime as dt
import re
import struct
import time
import zlib
from xml.etree import ElementTree as ET

import pytest

from harness.cli import practice as cli_practice
from harness.practice import stats
from harness.practice.store import Store

from .test_practice_plan import add_attempt, history_db, make_catalogue

DAY = 86400.0
SMALL = {"two_sum": ("two_sum", "coding"), "valid_parentheses": ("valid_parentheses", "coding"),
         "coin_change": ("coin_change", "coding"), "ml_pairs": ("two_sum", "ml")}


def local_noon(days_ago: int) -> float:
    """Noon, local time, some days before today: safe from time-zone and midnight edges."""
    day = dt.date.today() - dt.timedelta(days=days_ago)
    return time.mktime((day.year, day.month, day.day, 12, 0, 0, 0, 0, -1))


@pytest.fixture
def practised(tmp_path, monkeypatch, workspace):
    """A workspace whose history holds: two_sum solved in 5 of 15 min (3 days ago), coin_change
    solved in 45 of 30 min with a hint (2 days ago), valid_parentheses failed twice then given up
    (yesterday), and two_sum started today."""
    catalogue = make_catalogue(tmp_path, monkeypatch, SMALL)
    store = Store(history_db(workspace))
    add_attempt(store, "two_sum", 15, start=local_noon(3), took=5 * 60, solved=True)
    add_attempt(store, "coin_change", 30, start=local_noon(2), took=45 * 60, solved=True, hints=1)
    add_attempt(store, "valid_parentheses", 15, start=local_noon(1), grades=({"edge": [1, 3]}, {"edge": [2, 3]}))
    store.abandon_in_progress("valid_parentheses", now=local_noon(1) + 1200)
    store.start_attempt("two_sum", 15, now=local_noon(0))
    store.close()
    return catalogue


def test_the_numbers(practised, workspace):
    s = stats.compute(practised.all(), Store(history_db(workspace)), now=local_noon(0) + 60)
    assert [(g.name, g.solved, g.total) for g in s.by_round] == [("coding", 2, 3), ("ml", 0, 1)]
    assert ("easy", 1, 3) in [(g.name, g.solved, g.total) for g in s.by_difficulty]
    tags = {g.name: (g.solved, g.total) for g in s.by_tag}
    assert tags["hash-map"] == (1, 2) and tags["dynamic-programming"] == (1, 1) and tags["stack"] == (0, 1)
    assert (s.grades, s.grades_passed) == (4, 2) and s.pass_rate == 0.5
    assert (s.attempts, s.solved_attempts) == (4, 2)
    assert s.median_time == pytest.approx(25 * 60)  # of 5 and 45 minutes
    assert s.median_ratio == pytest.approx((5 / 15 + 45 / 30) / 2)
    assert s.within_box == 1 and s.helped == 1
    assert (s.streak, s.longest_streak) == (4, 4)
    assert [(f.slug, f.solved, f.within_box) for f in s.finished] == [
        ("two_sum", True, True), ("coin_change", True, False), ("valid_parentheses", False, False)]


@pytest.mark.parametrize(("days", "today", "current", "longest"), [
    ({0, 1, 2}, 0, 3, 3),
    ({1, 2}, 0, 2, 2),  # nothing yet today: yesterday's streak still counts
    ({2, 3, 4, 5, 9}, 0, 0, 4),  # missed yesterday: over
    ((), 0, 0, 0),
    ({0, 2, 3}, 0, 1, 2),
])
def test_streaks(days, today, current, longest):
    base = dt.date(2024, 6, 30)
    as_dates = {base - dt.timedelta(days=d) for d in days}
    assert stats.streaks(as_dates, base - dt.timedelta(days=today)) == (current, longest)


def test_drill_stats_prints_counts_and_the_chart(practised, drill):
    result = drill("stats")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Solved 2 of 4 problems" in out
    assert re.search(r"by round\s+coding 2/3\s+ml 0/1", out)
    assert "Grades: 4, 2 passed (pass rate 50%)" in out
    assert "median 25 min, 0.92x the time box; 1 of 2 solves within the box; 1 used hints" in out
    assert "Streak: 4 days (longest 4 days)" in out
    chart = [line for line in out.splitlines() if re.search("[█▓░]", line) and "min" in line]
    assert [line.split()[1] for line in chart] == ["two_sum", "coin_change", "valid_parentheses"]
    assert "5 min / 15 min" in chart[0] and "45 min / 30 min (1 hint)" in chart[1] and "unsolved" in chart[2]
    bars = [len(re.search(r"[█▓░]+", line).group()) for line in chart]  # one glyph per kind of bar
    assert bars[1] > bars[2] > bars[0]  # 45 min > 20 min > 5 min


def test_stats_with_no_history(drill, tmp_path, monkeypatch):
    make_catalogue(tmp_path, monkeypatch, SMALL)
    result = drill("stats")
    assert result.exit_code == 0
    assert "Solved 0 of 4 problems" in result.output and "pass rate -" in result.output
    assert "Streak: 0 days" in result.output and "no finished attempts yet" in result.output


# --- the image ----------------------------------------------------------------------------------


def read_png(data: bytes) -> tuple[int, int, list[bytes], dict[bytes, bytes]]:
    """Parse a PNG strictly: signature, chunk CRCs, IHDR, the IDAT stream. Returns width,
    height, the unfiltered rows and the chunks by type."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, order = 8, {}, []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert crc == zlib.crc32(kind + body), f"bad CRC in {kind!r}"
        chunks[kind] = chunks.get(kind, b"") + body
        order.append(kind)
        pos += 12 + length
    assert order[0] == b"IHDR" and order[-1] == b"IEND" and pos == len(data)
    width, height, depth, colour, *_ = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert (depth, colour) == (8, 2)
    raw = zlib.decompress(chunks[b"IDAT"])
    stride = 1 + width * 3
    assert len(raw) == height * stride
    rows = [raw[i * stride:(i + 1) * stride] for i in range(height)]
    assert all(row[0] == 0 for row in rows)  # filter type 0
    return width, height, [row[1:] for row in rows], chunks


def count_colour(rows: list[bytes], rgb: tuple[int, int, int]) -> int:
    needle = bytes(rgb)
    return sum(sum(1 for i in range(0, len(row), 3) if row[i:i + 3] == needle) for row in rows)


def test_png_chart_is_a_valid_image_with_the_bars(practised, drill, tmp_path):
    path = tmp_path / "progress.png"
    result = drill("stats", "--image", str(path))
    assert result.exit_code == 0, result.output
    assert f"chart written to {path}" in result.output
    width, height, rows, chunks = read_png(path.read_bytes())
    assert (width, height) == (stats.WIDTH, stats.HEIGHT)
    assert b"drill stats" in chunks[b"tEXt"]
    # one bar per colour (and its legend swatch), the text in ink
    assert count_colour(rows, stats.GREEN) > 14 * 14 + 100
    assert count_colour(rows, stats.RED) > count_colour(rows, stats.GREEN)  # 45 min bar vs 5 min bar
    assert count_colour(rows, stats.GREY) > 14 * 14 + 100
    assert count_colour(rows, stats.INK) > 1000


def test_svg_chart_is_valid_xml_with_one_bar_per_attempt(practised, drill, tmp_path):
    path = tmp_path / "progress.svg"
    assert drill("stats", "--image", str(path)).exit_code == 0
    root = ET.parse(path).getroot()
    ns = {"svg": "http://www.w3.org/2000/svg"}
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    bars = [r for r in root.iter("{http://www.w3.org/2000/svg}rect") if r.get("class") == "bar"]
    assert len(bars) == 3
    tips = [bar.find("svg:title", ns).text for bar in bars]
    assert tips[0].startswith("two_sum: 5 min against 15 min (within the box)")
    assert "over the box" in tips[1] and "unsolved" in tips[2]
    heights = [float(b.get("height")) for b in bars]
    assert heights[1] > heights[2] > heights[0]
    assert any(t.text == "time to solve (minutes)" for t in root.iter("{http://www.w3.org/2000/svg}text"))


def test_an_empty_chart_is_still_a_valid_image(tmp_path):
    _, _, rows, _ = read_png(stats.render_png([]))
    assert count_colour(rows, stats.GREEN) == 14 * 14  # the legend only
    ET.fromstring(stats.render_svg([]))


def test_the_image_never_replaces_someone_elses_file(practised, drill, tmp_path):
    precious = tmp_path / "photo.png"
    precious.write_bytes(b"\x89PNG my holiday photo")
    refused = drill("stats", "--image", str(precious))
    assert refused.exit_code == 2 and "left untouched" in refused.output
    assert precious.read_bytes() == b"\x89PNG my holiday photo"
    ours = tmp_path / "chart.png"
    assert drill("stats", "--image", str(ours)).exit_code == 0
    first = ours.read_bytes()
    assert drill("stats", "--image", str(ours)).exit_code == 0  # its own chart is replaced
    assert ours.read_bytes() == first
    wrong = drill("stats", "--image", str(tmp_path / "chart.jpg"))
    assert wrong.exit_code == 2 and ".png or .svg" in wrong.output
    nowhere = drill("stats", "--image", str(tmp_path / "no" / "chart.png"))
    assert nowhere.exit_code == 2 and "no such folder" in nowhere.output
    assert not list(tmp_path.glob(".*.tmp"))


def test_the_font_covers_the_chart_labels():
    for text in (stats.TITLE, *(label for _, label in stats.LEGEND), "no finished attempts yet", "0123456789"):
        assert all(ch == " " or ch in stats.FONT for ch in text), text
    assert all(len(glyph) == 7 and max(glyph) < 32 for glyph in stats.FONT.values())


# --- drill status --watch -----------------------------------------------------------------------


@pytest.fixture
def ticking(monkeypatch):
    """A clock that moves one minute per refresh, and a record of every frame's remaining times."""
    calls: list[float] = []
    frames: list[list[float]] = []
    start = time.time()
    monkeypatch.setattr(cli_practice, "clock", lambda: start + 60 * len(calls))
    real_view = cli_practice.watch_view

    def view(current):
        frames.append([round(s.remaining) for s in current])
        return real_view(current)

    monkeypatch.setattr(cli_practice, "watch_view", view)
    return calls, frames


def test_watch_counts_down_and_ctrl_c_exits_cleanly(drill, ticking, monkeypatch):
    calls, frames = ticking

    def sleep(seconds):
        calls.append(seconds)
        if len(calls) == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr(cli_practice, "sleep", sleep)
    drill("start", "two_sum")
    result = drill("status", "--watch")
    assert result.exit_code == 0, result.output
    assert calls == [cli_practice.WATCH_TICK] * 3
    assert [f[0] for f in frames] == [15 * 60, 14 * 60, 13 * 60]  # refreshed each tick, counting down
    assert "two_sum" in result.output and "stopped watching; the clock keeps running" in result.output


def test_watch_ends_by_itself_when_the_attempt_is_solved(drill, workspace, ticking, monkeypatch):
    calls, frames = ticking

    def sleep(seconds):
        calls.append(seconds)
        if len(calls) == 2:  # solved in another terminal meanwhile
            store = Store(history_db(workspace))
            store.record(slug="two_sum", kind="grade", attempt=store.in_progress("two_sum")[0], seed=1,
                         passed=True, duration=1.0, categories={"correctness": [1, 1]}, summary="ok")
        assert len(calls) < 10, "the watch did not stop"

    monkeypatch.setattr(cli_practice, "sleep", sleep)
    drill("start", "two_sum")
    result = drill("status", "--watch")
    assert result.exit_code == 0 and len(calls) == 2
    assert frames[-1] == [] and "no attempt in progress any more" in result.output


def test_watch_with_nothing_in_progress_returns_at_once(drill, monkeypatch):
    monkeypatch.setattr(cli_practice, "sleep", lambda s: pytest.fail("must not wait"))
    result = drill("status", "--watch")
    assert result.exit_code == 0 and "no attempt in progress" in result.output


def test_watch_help(drill):
    assert "--watch" in drill("status", "--help").output


def test_chart_scale_clips_an_attempt_left_open():
    finished = [stats.Finished("a", 0.0, 600.0, 900.0, True), stats.Finished("b", 0.0, 5 * DAY, 900.0, False)]
    lines = stats.text_chart(finished, width=30)
    assert "(clipped)" in lines[1] and "(clipped)" not in lines[0]
