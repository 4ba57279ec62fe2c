"""Box IoU and per-class NMS with plain Python loops over floats (numpy only for the outputs)."""

import numpy as np


def _iou(p, q):
    w = min(p[2], q[2]) - max(p[0], q[0])
    h = min(p[3], q[3]) - max(p[1], q[1])
    inter = max(0.0, w) * max(0.0, h)
    union = (p[2] - p[0]) * (p[3] - p[1]) + (q[2] - q[0]) * (q[3] - q[1]) - inter
    return inter / union if union > 0 else 0.0


def box_iou(a, b):
    A = np.asarray(a, dtype=np.float64).reshape(-1, 4).tolist()
    B = np.asarray(b, dtype=np.float64).reshape(-1, 4).tolist()
    out = np.zeros((len(A), len(B)), dtype=np.float64)
    for i, p in enumerate(A):
        for j, q in enumerate(B):
            out[i, j] = _iou(p, q)
    return out


def nms(boxes, scores, classes, iou_threshold):
    B = np.asarray(boxes, dtype=np.float64).reshape(-1, 4).tolist()
    S = np.asarray(scores, dtype=np.float64).tolist()
    C = np.asarray(classes).tolist()
    order = sorted(range(len(S)), key=lambda i: (-S[i], i))
    kept_by_class = {}
    kept = []
    for i in order:
        mine = kept_by_class.setdefault(C[i], [])
        if all(_iou(B[j], B[i]) <= iou_threshold for j in mine):
            mine.append(i)
            kept.append(i)
    return np.array(kept, dtype=np.int64)
