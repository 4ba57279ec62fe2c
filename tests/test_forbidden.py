"""Forbidden APIs: the AST scan (trusted side) and the runtime guard (inside the worker)."""

import textwrap

import pytest

from harness.isolation.limits import Limits
from harness.trusted.remote import SubmissionImportError, SubmissionRaised, WorkerClient
from harness.worker import forbidden


def names(source: str, specs) -> list[tuple[int, str]]:
    return [(f.line, f.name) for f in forbidden.scan(textwrap.dedent(source), specs)]


def test_scan_resolves_module_aliases_and_from_imports():
    source = """
        import torch
        import torch.nn.functional as F
        from torch.nn import functional
        from torch import optim

        def f(x):
            a = F.softmax(x, 1)
            b = functional.log_softmax(x, 1)
            c = optim.Adam([x])
            return torch.exp(x)
    """
    assert names(source, ["softmax", "log_softmax", "optimizers"]) == [
        (5, "torch.optim"),
        (8, "torch.nn.functional.softmax"),
        (9, "torch.nn.functional.log_softmax"),
        (10, "torch.optim.Adam"),
    ]


def test_scan_reports_renamed_imports_where_they_are_used():
    source = """
        from torch.nn.functional import cross_entropy as ce
        def loss(z, y):
            return ce(z, y)
    """
    found = forbidden.scan(textwrap.dedent(source), ["cross_entropy"])
    assert [(f.line, f.name, f.written) for f in found] == [
        (2, "torch.nn.functional.cross_entropy", "from torch.nn.functional import cross_entropy"),
        (4, "torch.nn.functional.cross_entropy", "ce"),
    ]


def test_scan_finds_tensor_methods_but_not_methods_of_self():
    source = """
        class Model:
            def softmax(self, x):
                return x
            def forward(self, x):
                return self.softmax(x) + x.softmax(-1)
    """
    assert names(source, ["softmax"]) == [(6, "torch.Tensor.softmax")]


def test_scan_accepts_clean_code_and_lets_syntax_errors_through():
    clean = """
        import torch
        def softmax(x, dim=-1):
            z = x - x.amax(dim=dim, keepdim=True)
            return torch.exp(z) / torch.exp(z).sum(dim=dim, keepdim=True)
    """
    assert names(clean, ["softmax", "log_softmax"]) == []
    assert forbidden.scan("def f(:\n", ["softmax"]) == []
    assert forbidden.scan("import torch\ntorch.softmax(x, 0)\n", []) == []


def test_scan_catches_whole_modules_and_function_level_imports():
    source = """
        def fit(X, y):
            from sklearn.linear_model import LinearRegression
            import numpy.linalg as la
            return la.lstsq(X, y)
    """
    assert names(source, ["sklearn", "numpy.linalg.lstsq"]) == [
        (3, "sklearn.linear_model.LinearRegression"),
        (5, "numpy.linalg.lstsq"),
    ]


def test_explain_names_lines_and_the_rule():
    found = forbidden.scan("import torch\ny = torch.sigmoid(x)\n", ["sigmoid"])
    text = forbidden.explain(found, ["sigmoid"])
    assert "line 2: torch.sigmoid" in text and "Forbidden here: sigmoid." in text


def test_family_names_expand_and_plain_names_pass_through():
    assert "torch.nn.CrossEntropyLoss" in forbidden.expand(["cross_entropy"])
    assert forbidden.expand(["numpy.linalg.inv", "numpy.linalg.inv"]) == ("numpy.linalg.inv",)


# --- the runtime guard ---------------------------------------------------------------------------


@pytest.fixture
def guarded(tmp_path):
    clients = []

    def make(source: str, specs) -> WorkerClient:
        path = tmp_path / f"s{len(clients)}" / "solution.py"
        path.parent.mkdir()
        path.write_text(textwrap.dedent(source))
        client = WorkerClient(path, call_timeout=30.0, limits=Limits(memory_mb=3072, forbidden=tuple(specs)))
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def _softmax_via_torch(module, n):
    import torch

    return torch.softmax(torch.arange(float(n)), 0).sum().item()


def test_runtime_guard_stops_calls_the_scan_cannot_see(guarded):
    client = guarded("""
        import torch
        NAME = "soft" + "max"

        def direct(x):
            return getattr(torch.nn.functional, NAME)(x, -1)

        def swallowed(x):
            try:
                return torch.softmax(x, -1)
            except Exception:
                return x

        def through_a_module(z, y):
            return torch.nn.CrossEntropyLoss()(z, y)

        def allowed(x):
            return torch.exp(x - x.max())
    """, ["softmax", "cross_entropy"])
    import torch

    x = torch.tensor([1.0, 2.0])
    with pytest.raises(SubmissionRaised) as info:
        client.module.direct(x)
    assert info.value.error_type == "ForbiddenCall"
    assert "solution.py line 6 reaches torch.nn.functional.softmax" in str(info.value)
    with pytest.raises(SubmissionRaised, match="line 10 reaches torch.softmax"):
        client.module.swallowed(x)
    with pytest.raises(SubmissionRaised, match="line 15 creates torch.nn.CrossEntropyLoss"):
        client.module.through_a_module(torch.zeros(2, 3), torch.tensor([0, 1]))
    assert torch.allclose(client.module.allowed(x), torch.exp(x - 2.0))
    # The trusted side's own probes may use the library function: only the submission is bound.
    assert client.probe(_softmax_via_torch, 4) == pytest.approx(1.0)


def test_runtime_guard_covers_every_class_of_a_forbidden_module(guarded):
    client = guarded("""
        import torch

        def builtin_optimizer():
            w = torch.zeros(2, requires_grad=True)
            torch.optim.SGD([w], lr=0.1)

        class Mine(torch.optim.Optimizer):
            def __init__(self, params):
                super().__init__(params, {})

        def subclass():
            Mine([torch.zeros(1, requires_grad=True)])
    """, ["optimizers"])
    with pytest.raises(SubmissionRaised, match="creates torch.optim.SGD"):
        client.module.builtin_optimizer()
    with pytest.raises(SubmissionRaised, match="creates torch.optim.Optimizer"):
        client.module.subclass()


def test_runtime_guard_refuses_a_forbidden_module_at_import(guarded):
    client = guarded("""
        import drill_surely_not_installed_module
    """, ["drill_surely_not_installed_module"])
    with pytest.raises(SubmissionImportError, match="forbidden in this problem"):
        client.ensure_started()
