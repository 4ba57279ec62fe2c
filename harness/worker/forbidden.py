"""Forbidden APIs: the calls a problem asks you to write yourself, enforced twice.

A problem lists them in problem.toml (`[imports] forbidden = [...]`) as dotted names or family
names ("softmax" stands for every way torch spells it). Two independent checks:

- `scan(source, specs)`, in the trusted grader: an AST scan that resolves import aliases
  (`import torch.nn.functional as F` makes `F.softmax` torch.nn.functional.softmax) and reports each
  use with its line. It sees what is written, even in code that no test reaches.
- `install(specs, solution)`, in the worker before the submission is imported: each forbidden
  function is replaced by a guard, and each forbidden class gets a guarded constructor, that raises
  ForbiddenCall when the submission is on the call stack. It sees what actually runs, however the
  name was reached (getattr, a wrapper class such as nn.CrossEntropyLoss that calls the forbidden
  function inside, an alias).

A name matches a spec when it equals it or lies under it ("torch.optim" covers torch.optim.Adam).
"""

from __future__ import annotations

import ast
import importlib
import sys
from dataclasses import dataclass
from types import FrameType

# Families: one word for all the places an operation lives. Authors may still list dotted names.
FAMILIES: dict[str, tuple[str, ...]] = {
    "softmax": ("torch.softmax", "torch.nn.functional.softmax", "torch.special.softmax",
                "torch.Tensor.softmax", "torch.nn.Softmax", "torch.nn.Softmax2d"),
    "log_softmax": ("torch.log_softmax", "torch.nn.functional.log_softmax", "torch.special.log_softmax",
                    "torch.Tensor.log_softmax", "torch.nn.LogSoftmax"),
    "logsumexp": ("torch.logsumexp", "torch.special.logsumexp", "torch.Tensor.logsumexp"),
    "sigmoid": ("torch.sigmoid", "torch.nn.functional.sigmoid", "torch.special.expit",
                "torch.Tensor.sigmoid", "torch.nn.Sigmoid", "torch.nn.functional.logsigmoid",
                "torch.nn.LogSigmoid"),
    "cross_entropy": ("torch.nn.functional.cross_entropy", "torch.nn.functional.nll_loss",
                      "torch.nn.CrossEntropyLoss", "torch.nn.NLLLoss"),
    "binary_cross_entropy": ("torch.nn.functional.binary_cross_entropy",
                             "torch.nn.functional.binary_cross_entropy_with_logits",
                             "torch.nn.BCELoss", "torch.nn.BCEWithLogitsLoss"),
    "losses": ("torch.nn.functional.cross_entropy", "torch.nn.functional.nll_loss",
               "torch.nn.functional.binary_cross_entropy",
               "torch.nn.functional.binary_cross_entropy_with_logits", "torch.nn.functional.huber_loss",
               "torch.nn.functional.smooth_l1_loss", "torch.nn.functional.hinge_embedding_loss",
               "torch.nn.functional.multi_margin_loss", "torch.nn.functional.triplet_margin_loss",
               "torch.nn.functional.triplet_margin_with_distance_loss", "torch.nn.functional.mse_loss",
               "torch.nn.functional.l1_loss", "torch.nn.functional.soft_margin_loss",
               "torch.nn.functional.margin_ranking_loss", "torch.nn.functional.kl_div",
               "torch.nn.modules.loss", "torch.nn.CrossEntropyLoss", "torch.nn.NLLLoss", "torch.nn.BCELoss",
               "torch.nn.BCEWithLogitsLoss", "torch.nn.HuberLoss", "torch.nn.SmoothL1Loss", "torch.nn.MSELoss",
               "torch.nn.L1Loss", "torch.nn.HingeEmbeddingLoss", "torch.nn.MultiMarginLoss",
               "torch.nn.TripletMarginLoss", "torch.nn.TripletMarginWithDistanceLoss", "torch.nn.SoftMarginLoss",
               "torch.nn.MarginRankingLoss", "torch.nn.KLDivLoss"),
    "optimizers": ("torch.optim",),
    "autograd": ("torch.autograd.grad", "torch.Tensor.backward", "torch.autograd.backward",
                 "torch.func"),
    "sklearn": ("sklearn",),
    "scipy": ("scipy",),
}


