"""Visible examples for MultinomialNB (what `drill test` runs)."""

import numpy as np
from support import check_labels

from harness.authoring import check_close

DOCS = [["buy", "cheap", "pills"], ["cheap", "cheap", "deal"], ["meeting", "at", "noon"], ["lunch", "at", "noon"]]
LABELS = [1, 1, 0, 0]


def test_example_predict(solution):
    nb = solution.MultinomialNB()
    nb.fit(DOCS, LABELS)
    check_labels(nb.predict([["cheap", "deal"], ["noon", "meeting"], ["unknown"]]), np.array([1, 0, 0]),
                 call="nb.predict([['cheap', 'deal'], ['noon', 'meeting'], ['unknown']])")


def test_example_log_proba(solution, tol):
    nb = solution.MultinomialNB()
    nb.fit(DOCS, LABELS)
    check_close(nb.predict_log_proba([["cheap"]]), np.log(np.array([[0.2, 0.8]])),
                call="nb.predict_log_proba([['cheap']])", **tol)
