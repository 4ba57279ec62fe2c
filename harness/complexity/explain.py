"""The prose that explains a complexity verdict to a candidate, and the measured class in brief.

Pure (stdlib only); used by the trusted checker on evidence it rebuilt from the worker's numbers.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from harness.complexity.evidence import SpaceEvidence, TimeEvidence
from harness.complexity.growth import Growth

__all__ = ["NOT_MEASURED", "TAMPERED", "at_least", "explain", "measured_class"]

# What a verdict's `measured` says when no class could be measured.
TAMPERED = "tampered"
NOT_MEASURED = "not measured"


def _fmt_bytes(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def _fmt_seconds(t: float) -> str:
    if t < 1e-3:
        return f"{t * 1e6:.0f} us"
    if t < 1:
        return f"{t * 1e3:.1f} ms"
    return f"{t:.2f} s"


def _growth_words(growth: Growth, sizes: Sequence[int], values: Sequence[int | None],
                  noun: str) -> str:
    done = [(n, v) for n, v in zip(sizes, values, strict=False) if v is not None]
    name = f"{growth.words}, {growth.value}" if growth is not Growth.WORSE else growth.value
    if len(done) < 2:
        return f"{noun} grew too fast to measure every size: {name}"
    (n0, first), (n1, last) = done[0], done[-1]
    whole = f"{n1 // n0}x input gave {last / max(first, 1):.2f}x {noun}"
    if growth is Growth.CONSTANT:
        return f"the {noun} stayed flat as n grew ({whole}): {name}"
    if growth is Growth.LOG:
        added = (last - first) / (len(done) - 1)
        return f"each doubling of n added about the same {noun} (+{added:,.0f}; {whole}): {name}"
    if growth is Growth.LINEAR and noun == "memory":
        # Memory of dicts and sets grows in steps, so one doubling can show x1.3 or x2.7;
        # the whole range tells the story without contradicting itself.
        return f"{n1 // n0}x input gave {last / max(first, 1):.1f}x {noun}: {name}"
    steps = [b - a for (_, a), (_, b) in itertools.pairwise(done)]
    if min(steps) <= 0 or noun == "memory":
        # The class was read from the whole range (a step that fell is noise), so say that.
        return f"{whole}: {name}"
    if growth >= Growth.QUADRATIC and len(done) >= 3 and done[-1][1] >= 8 * done[-3][1]:
        (n0, a), (n1, b) = done[-3], done[-1]
        return f"{n1 // n0}x input gave {b / max(a, 1):.1f}x {noun}: {name}"
    # The classifier reads how the added work grows per doubling: show exactly that.
    how = {Growth.LINEAR: "doubled", Growth.LINEARITHMIC: "slightly more than doubled"}.get(
        growth, "more than doubled")
    increments = ", ".join(f"+{d:,}" for d in steps)
    return f"the {noun} each doubling of n added {how} ({increments}): {name}"


def explain(evidence: TimeEvidence | SpaceEvidence, target: Growth) -> str:
    """One to three lines a candidate understands: the numbers, what they mean, the verdict."""
    verdict = "met" if evidence.meets(target) else "not met"
    tail = f"Target {target.value}: {verdict}."
    if evidence.tampered:
        return f"The measurement was tampered with ({evidence.tampered}). {tail}"
    if isinstance(evidence, TimeEvidence):
        parts = []
        for n, c in zip(evidence.sizes, evidence.counts, strict=False):
            parts.append(f"n={n:,}: {c:,}" if c is not None
                         else f"n={n:,}: over the budget of {evidence.budget_per_size:,}")
        lines = [f"work per size (operations counted): {' · '.join(parts)}"]
        if evidence.over_budget:
            bound = "more than quadratic" if _cut_is_worse(target) else "at least quadratic"
            reading = (f"the work outgrew the budget of {evidence.budget_per_size:,} operations "
                       f"per size (generous for {target.value}): {bound}")
        else:
            reading = _growth_words(evidence.count_growth, evidence.sizes, evidence.counts,
                                    "work")
        lines[0] += f" — {reading}."
        guard = evidence.guard
        if guard is not None and evidence.caught_by_guard:
            assert guard.bound is not None
            why = ("copying inside built-in calls (insert/pop at the front, slicing, "
                   "string building) that counting cannot see"
                   if guard.bound is Growth.QUADRATIC else
                   "work inside compiled code (numpy, C builtins) that counting cannot see")
            batched = (f" per call, timed as {guard.batch} calls back to back"
                       if guard.batch > 1 else "")
            if guard.caught_by_share:
                times = " · ".join(f"n={n:,}: {_fmt_seconds(t)}"
                                   for n, t in zip(guard.top_sizes, guard.top_times, strict=False))
                lines.append(f"CPU time at the largest sizes: {times}. Fitting a + b*n + c*n^2, "
                             f"the n^2 term explains {guard.share:.0%} of the time at "
                             f"n={guard.top_sizes[-1]:,}: a loop over pairs inside compiled code "
                             "(a numpy expression, `in`, index or a slice per element) that "
                             f"counting cannot see; {at_least(guard.bound)}.")
                lines[-1] += f" {tail}"
                return "\n".join(lines)
            lines.append(f"CPU time: {guard.factor}x input took {guard.ratio:,.0f}x the time "
                         f"(n={guard.n_small:,}: {_fmt_seconds(guard.t_small)}{batched}, "
                         f"n={guard.n_small * guard.factor:,}: {_fmt_seconds(guard.t_large)}): "
                         f"{why}; {at_least(guard.bound)}.")
        elif guard is not None and guard.top_sizes:
            times = " · ".join(f"n={n:,}: {_fmt_seconds(t)}"
                               for n, t in zip(guard.top_sizes, guard.top_times, strict=False))
            lines.append(f"CPU time, read from outside your process, agrees ({times}; "
                         f"{guard.factor}x input took {guard.ratio:,.0f}x).")
        lines[-1] += f" {tail}"
        return "\n".join(lines)
    parts = [f"n={n:,}: {_fmt_bytes(b)}" for n, b in zip(evidence.sizes, evidence.aux_bytes, strict=False)]
    if evidence.held_by_frames:
        reading = "it grew only with the call stack (values held by each frame)"
    else:
        reading = _growth_words(evidence.bytes_growth, evidence.sizes, evidence.aux_bytes,
                                "memory")
    line1 = f"extra memory per size: {' · '.join(parts)} — {reading}."
    line2 = (f"deepest call stack: {evidence.depths[0]:,} to {evidence.depths[-1]:,} frames "
             f"({evidence.depth_growth.value}); auxiliary space {evidence.growth.value}. {tail}")
    return f"{line1}\n{line2}"


def at_least(growth: Growth) -> str:
    """A lower bound in short words: "at least O(n^2)"."""
    return f"at least {growth.value}"


def _cut_is_worse(target: Growth) -> bool:
    # The budget is generous for the target: a cut of an O(n^2) target's budget means worse than
    # quadratic, a cut of a smaller target's budget means at least quadratic.
    return target >= Growth.QUADRATIC


def measured_class(evidence: TimeEvidence | SpaceEvidence, target: Growth) -> str:
    """The class the evidence shows, in the short words of the CI summary and the verdicts.

    "O(n)", "O(n log n)", ...; "at least O(n^2)" for a lower bound (a cut of the event budget,
    or the CPU guard), "worse than O(n^2)" for a cut of a quadratic target's budget, and
    "tampered" when the measurement was switched off. It agrees with explain() by construction.
    """
    if evidence.tampered:
        return TAMPERED
    if isinstance(evidence, TimeEvidence):
        if evidence.over_budget:
            return Growth.WORSE.value if _cut_is_worse(target) else at_least(Growth.QUADRATIC)
        if evidence.caught_by_guard and evidence.guard is not None and evidence.guard.bound:
            return at_least(evidence.guard.bound)
    return evidence.growth.value
