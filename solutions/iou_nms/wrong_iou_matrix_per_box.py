"""Wrong for speed: recomputes the full n x n IoU matrix for every visited box and reads one
row of it: O(n^2) work per box, O(n^3) in all (correct answers, far too slow on the speed check's boxes)."""

import numpy as np


def box_iou(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    width = np.clip(np.minimum(a[:, None, 2], b[None, :, 2]) - np.maximum(a[:, None, 0], b[None, :, 0]), 0, None)
    height = np.clip(np.minimum(a[:, None, 3], b[None, :, 3]) - np.maximum(a[:, None, 1], b[None, :, 1]), 0, None)
    inter = width * height
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    union = area_a[:, None] + area_b[None, :] - inter
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(union > 0, inter / union, 0.0)


def nms(boxes: np.ndarray, scores: np.ndarray, classes: np.ndarray, iou_threshold: float) -> np.ndarray:
    order = np.argsort(-scores, kind="stable")  # equal scores: the lower index first
    kept: list[int] = []
    for i in order:
        same = [j for j in kept if classes[j] == classes[i]]
        row = box_iou(boxes, boxes)[i]
        if not same or row[same].max() <= iou_threshold:
            kept.append(int(i))
    return np.array(kept, dtype=np.int64)