def expand(specs) -> tuple[str, ...]:
    """Family names replaced by their dotted names, duplicates dropped, order kept."""
    out: list[str] = []
    for spec in specs:
        for name in FAMILIES.get(spec, (spec,)):
            if name not in out:
                out.append(name)
    return tuple(out)


def _matches(name: str, spec: str) -> bool:
    return name == spec or name.startswith(spec + ".")


# --- the AST scan (trusted side) ----------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    line: int
    name: str  # the resolved dotted name, e.g. torch.nn.functional.softmax
    written: str  # as written in the source, e.g. F.softmax

    def __str__(self) -> str:
        shown = self.name if self.written == self.name else f"{self.name} (written {self.written})"
        return f"line {self.line}: {shown}"


def scan(source: str | bytes, specs) -> list[Finding]:
    """Every use of a forbidden name in `source`, in line order. A source that does not parse
    yields nothing here (the syntax check reports it)."""
    specs = expand(specs)
    if not specs:
        return []
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return []
    # Tensor methods ("torch.Tensor.softmax") are found by their attribute name on any receiver.
    methods = {spec.rsplit(".", 1)[1]: spec for spec in specs if spec.startswith("torch.Tensor.")}
    aliases: dict[str, str] = {}
    findings: list[Finding] = []

    def forbidden(name: str) -> bool:
        return any(_matches(name, spec) for spec in specs)

    # Imports first, anywhere in the file (a function-level import counts the same).
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    aliases[alias.asname] = alias.name
                else:
                    top = alias.name.split(".")[0]
                    aliases[top] = top
                if forbidden(alias.name):
                    findings.append(Finding(node.lineno, alias.name, f"import {alias.name}"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                aliases[alias.asname or alias.name] = full
                if forbidden(full) or forbidden(node.module):
                    findings.append(Finding(node.lineno, full, f"from {node.module} import {alias.name}"))

    def dotted(node: ast.AST) -> tuple[str, str] | None:
        """(resolved, written) for Name / Attribute chains rooted at an imported alias."""
        parts: list[str] = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if not isinstance(node, ast.Name) or node.id not in aliases:
            return None
        written = ".".join([node.id, *reversed(parts)])
        return ".".join([aliases[node.id], *reversed(parts)]), written

    seen: set[tuple[int, str]] = {(f.line, f.name) for f in findings}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Attribute, ast.Name)) and isinstance(getattr(node, "ctx", None), ast.Load):
            resolved = dotted(node)
            if resolved is not None:
                name, written = resolved
                if forbidden(name) and (node.lineno, name) not in seen:
                    # Report the shortest forbidden prefix once per line (F.softmax, not also F).
                    seen.add((node.lineno, name))
                    findings.append(Finding(node.lineno, name, written))
                continue
            if isinstance(node, ast.Attribute) and node.attr in methods:
                receiver = node.value
                if isinstance(receiver, ast.Name) and receiver.id in ("self", "cls"):
                    continue
                name = methods[node.attr]
                if (node.lineno, name) not in seen:
                    seen.add((node.lineno, name))
                    findings.append(Finding(node.lineno, name, f"<tensor>.{node.attr}"))
    # An Attribute chain is visited at every level (F.softmax.__call__ and F.softmax): keep the
    # most specific forbidden name per line and drop its prefixes.
    findings = [f for f in findings
                if not any(g.line == f.line and g.name != f.name and g.name.startswith(f.name + ".")
                           for g in findings)]
    return sorted(set(findings), key=lambda f: (f.line, f.name))


def explain(findings: list[Finding], specs) -> str:
    lines = [f"solution.py uses {'an API' if len(findings) == 1 else 'APIs'} this problem asks you "
             f"to write yourself:"]
    lines += [f"  {f}" for f in findings[:12]]
    if len(findings) > 12:
        lines.append(f"  ... and {len(findings) - 12} more")
    lines.append(f"Forbidden here: {', '.join(specs)}.")
    return "\n".join(lines)


