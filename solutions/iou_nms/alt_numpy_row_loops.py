"""NMS as a plain double loop that indexes numpy rows and scalars directly (boxes[i], classes[j]):
the slowest common O(n^2) style, kept here so the speed check keeps accepting it."""

import numpy as np


def _iou(p, q):
    w = max(0.0, min(p[2], q[2]) - max(p[0], q[0]))
    h = max(0.0, min(p[3], q[3]) - max(p[1], q[1]))
    inter = w * h
    union = (p[2] - p[0]) * (p[3] - p[1]) + (q[2] - q[0]) * (q[3] - q[1]) - inter
    return float(inter / union) if union > 0 else 0.0


def box_iou(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = np.zeros((a.shape[0], b.shape[0]), dtype=np.float64)
    for i in range(a.shape[0]):
        for j in range(b.shape[0]):
            out[i, j] = _iou(a[i], b[j])
    return out


def nms(boxes: np.ndarray, scores: np.ndarray, classes: np.ndarray, iou_threshold: float) -> np.ndarray:
    order = np.argsort(-scores, kind="stable")
    kept = []
    for i in order:
        suppressed = False
        for j in kept:
            if classes[j] == classes[i] and _iou(boxes[i], boxes[j]) > iou_threshold:
                suppressed = True
                break
        if not suppressed:
            kept.append(int(i))
    return np.array(kept, dtype=np.int64)
