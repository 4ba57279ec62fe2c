"""Per class: one IoU matrix for the class's boxes (in visiting order) and a boolean 'suppressed'
mask swept once; the kept boxes of all classes are then merged back into the score order."""

import numpy as np


def box_iou(a, b):
    out = np.zeros((len(a), len(b)))
    for i in range(len(a)):
        x1 = np.maximum(a[i, 0], b[:, 0])
        y1 = np.maximum(a[i, 1], b[:, 1])
        x2 = np.minimum(a[i, 2], b[:, 2])
        y2 = np.minimum(a[i, 3], b[:, 3])
        inter = np.maximum(x2 - x1, 0.0) * np.maximum(y2 - y1, 0.0)
        union = (a[i, 2] - a[i, 0]) * (a[i, 3] - a[i, 1]) + (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1]) - inter
        safe = np.where(union > 0, union, 1.0)
        out[i] = np.where(union > 0, inter / safe, 0.0)
    return out


def nms(boxes, scores, classes, iou_threshold):
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    rank = {i: r for r, i in enumerate(order)}
    kept = []
    for c in sorted(set(classes.tolist())):
        members = [i for i in order if classes[i] == c]
        iou = box_iou(boxes[members], boxes[members])
        suppressed = np.zeros(len(members), dtype=bool)
        for p in range(len(members)):
            if suppressed[p]:
                continue
            kept.append(members[p])
            suppressed[p + 1:] |= iou[p, p + 1:] > iou_threshold
    kept.sort(key=lambda i: rank[i])
    return np.array(kept, dtype=np.int64)