# --- the runtime guard (worker side) ------------------------------------------------------------


class ForbiddenCall(BaseException):
    """Raised in the worker when the submission reaches a forbidden API.

    A BaseException, so a bare `except Exception` fallback around the call does not hide it.
    """


def _caller_line(solution: str) -> int | None:
    frame: FrameType | None = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename == solution:
            return frame.f_lineno
        frame = frame.f_back
    return None


def _guard_function(fn, name: str, solution: str):
    def guard(*args, **kwargs):
        line = _caller_line(solution)
        if line is not None:
            raise ForbiddenCall(f"solution.py line {line} reaches {name}, which this problem forbids: "
                                "write it from elementary operations")
        return fn(*args, **kwargs)

    guard.__name__ = getattr(fn, "__name__", name.rsplit(".", 1)[-1])
    guard.__qualname__ = guard.__name__
    guard.__doc__ = f"{name} is forbidden in this problem."
    return guard


def _guard_class(cls: type, name: str, solution: str) -> None:
    # mypy calls any __init__ access through a `type` value unsound (a subclass may differ);
    # wrapping this very class's constructor in place is the point here.
    original = cls.__init__  # type: ignore[misc]  # the constructor being wrapped

    def __init__(self, *args, **kwargs):
        line = _caller_line(solution)
        if line is not None:
            raise ForbiddenCall(f"solution.py line {line} creates {name}, which this problem forbids: "
                                "write it yourself")
        original(self, *args, **kwargs)

    cls.__init__ = __init__  # type: ignore[misc]  # the guarded constructor replaces it


def _resolve(spec: str):
    """(parent, attribute name, object) for a dotted spec, importing the longest module prefix."""
    parts = spec.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        parent, attr = None, None
        for part in parts[cut:]:
            parent, attr = obj, part
            obj = getattr(obj, part)
        return parent, attr, obj
    raise ImportError(spec)


class _BlockImports:
    """A meta-path finder that refuses whole forbidden packages (and names that do not exist)."""

    def __init__(self, names: list[str]) -> None:
        self.names = names

    def find_spec(self, fullname, path=None, target=None):
        if any(_matches(fullname, n) for n in self.names):
            raise ImportError(f"{fullname} is forbidden in this problem")
        return None


def install(specs, solution: str) -> None:
    """Guard every forbidden name before the submission is imported."""
    import types

    missing: list[str] = []
    done: set[int] = set()
    for spec in expand(specs):
        if "." not in spec and spec not in sys.modules:
            # A whole top-level package ("torch" in a numpy problem, "sklearn"): refuse the import
            # itself rather than pay for importing it only to guard it.
            missing.append(spec)
            continue
        try:
            parent, attr, obj = _resolve(spec)
        except (ImportError, AttributeError):
            missing.append(spec)
            continue
        targets = []
        if isinstance(obj, types.ModuleType):
            # Everything public the module defines (torch.optim: SGD, Adam, Optimizer, ...),
            # including submodules' classes re-exported under it.
            prefix = obj.__name__
            for key, value in list(vars(obj).items()):
                if key.startswith("_"):
                    continue
                owner = getattr(value, "__module__", "") or ""
                if isinstance(value, type) and owner.startswith(prefix):
                    targets.append((obj, key, value, f"{spec}.{key}"))
                elif callable(value) and not isinstance(value, (type, types.ModuleType)):
                    # Functions are rebound on this module only, so guarding one that was merely
                    # imported here (torch.linalg's come from torch._C) harms nobody else.
                    targets.append((obj, key, value, f"{spec}.{key}"))
        else:
            targets.append((parent, attr, obj, spec))
        for holder, key, value, name in targets:
            if isinstance(value, type):
                if id(value) not in done:
                    done.add(id(value))
                    _guard_class(value, name, solution)
            elif callable(value) and holder is not None:
                try:
                    setattr(holder, key, _guard_function(value, name, solution))
                except (AttributeError, TypeError):
                    pass
    if missing:
        sys.meta_path.insert(0, _BlockImports(missing))
