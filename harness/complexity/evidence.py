"""The evidence of a complexity measurement as frozen dataclasses, and their wire form.

Pure (stdlib only), importable from any process. The worker builds the evidence and sends
to_dict(), plain built-in types; the trusted process rebuilds it with from_dict(), which checks
every field and recomputes each class from the raw numbers rather than trusting a
classification sent by the (untrusted) worker.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from harness.complexity.classify import (
    bytes_held_by_frames,
    classify_bytes,
    classify_counts,
    classify_depths,
    cpu_guard_verdict,
    guard_batches,
)
from harness.complexity.growth import Growth, max_growth
from harness.complexity.scaling import (
    SHARE_MIN_SECONDS,
    SHARE_QUADRATIC,
    SHARE_STEP_RATIO,
    quadratic_share,
    top_step,
)

__all__ = ["GuardEvidence", "SpaceEvidence", "TimeEvidence"]


def _int_tuple(value: Any, name: str, *, allow_none: bool = False) -> tuple[Any, ...]:
    if not isinstance(value, (list, tuple)):
        # ValueError like every other malformed field, so callers catch one error type.
        raise ValueError(f"{name} must be a list")  # noqa: TRY004
    for item in value:
        if item is None and allow_none:
            continue
        if type(item) is not int:
            raise ValueError(f"{name} must hold ints, got {item!r}")
    return tuple(value)


def _float(value: Any, name: str) -> float:
    if type(value) not in (int, float) or not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return float(value)


def _optional_text(value: Any, name: str) -> str | None:
    if value is not None and type(value) is not str:
        raise ValueError(f"{name} must be text or null")
    return value


def _float_tuple(value: Any, name: str) -> tuple[float, ...]:
    if not isinstance(value, (list, tuple)):
        raise ValueError(f"{name} must be a list")  # noqa: TRY004 - one error type for callers
    return tuple(_float(item, name) for item in value)


@dataclass(frozen=True)
class GuardEvidence:
    """Per-call CPU time at n_small and factor*n_small (minimum over repeats), and optionally at
    the top sizes (N/8 ... N) whose fitted n^2 share catches a brute force a large per-element
    cost hides from the ratio (harness.complexity.scaling)."""

    n_small: int
    factor: int
    t_small: float
    t_large: float
    clock: str
    batch: int = 1  # t_small is the time per call of this many small calls timed together
    batch_large: int = 1  # and t_large of this many large calls
    top_sizes: tuple[int, ...] = ()
    top_times: tuple[float, ...] = ()
    bound: Growth | None = field(init=False)
    share: float = field(init=False)  # of the time at the largest top size, explained by n^2
    share_seconds: float = field(init=False)

    def __post_init__(self) -> None:
        if len(self.top_sizes) != len(self.top_times) or len(self.top_sizes) in (1, 2):
            raise ValueError("top sizes need a time each, and 3 or more of them")
        bound = cpu_guard_verdict(self.t_small, self.t_large, self.factor, self.batch,
                                  self.batch_large)
        share, seconds = quadratic_share(self.top_sizes, self.top_times) if self.top_sizes else (0.0, 0.0)
        if (share >= SHARE_QUADRATIC and seconds >= SHARE_MIN_SECONDS
                and top_step(self.top_times) >= SHARE_STEP_RATIO):
            bound = Growth.QUADRATIC
        object.__setattr__(self, "bound", bound)
        object.__setattr__(self, "share", share)
        object.__setattr__(self, "share_seconds", seconds)

    @property
    def caught_by_share(self) -> bool:
        """The quadratic bound rests on the top sizes' fit, not on the 32x ratio."""
        return (self.bound is Growth.QUADRATIC and cpu_guard_verdict(
            self.t_small, self.t_large, self.factor, self.batch, self.batch_large) is not Growth.QUADRATIC)

    def with_top(self, sizes: Sequence[int], times: Sequence[float]) -> GuardEvidence:
        return GuardEvidence(n_small=self.n_small, factor=self.factor, t_small=self.t_small,
                             t_large=self.t_large, clock=self.clock, batch=self.batch,
                             batch_large=self.batch_large, top_sizes=tuple(sizes),
                             top_times=tuple(times))

    def batches_needed(self) -> tuple[int, int]:
        """(small, large) batches to time again with; the current ones if the reading is enough."""
        return guard_batches(self.t_small, self.t_large, self.factor, self.batch,
                             self.batch_large)

    @property
    def ratio(self) -> float:
        return self.t_large / max(self.t_small, 1e-9)

    @classmethod
    def from_times(cls, n_small: int, factor: int, small: Sequence[float],
                   large: Sequence[float], clock: str, batch: int = 1,
                   batch_large: int = 1) -> GuardEvidence:
        """Build from repeated timings; the minimum is the least disturbed by other load."""
        if not small or not large:
            raise ValueError("need at least one timing per size")
        return cls(n_small=n_small, factor=factor, t_small=min(small), t_large=min(large),
                   clock=clock, batch=batch, batch_large=batch_large)

    def to_dict(self) -> dict[str, Any]:
        return {"n_small": self.n_small, "factor": self.factor, "t_small": self.t_small,
                "t_large": self.t_large, "clock": self.clock, "batch": self.batch,
                "batch_large": self.batch_large, "top_sizes": list(self.top_sizes),
                "top_times": list(self.top_times), "share": self.share,
                "bound": None if self.bound is None else self.bound.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GuardEvidence:
        n_small, factor = data.get("n_small"), data.get("factor")
        if type(n_small) is not int or type(factor) is not int or n_small < 1 or factor < 2:
            raise ValueError("guard evidence needs int n_small >= 1 and factor >= 2")
        batch, batch_large = data.get("batch", 1), data.get("batch_large", 1)
        if type(batch) is not int or type(batch_large) is not int or min(batch, batch_large) < 1:
            raise ValueError("guard evidence needs int batches >= 1")
        return cls(n_small=n_small, factor=factor, batch=batch, batch_large=batch_large,
                   t_small=_float(data.get("t_small"), "t_small"),
                   t_large=_float(data.get("t_large"), "t_large"),
                   clock=_optional_text(data.get("clock"), "clock") or "",
                   top_sizes=_int_tuple(data.get("top_sizes", []), "top_sizes"),
                   top_times=_float_tuple(data.get("top_times", []), "top_times"))


@dataclass(frozen=True)
class TimeEvidence:
    """Event counts per size, the class they fit, and optionally the CPU guard's lower bound."""

    sizes: tuple[int, ...]
    counts: tuple[int | None, ...]
    budget_per_size: int
    tampered: str | None = None
    guard: GuardEvidence | None = None
    count_growth: Growth = field(init=False)
    growth: Growth = field(init=False)

    def __post_init__(self) -> None:
        if len(self.counts) != len(self.sizes):
            raise ValueError(f"{len(self.counts)} counts for {len(self.sizes)} sizes")
        # Never classify a tampered run: it fails every target.
        count_growth = Growth.WORSE if self.tampered else classify_counts(self.sizes, self.counts)
        object.__setattr__(self, "count_growth", count_growth)
        bound = None if self.guard is None else self.guard.bound
        object.__setattr__(self, "growth", max_growth(count_growth, bound))

    def with_guard(self, guard: GuardEvidence) -> TimeEvidence:
        return TimeEvidence(sizes=self.sizes, counts=self.counts,
                            budget_per_size=self.budget_per_size, tampered=self.tampered,
                            guard=guard)

    @property
    def over_budget(self) -> bool:
        return any(c is None for c in self.counts)

    @property
    def caught_by_guard(self) -> bool:
        return self.guard is not None and self.growth > self.count_growth

    def meets(self, target: Growth) -> bool:
        return not self.tampered and self.growth <= target

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "time", "sizes": list(self.sizes), "counts": list(self.counts),
                "budget_per_size": self.budget_per_size, "tampered": self.tampered,
                "guard": None if self.guard is None else self.guard.to_dict(),
                "count_growth": self.count_growth.value, "growth": self.growth.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimeEvidence:
        """Rebuild from to_dict() output; the class is recomputed, never read from the data."""
        budget = data.get("budget_per_size")
        if type(budget) is not int or budget < 1:
            raise ValueError("budget_per_size must be a positive int")
        guard = data.get("guard")
        return cls(sizes=_int_tuple(data.get("sizes"), "sizes"),
                   counts=_int_tuple(data.get("counts"), "counts", allow_none=True),
                   budget_per_size=budget,
                   tampered=_optional_text(data.get("tampered"), "tampered"),
                   guard=None if guard is None else GuardEvidence.from_dict(guard))


@dataclass(frozen=True)
class SpaceEvidence:
    """Auxiliary bytes (peak - baseline - returned value) and deepest call stack per size."""

    sizes: tuple[int, ...]
    aux_bytes: tuple[int, ...]
    output_bytes: tuple[int, ...]
    depths: tuple[int, ...]
    tampered: str | None = None
    bytes_growth: Growth = field(init=False)
    depth_growth: Growth = field(init=False)
    growth: Growth = field(init=False)
    held_by_frames: bool = field(init=False)  # the bytes grew only as the call stack did

    def __post_init__(self) -> None:
        if not len(self.sizes) == len(self.aux_bytes) == len(self.output_bytes) == len(self.depths):
            raise ValueError("sizes, aux_bytes, output_bytes and depths differ in length")
        held_by_frames = False
        if self.tampered:
            bytes_growth = depth_growth = Growth.WORSE
        else:
            depth_growth = classify_depths(self.sizes, self.depths)
            held_by_frames = bytes_held_by_frames(self.aux_bytes, self.depths, depth_growth)
            if held_by_frames:
                bytes_growth = Growth.CONSTANT  # stack memory: the depth already counts it
            else:
                bytes_growth = classify_bytes(self.sizes, self.aux_bytes)
        object.__setattr__(self, "held_by_frames", held_by_frames)
        object.__setattr__(self, "bytes_growth", bytes_growth)
        object.__setattr__(self, "depth_growth", depth_growth)
        object.__setattr__(self, "growth", max_growth(bytes_growth, depth_growth))

    def meets(self, target: Growth) -> bool:
        return not self.tampered and self.growth <= target

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "space", "sizes": list(self.sizes), "aux_bytes": list(self.aux_bytes),
                "output_bytes": list(self.output_bytes), "depths": list(self.depths),
                "tampered": self.tampered, "held_by_frames": self.held_by_frames,
                "bytes_growth": self.bytes_growth.value,
                "depth_growth": self.depth_growth.value, "growth": self.growth.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SpaceEvidence:
        """Rebuild from to_dict() output; the class is recomputed, never read from the data."""
        return cls(sizes=_int_tuple(data.get("sizes"), "sizes"),
                   aux_bytes=_int_tuple(data.get("aux_bytes"), "aux_bytes"),
                   output_bytes=_int_tuple(data.get("output_bytes"), "output_bytes"),
                   depths=_int_tuple(data.get("depths"), "depths"),
                   tampered=_optional_text(data.get("tampered"), "tampered"))

