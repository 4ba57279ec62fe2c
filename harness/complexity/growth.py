"""Growth classes, O(1) to worse than O(n^2), and their parsing: pure, importable anywhere."""

from __future__ import annotations

import enum

__all__ = ["Growth", "max_growth"]


class Growth(enum.Enum):
    """A complexity class; members are ordered from cheapest to most expensive."""

    CONSTANT = "O(1)"
    LOG = "O(log n)"
    LINEAR = "O(n)"
    LINEARITHMIC = "O(n log n)"
    QUADRATIC = "O(n^2)"
    WORSE = "worse than O(n^2)"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Growth):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Growth):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Growth):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Growth):
            return NotImplemented
        return self.rank >= other.rank

    @classmethod
    def parse(cls, text: str) -> Growth:
        """Parse a target such as "O(n log n)"; spacing, case, n² and n**2 are tolerated."""
        if not isinstance(text, str):
            raise TypeError(f"complexity class must be text, got {type(text).__name__}")
        key = _normalise_class_text(text)
        for member in cls:
            if _normalise_class_text(member.value) == key:
                return member
        accepted = ", ".join(m.value for m in cls if m is not cls.WORSE)
        raise ValueError(f"unknown complexity class {text!r}; expected one of: {accepted}")

    @property
    def words(self) -> str:
        return _WORDS[self]


_RANK = {member: index for index, member in enumerate(Growth)}
_WORDS = {
    Growth.CONSTANT: "constant",
    Growth.LOG: "logarithmic",
    Growth.LINEAR: "linear",
    Growth.LINEARITHMIC: "n log n",
    Growth.QUADRATIC: "quadratic",
    Growth.WORSE: "worse than quadratic",
}


def _normalise_class_text(text: str) -> str:
    key = "".join(text.split()).lower()
    for old, new in (("²", "^2"), ("**", "^"), ("*", ""), ("·", ""), ("lg", "log")):
        key = key.replace(old, new)
    return key


def max_growth(*classes: Growth | None) -> Growth:
    """The most expensive of the given classes, ignoring None."""
    return max(c for c in classes if c is not None)
