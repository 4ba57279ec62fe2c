"""Visible examples for iou_nms (what `drill test` runs)."""

import numpy as np
from support import check_kept

from harness.authoring import check_close

BOXES = np.array([[0.0, 0.0, 2.0, 1.0], [0.0, 0.0, 1.0, 1.0], [0.0, 0.0, 2.0, 1.0], [5.0, 5.0, 6.0, 6.0]])
SCORES = np.array([0.9, 0.8, 0.9, 0.3])
CLASSES = np.array([0, 0, 1, 0])


def test_example_iou(solution, tol):
    got = solution.box_iou(np.array([[0.0, 0.0, 2.0, 2.0]]),
                           np.array([[1.0, 1.0, 3.0, 3.0], [3.0, 3.0, 4.0, 4.0], [0.0, 0.0, 2.0, 2.0]]))
    check_close(got, np.array([[1 / 7, 0.0, 1.0]]), call="box_iou([[0, 0, 2, 2]], [[1, 1, 3, 3], [3, 3, 4, 4], "
                                                         "[0, 0, 2, 2]])", **tol)


def test_example_nms(solution):
    check_kept(solution.nms(BOXES, SCORES, CLASSES, 0.5), [0, 2, 1, 3], "nms(boxes, scores, classes, 0.5)")
    check_kept(solution.nms(BOXES, SCORES, CLASSES, 0.4), [0, 2, 3], "nms(boxes, scores, classes, 0.4)")
