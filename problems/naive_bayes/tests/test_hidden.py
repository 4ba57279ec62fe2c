"""Hidden tests for MultinomialNB: log posteriors and predictions against a plain-Python float64
oracle on random corpora, long documents, unknown tokens, ties, empty batches and documents,
the default alpha, and untouched inputs."""

import math

import numpy as np
import pytest
from support import check_labels

from harness.authoring import check, check_close, fact

VOCAB = [f"w{i}" for i in range(40)]
CLASSES = [-3, 2, 5]


def oracle(train_docs, labels, docs, alpha=1.0):
    """(log posteriors, predictions) from dictionaries and math.log."""
    classes = sorted(set(labels))
    vocab = {t for d in train_docs for t in d}
    log_prior, log_like = {}, {}
    for c in classes:
        mine = [d for d, lab in zip(train_docs, labels, strict=True) if lab == c]
        counts: dict[str, int] = {}
        for d in mine:
            for t in d:
                counts[t] = counts.get(t, 0) + 1
        total = sum(counts.values())
        log_prior[c] = math.log(len(mine) / len(train_docs))
        log_like[c] = {t: math.log((counts.get(t, 0) + alpha) / (total + alpha * len(vocab))) for t in vocab}
    rows, preds = [], []
    for d in docs:
        scores = [log_prior[c] + sum(log_like[c][t] for t in d if t in vocab) for c in classes]
        top = max(scores)
        lse = top + math.log(sum(math.exp(s - top) for s in scores))
        rows.append([s - lse for s in scores])
        preds.append(classes[scores.index(top)])
    return np.array(rows, dtype=np.float64).reshape(len(docs), len(classes)), np.array(preds, dtype=np.int64)


def corpus(np_rng, n, max_len, classes=CLASSES):
    """Documents whose token frequencies depend on the class (one Dirichlet draw per class)."""
    profiles = {c: np_rng.dirichlet(np.full(len(VOCAB), 0.3)) for c in classes}
    labels = [int(c) for c in np_rng.choice(classes, size=n)]
    docs = [[VOCAB[i] for i in np_rng.choice(len(VOCAB), size=int(np_rng.integers(0, max_len + 1)), p=profiles[c])]
            for c in labels]
    return docs, labels, profiles


def fitted(solution, docs, labels, alpha=None):
    nb = solution.MultinomialNB() if alpha is None else solution.MultinomialNB(alpha)
    nb.fit(docs, labels)
    return nb


def check_both(nb, train_docs, labels, docs, alpha, what, tol):
    want_log, want_pred = oracle(train_docs, labels, docs, alpha)
    check_close(nb.predict_log_proba(docs), want_log, call=f"nb.predict_log_proba({what})", **tol)
    check_labels(nb.predict(docs), want_pred, call=f"nb.predict({what})")


@pytest.mark.parametrize("alpha", [None, 0.5, 3.0], ids=["default-alpha", "alpha-0.5", "alpha-3"])
def test_random_corpus(solution, np_rng, tol, alpha):
    """Three classes labelled -3, 2, 5, 60 training documents (some empty, not every token in every
    class): log posteriors and predictions match a float64 oracle; alpha defaults to 1."""
    train, labels, profiles = corpus(np_rng, 60, 25)
    nb = fitted(solution, train, labels, alpha)
    test_docs = [[VOCAB[i] for i in np_rng.choice(len(VOCAB), size=15, p=profiles[c])] for c in CLASSES * 5]
    a = 1.0 if alpha is None else alpha
    check_both(nb, train, labels, test_docs, a, f"<15 documents> after fit on 60, alpha={a}", tol)


@pytest.mark.edge
def test_long_documents_stay_accurate(solution, np_rng, tol):
    """Documents of thousands of tokens: a product of probabilities underflows to 0; log space does not."""
    n_tokens = fact("long_doc_tokens")
    train, labels, profiles = corpus(np_rng, 40, 30)
    nb = fitted(solution, train, labels)
    docs = [[VOCAB[i] for i in np_rng.choice(len(VOCAB), size=n_tokens, p=profiles[c])] for c in CLASSES]
    check_both(nb, train, labels, docs, 1.0, f"<3 documents of {n_tokens:,} tokens>", tol)


