"""Alternative: Counters and dictionaries of log probabilities, math.log, a hand-written logsumexp."""

import math
from collections import Counter, defaultdict

import numpy as np


class MultinomialNB:
    def __init__(self, alpha=1.0):
        self.alpha = alpha

    def fit(self, docs, labels):
        self.classes = sorted(set(labels))
        per_class = defaultdict(Counter)
        n_docs = Counter(labels)
        for doc, label in zip(docs, labels, strict=True):
            per_class[label].update(doc)
        self.vocab = set()
        for doc in docs:
            self.vocab.update(doc)
        size = len(self.vocab)
        self.log_prior = {c: math.log(n_docs[c] / len(docs)) for c in self.classes}
        self.log_like = {}
        for c in self.classes:
            denominator = sum(per_class[c].values()) + self.alpha * size
            self.log_like[c] = {w: math.log((per_class[c][w] + self.alpha) / denominator) for w in self.vocab}
        return self

    def _scores(self, doc):
        known = Counter(w for w in doc if w in self.vocab)
        return [self.log_prior[c] + sum(k * self.log_like[c][w] for w, k in known.items()) for c in self.classes]

    def predict_log_proba(self, docs):
        out = np.zeros((len(docs), len(self.classes)))
        for i, doc in enumerate(docs):
            scores = self._scores(doc)
            peak = max(scores)
            norm = peak + math.log(sum(math.exp(s - peak) for s in scores))
            out[i] = [s - norm for s in scores]
        return out

    def predict(self, docs):
        result = []
        for doc in docs:
            scores = self._scores(doc)
            best = max(range(len(scores)), key=lambda k: (scores[k], -k))
            result.append(self.classes[best])
        return np.array(result, dtype=np.int64)
