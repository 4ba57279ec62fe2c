"""Progress in numbers: problems solved by round, tag and difficulty, pass rate, time against the
time box, practice streaks, and a time-to-solve chart for the terminal or as a PNG or SVG file.

The PNG is drawn with numpy into an RGB array and encoded by hand (zlib + struct), with a small
5x7 bitmap font for its labels, so no plotting library is needed.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import struct
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from harness.catalogue.loader import DIFFICULTIES, ROUNDS, Problem
from harness.errors import UsageError
from harness.grading.report import fmt_duration
from harness.practice.store import Attempt, Store

WEAKEST_TAGS = 5  # unpractised tags `drill stats` lists, weakest first (--all lists every tag)
CHART_LIMIT = 40  # the most recent finished attempts a chart shows
MARKER = b"drill stats"  # written into every image, so drill only ever replaces its own charts


@dataclass(frozen=True)
class Group:
    name: str
    solved: int  # problems of the group solved at least once
    total: int  # problems of the group in the catalogue


@dataclass(frozen=True)
class Finished:
    """A finished attempt as the chart shows it: solved, or given up after at least one grade."""

    slug: str
    started_at: float
    elapsed: float
    box: float  # seconds
    solved: bool
    hints_used: int = 0
    solution_seen: bool = False

    @property
    def within_box(self) -> bool:
        return self.solved and self.elapsed <= self.box


@dataclass(frozen=True)
class Stats:
    by_round: tuple[Group, ...]
    by_difficulty: tuple[Group, ...]
    by_tag: tuple[Group, ...]
    attempts: int
    solved_attempts: int
    grades: int
    grades_passed: int
    median_time: float | None  # seconds, over solved attempts
    median_ratio: float | None  # median of time / time box over solved attempts
    within_box: int  # solved attempts inside their time box
    helped: int  # solved attempts that used hints or saw the solution
    streak: int  # consecutive days with practice, up to today (or yesterday)
    longest_streak: int
    finished: tuple[Finished, ...]
    practised_tags: frozenset[str] = frozenset()  # tags of the problems attempted at least once

    @property
    def pass_rate(self) -> float | None:
        return self.grades_passed / self.grades if self.grades else None

    def tags_to_show(self, everything: bool = False) -> tuple[tuple[Group, ...], int]:
        """The tag groups worth a line (the practised ones, then the WEAKEST_TAGS with the lowest
        share solved), and how many more `--all` would add."""
        if everything:
            return self.by_tag, 0
        practised = [g for g in self.by_tag if g.name in self.practised_tags]
        rest = sorted((g for g in self.by_tag if g.name not in self.practised_tags),
                      key=lambda g: (g.solved / g.total if g.total else 1.0, -g.total, g.name))
        shown = {g.name for g in practised + rest[:WEAKEST_TAGS]}
        return tuple(g for g in self.by_tag if g.name in shown), len(self.by_tag) - len(shown)


def _groups(problems: list[Problem], solved: set[str], key, names) -> tuple[Group, ...]:
    out = []
    for name in names:
        members = [p for p in problems if name in key(p)]
        if members:
            out.append(Group(name, sum(p.slug in solved for p in members), len(members)))
    return tuple(out)


def streaks(days: set[dt.date], today: dt.date) -> tuple[int, int]:
    """(current, longest) runs of consecutive days; the current one survives until a day is missed."""
    longest = run = 0
    previous = None
    for day in sorted(days):
        run = run + 1 if previous is not None and (day - previous).days == 1 else 1
        longest = max(longest, run)
        previous = day
    day = today if today in days else today - dt.timedelta(days=1)
    current = 0
    while day in days:
        current += 1
        day -= dt.timedelta(days=1)
    return current, longest


def finished_attempts(attempts: list[Attempt], graded: set[int]) -> list[Finished]:
    out = []
    for a in attempts:
        if a.status == "solved" or (a.status == "abandoned" and a.id in graded):
            out.append(Finished(a.slug, a.started_at, a.elapsed(), a.minutes * 60, a.status == "solved",
                                a.hints_used, a.solution_seen))
    return out


def compute(problems: list[Problem], store: Store | None, now: float | None = None) -> Stats:
    now = now or time.time()
    attempts = store.attempts() if store else []
    events = store.events(limit=None) if store else []
    grades = [e for e in events if e.kind == "grade"]
    solved_attempts = [a for a in attempts if a.status == "solved"]
    solved = {a.slug for a in solved_attempts}
    times = [a.elapsed() for a in solved_attempts]
    ratios = [a.elapsed() / (a.minutes * 60) for a in solved_attempts]
    days = {dt.date.fromtimestamp(e.at) for e in events}
    current, longest = streaks(days, dt.date.fromtimestamp(now))
    tags = sorted({t for p in problems for t in p.tags})
    return Stats(
        by_round=_groups(problems, solved, lambda p: (p.round,), ROUNDS),
        by_difficulty=_groups(problems, solved, lambda p: (p.difficulty,), DIFFICULTIES),
        by_tag=_groups(problems, solved, lambda p: p.tags, tags),
        attempts=len(attempts),
        solved_attempts=len(solved_attempts),
        grades=len(grades),
        grades_passed=sum(bool(e.passed) for e in grades),
        median_time=statistics.median(times) if times else None,
        median_ratio=statistics.median(ratios) if ratios else None,
        within_box=sum(r <= 1 for r in ratios),
        helped=sum(1 for a in solved_attempts if a.hints_used or a.solution_seen),
        streak=current,
        longest_streak=longest,
        # An attempt given up with `drill abandon` says nothing about time to solve: left out.
        practised_tags=frozenset(t for p in problems if p.slug in {a.slug for a in attempts} for t in p.tags),
        finished=tuple(finished_attempts(attempts, {e.attempt_id for e in grades if e.attempt_id}
                                         - {e.attempt_id for e in events if e.kind == "abandon"})),
    )


# --- the chart in the terminal ------------------------------------------------------------------

GLYPHS = {"within": "█", "over": "▓", "unsolved": "░"}


def _scale_top(shown: list[Finished]) -> float:
    """The chart's top in seconds: the longest bar, but never more than 3x the longest box, so one
    attempt left open for a day does not flatten the rest (longer bars are drawn clipped)."""
    longest_box = max(f.box for f in shown)
    return min(max(max(f.elapsed for f in shown), longest_box), 3 * longest_box)


def text_chart(finished: tuple[Finished, ...] | list[Finished], width: int = 40) -> list[str]:
    """One bar per finished attempt, oldest first, as lines of rich markup; '|' marks the time box."""
    shown = list(finished)[-CHART_LIMIT:]
    if not shown:
        return ["no finished attempts yet: the chart starts with your first solve"]
    top = _scale_top(shown)
    name_width = max(len(f.slug) for f in shown)  # whole names: a slug is what one types
    lines = []
    for f in shown:
        n = round(min(f.elapsed, top) / top * width)
        box_at = min(width, round(f.box / top * width))
        glyph = GLYPHS["unsolved" if not f.solved else "within" if f.within_box else "over"]
        cells = [glyph if i < max(n, 1) else " " for i in range(width + 1)]  # never an invisible bar
        if box_at >= n:
            cells[box_at] = "|"
        if f.elapsed > top:
            cells[width] = "»"  # cut short: the bar runs on past the chart
        colour = "dim" if not f.solved else ("green" if f.within_box else "red")
        bar = "".join(cells)
        label = time.strftime("%m-%d", time.localtime(f.started_at)) + " " + f.slug.ljust(name_width)
        note = f"{fmt_duration(f.elapsed)} / {round(f.box / 60)} min"
        if not f.solved:
            note += " unsolved"
        if f.elapsed > top:
            note += " (clipped)"
        if f.hints_used:
            note += f" ({f.hints_used} hint{'s' if f.hints_used > 1 else ''})"
        if f.solution_seen:
            note += " (solution seen)"
        lines.append(f"{label} [{colour}]{bar}[/] {note}")
    # One glyph per meaning, so the legend reads without colour too (logs, pipes).
    lines.append(f"[green]{GLYPHS['within']}[/] solved within the box  [red]{GLYPHS['over']}[/] solved over it  "
                 f"[dim]{GLYPHS['unsolved']}[/] unsolved  | the time box  » clipped (longer than the chart)")
    return lines


# --- the chart as an image ----------------------------------------------------------------------

WIDTH, HEIGHT = 760, 560
LEFT, RIGHT, TOP, BOTTOM = 64, 20, 50, 250  # the bottom band holds each bar's problem, then the legend
MIN_BAR = 4  # pixels: a short unsolved attempt must still show
LABEL_CHARS = 32  # the longest problem name written under a bar
GREEN, RED, GREY, INK, GRID = (46, 160, 67), (208, 60, 50), (170, 170, 170), (30, 30, 30), (225, 225, 225)
TITLE = "time to solve (minutes)"
LEGEND = ((GREEN, "within box"), (RED, "over box"), (GREY, "unsolved"), (INK, "time box"))
KEY = "h: hints used   s: solution seen   gap at the top: clipped (its true time above)"

# A 5x7 bitmap font: each glyph is its character followed by seven rows as two hex digits
# (bit 4 is the leftmost pixel). Characters not listed are drawn as spaces.
_FONT_DATA = (
    "00e11131519110e 1040c040404040e 20e11010204081f 31f02040201110e 402060a121f0202 "
    "51f101e0101110e 60608101e11110e 71f010204080808 80e11110e11110e 90e11110f01020c "
    "a00000e010f110f b1010161911111e c00000e1010110e d01010d1311110f e00000e111f100e "
    "f0609081c080808 g000f11110f010e h10101619111111 i04000c0404040e j0200060202120c "
    "k10101214181412 l0c04040404040e m00001a15151111 n00001619111111 o00000e1111110e "
    "p001e11111e1010 q000f11110f0101 r00001619101010 s00000f100e011e t08081c08080906 "
    "u0000111111130d v00001111110a04 w0000111115150a x0000110a040a11 y001111110f010e "
    "z00001f0204081f (02040808080402 )08040202020408 :000c0c000c0c00 -0000001f000000 "
    ".00000000000c0c /00010204081000 _0000000000001f #0a0a1f0a1f0a0a"
)
FONT = {item[0]: bytes.fromhex(item[1:]) for item in _FONT_DATA.split()}


def _nice_step(top_minutes: float) -> int:
    for step in (1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 960):
        if top_minutes / step <= 6:
            return step
    return 1440


@dataclass(frozen=True)
class _Layout:
    """Where everything goes; shared by the PNG and SVG writers so both draw the same chart."""

    top_minutes: int
    step: int
    bars: list[tuple[Finished, int, int, int, int, tuple[int, int, int]]]  # f, x, width, y, box_y, colour

    @property
    def plot(self) -> tuple[int, int, int, int]:
        return LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM

    def y_of(self, minutes_: float) -> int:
        _, y0, _, y1 = self.plot
        return round(y1 - min(minutes_, self.top_minutes) / self.top_minutes * (y1 - y0))


def _layout(finished: list[Finished]) -> _Layout:
    shown = finished[-CHART_LIMIT:]
    top = _scale_top(shown) / 60 if shown else 10
    step = _nice_step(top)
    top_minutes = max(step, -(-int(top) // step) * step)
    layout = _Layout(top_minutes, step, [])
    x0, _, x1, _ = layout.plot
    slot = (x1 - x0) / max(len(shown), 1)
    bar_w = max(2, int(slot * 0.7))
    for i, f in enumerate(shown):
        x = x0 + int(i * slot + (slot - bar_w) / 2) + 1
        colour = GREY if not f.solved else (GREEN if f.within_box else RED)
        y = min(layout.y_of(f.elapsed / 60), layout.plot[3] - MIN_BAR)
        layout.bars.append((f, x, bar_w, y, layout.y_of(f.box / 60), colour))
    return layout


def _marks(f: Finished, top_minutes: int) -> tuple[str, str]:
    """What is written above a bar: its true time when the bar is clipped, and h / s for help used."""
    clipped = fmt_duration(f.elapsed).replace(" ", "") if f.elapsed / 60 > top_minutes else ""
    return clipped, ("h" if f.hints_used else "") + ("s" if f.solution_seen else "")


def _vertical_text(canvas, x: int, y: int, text: str, colour) -> None:
    """`text` read bottom to top (a bar's problem name), its first letter at the bottom: drawn
    flat on a small canvas, turned a quarter, and copied in where it has ink."""
    import numpy as np

    flat = np.zeros((7, 6 * len(text), 3), dtype=np.uint8)
    _text(flat, 0, 0, text, (1, 1, 1), scale=1)
    turned = np.rot90(flat)
    height, width = turned.shape[:2]
    region = canvas[y:y + height, x:x + width]
    ink = turned[:region.shape[0], :region.shape[1], 0] > 0
    region[ink] = colour


def _text(canvas, x: int, y: int, text: str, colour, scale: int = 2) -> None:
    for ch in text.lower():
        glyph = FONT.get(ch)
        if glyph is not None:
            for row, bits in enumerate(glyph):
                for col in range(5):
                    if bits & (16 >> col):
                        canvas[y + row * scale:y + (row + 1) * scale, x + col * scale:x + (col + 1) * scale] = colour
        x += 6 * scale


def render_png(finished: list[Finished]) -> bytes:
    import numpy as np  # deferred: only `drill stats --image` needs it

    canvas = np.full((HEIGHT, WIDTH, 3), 255, dtype=np.uint8)
    layout = _layout(finished)
    x0, y0, x1, y1 = layout.plot
    _text(canvas, x0, 16, TITLE, INK)
    for minutes_ in range(0, layout.top_minutes + 1, layout.step):
        y = layout.y_of(minutes_)
        canvas[y, x0:x1] = GRID
        label = str(minutes_)
        _text(canvas, x0 - 8 - 12 * len(label), y - 7, label, INK)
    for f, x, w, y, box_y, colour in layout.bars:
        canvas[y:y1, x:x + w] = colour
        canvas[max(y0, box_y - 1):box_y + 1, max(x0, x - 3):x + w + 3] = INK
        clipped, helped = _marks(f, layout.top_minutes)
        if clipped:
            canvas[y0 + 8:y0 + 12, x:x + w] = 255  # the break: this bar is longer than the chart
            _text(canvas, x, y0 - 9, clipped, INK, scale=1)
        if helped:
            _text(canvas, x, (y0 + 14 if clipped else y - 10), helped, INK, scale=1)
        _vertical_text(canvas, x + max(0, (w - 7) // 2), y1 + 6, f.slug[:LABEL_CHARS], INK)
    canvas[y0:y1 + 1, x0 - 1:x0 + 1] = INK
    canvas[y1:y1 + 2, x0:x1] = INK
    if not layout.bars:
        _text(canvas, x0 + 20, (y0 + y1) // 2, "no finished attempts yet", GREY)
    x = x0
    for colour, label in LEGEND:
        canvas[HEIGHT - 30:HEIGHT - 16, x:x + 14] = colour
        _text(canvas, x + 20, HEIGHT - 30, label, INK)
        x += 20 + 12 * len(label) + 24
    _text(canvas, x0, HEIGHT - 50, KEY, INK, scale=1)
    return encode_png(canvas)


def encode_png(pixels) -> bytes:
    """An 8-bit RGB PNG of an (height, width, 3) uint8 array: filter type 0 on every row."""
    import numpy as np

    height, width, _ = pixels.shape
    raw = np.zeros((height, 1 + width * 3), dtype=np.uint8)
    raw[:, 1:] = pixels.reshape(height, width * 3)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", b"Software\x00" + MARKER)
            + chunk(b"IDAT", zlib.compress(raw.tobytes(), 9))
            + chunk(b"IEND", b""))


def render_svg(finished: list[Finished]) -> bytes:
    layout = _layout(finished)
    x0, y0, x1, y1 = layout.plot

    def rgb(c) -> str:
        return "#{:02x}{:02x}{:02x}".format(*c)

    out = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
            f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="monospace" font-size="14">'),
           f"<desc>{MARKER.decode()}: time to solve per finished attempt</desc>",
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
           f'<text x="{x0}" y="30" font-size="18" fill="{rgb(INK)}">{TITLE}</text>']
    for minutes_ in range(0, layout.top_minutes + 1, layout.step):
        y = layout.y_of(minutes_)
        out.append(f'<line x1="{x0}" y1="{y}" x2="{x1}" y2="{y}" stroke="{rgb(GRID)}"/>')
        out.append(f'<text x="{x0 - 8}" y="{y + 5}" text-anchor="end" fill="{rgb(INK)}">{minutes_}</text>')
    for f, x, w, y, box_y, colour in layout.bars:
        state = "unsolved" if not f.solved else ("within the box" if f.within_box else "over the box")
        tip = escape(f"{f.slug}: {fmt_duration(f.elapsed)} against {round(f.box / 60)} min ({state})")
        out.append(f'<rect class="bar" x="{x}" y="{y}" width="{w}" height="{max(0, y1 - y)}" '
                   f'fill="{rgb(colour)}"><title>{tip}</title></rect>')
        out.append(f'<line class="box" x1="{x - 3}" y1="{box_y}" x2="{x + w + 3}" y2="{box_y}" '
                   f'stroke="{rgb(INK)}" stroke-width="2"/>')
        clipped, helped = _marks(f, layout.top_minutes)
        if clipped:
            out.append(f'<rect class="break" x="{x}" y="{y0 + 8}" width="{w}" height="4" fill="#ffffff"/>')
            out.append(f'<text x="{x}" y="{y0 - 4}" font-size="10" fill="{rgb(INK)}">{clipped}</text>')
        if helped:
            out.append(f'<text x="{x}" y="{(y0 + 24) if clipped else (y - 4)}" font-size="10" '
                       f'fill="{rgb(INK)}">{helped}</text>')
        cx, ly = x + w // 2 + 4, y1 + 8
        out.append(f'<text class="label" x="{cx}" y="{ly}" font-size="11" text-anchor="end" '
                   f'transform="rotate(-90 {cx} {ly})" fill="{rgb(INK)}">{escape(f.slug)}</text>')
    out.append(f'<line x1="{x0}" y1="{y0}" x2="{x0}" y2="{y1}" stroke="{rgb(INK)}" stroke-width="2"/>')
    out.append(f'<line x1="{x0}" y1="{y1}" x2="{x1}" y2="{y1}" stroke="{rgb(INK)}" stroke-width="2"/>')
    if not layout.bars:
        out.append(f'<text x="{x0 + 20}" y="{(y0 + y1) // 2}" fill="{rgb(GREY)}">no finished attempts yet</text>')
    x = x0
    for colour, label in LEGEND:
        out.append(f'<rect x="{x}" y="{HEIGHT - 30}" width="14" height="14" fill="{rgb(colour)}"/>')
        out.append(f'<text x="{x + 20}" y="{HEIGHT - 18}" fill="{rgb(INK)}">{label}</text>')
        x += 20 + 9 * len(label) + 24
    out.append(f'<text x="{x0}" y="{HEIGHT - 40}" font-size="11" fill="{rgb(INK)}">{KEY}</text>')
    out.append("</svg>")
    return ("\n".join(out) + "\n").encode()


def write_chart(finished: list[Finished], path: Path) -> Path:
    """Write the chart as PNG or SVG (by the file's suffix). An existing file is replaced only
    when it is an earlier drill chart; the new one is written beside it and renamed into place."""
    kind = path.suffix.lower()
    if kind not in (".png", ".svg"):
        raise UsageError(f"{path}: the chart is written as .png or .svg, not '{path.suffix or 'no suffix'}'",
                         hint="name the file e.g. progress.png or progress.svg")
    if not path.parent.is_dir():
        raise UsageError(f"{path.parent}: no such folder", hint="create it first or choose another path")
    if path.exists() and not _is_our_chart(path):
        raise UsageError(f"{path} exists and is not a chart drill wrote; it was left untouched",
                         hint="choose another file name, or move that file aside")
    data = render_png(finished) if kind == ".png" else render_svg(finished)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UsageError(f"{path}: cannot write the chart ({exc.strerror})",
                         hint="choose a writable folder") from exc
    return path


def _is_our_chart(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(512)
    except OSError:
        return False
    return path.is_file() and MARKER in head