@pytest.mark.edge
def test_unknown_tokens_are_ignored(solution, np_rng, tol):
    """Tokens never seen in training carry no evidence and must not raise; a document of only
    unknown tokens (and an empty one) scores the priors."""
    train, labels, _ = corpus(np_rng, 30, 20)
    nb = fitted(solution, train, labels)
    docs = [["w1", "zzz", "w2", "never-seen"], ["zzz", "qqq"], [], ["w7", "w7", "unknown"]]
    check_both(nb, train, labels, docs, 1.0, "[['w1', 'zzz', 'w2', 'never-seen'], ['zzz', 'qqq'], [], "
               "['w7', 'w7', 'unknown']]", tol)


@pytest.mark.edge
def test_ties_go_to_the_smallest_label(solution, tol):
    """Two classes with identical training documents score every document equally: predict the
    smaller label (here -4, not 9), and each log posterior is log(1/2)."""
    train = [["a", "b"], ["a", "c", "c"], ["a", "b"], ["a", "c", "c"]]
    labels = [9, 9, -4, -4]
    nb = fitted(solution, train, labels)
    docs = [["a"], ["c", "b", "c"], []]
    check_labels(nb.predict(docs), np.array([-4, -4, -4], dtype=np.int64), call="nb.predict(...) with tied classes")
    check_close(nb.predict_log_proba(docs), np.full((3, 2), math.log(0.5)), call="nb.predict_log_proba(...) "
                "with tied classes", **tol)


@pytest.mark.edge
def test_empty_batch_and_single_class(solution, np_rng, tol):
    """Zero documents give shapes (0, C) and (0,); with one class every log posterior is 0."""
    train, labels, _ = corpus(np_rng, 20, 10)
    nb = fitted(solution, train, labels)
    check_close(nb.predict_log_proba([]), np.zeros((0, 3)), call="nb.predict_log_proba([])", **tol)
    check_labels(nb.predict([]), np.zeros(0, dtype=np.int64), call="nb.predict([])")
    one = fitted(solution, [["x", "y"], ["y"]], [7, 7])
    check_close(one.predict_log_proba([["y", "z"]]), np.zeros((1, 1)),
                call="predict_log_proba([['y', 'z']]) after fit([['x', 'y'], ['y']], [7, 7])", **tol)


def _fit_returns_self(module, docs, labels):
    nb = module.MultinomialNB()
    return nb.fit(docs, labels) is nb


def test_fit_returns_self(worker):
    """fit returns the fitted classifier itself, so MultinomialNB().fit(docs, labels).predict(q) works."""
    ok = worker.probe(_fit_returns_self, [["a", "b"], ["c"]], [0, 1], label="nb.fit([['a', 'b'], ['c']], [0, 1])")
    check(ok, "nb.fit(docs, labels) did not return nb itself; end fit with `return self`")


def _inputs_modified(module, docs, labels, queries):
    import copy

    before = copy.deepcopy((docs, labels, queries))
    nb = module.MultinomialNB(0.5)
    nb.fit(docs, labels)
    nb.predict_log_proba(queries)
    nb.predict(queries)
    return (docs, labels, queries) != before


@pytest.mark.edge
def test_inputs_are_not_modified(worker, np_rng):
    """fit, predict_log_proba and predict leave the documents and labels as they were."""
    train, labels, _ = corpus(np_rng, 15, 10)
    changed = worker.probe(_inputs_modified, train, labels, [["w3", "w1", "w3"], ["zzz"]],
                           label="nb.fit(docs, labels); nb.predict_log_proba(q); nb.predict(q)")
    check(not changed, "MultinomialNB modified the documents or labels it was given; work on copies")
