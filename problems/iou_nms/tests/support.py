"""Shared by both iou_nms test files: judging the kept indices."""

import numpy as np

from harness.authoring import check_equal, check_kind


def check_kept(got, want, call) -> None:
    check_kind(got, np.zeros(len(want), dtype=np.int64), call=call)
    check_equal(np.asarray(got).tolist(), list(want), call=call)
