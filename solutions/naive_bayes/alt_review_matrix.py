"""Multinomial naive Bayes with a class-by-vocabulary count matrix built by np.add.at, documents
turned into count rows, and scores as one matrix product."""

import numpy as np


class MultinomialNB:
    def __init__(self, alpha=1.0):
        self.alpha = alpha

    def fit(self, docs, labels):
        self.classes_ = np.array(sorted(set(labels)), dtype=np.int64)
        cls_index = {int(c): k for k, c in enumerate(self.classes_)}
        self.vocab_ = {}
        for doc in docs:
            for tok in doc:
                self.vocab_.setdefault(tok, len(self.vocab_))
        C, V = len(self.classes_), len(self.vocab_)
        counts = np.zeros((C, V))
        rows, cols = [], []
        for doc, lab in zip(docs, labels, strict=True):
            for tok in doc:
                rows.append(cls_index[int(lab)])
                cols.append(self.vocab_[tok])
        np.add.at(counts, (np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)), 1.0)
        n_docs = np.bincount([cls_index[int(lab)] for lab in labels], minlength=C)
        self.log_prior_ = np.log(n_docs / len(labels))
        self.log_lik_ = np.log(counts + self.alpha) - np.log(counts.sum(axis=1, keepdims=True) + self.alpha * V)
        return self

    def _scores(self, docs):
        M = np.zeros((len(docs), len(self.vocab_)))
        for i, doc in enumerate(docs):
            for tok in doc:
                j = self.vocab_.get(tok)
                if j is not None:
                    M[i, j] += 1.0
        return M @ self.log_lik_.T + self.log_prior_

    def predict_log_proba(self, docs):
        s = self._scores(docs)
        if s.shape[0] == 0:
            return s
        top = s.max(axis=1, keepdims=True)
        return s - (top + np.log(np.exp(s - top).sum(axis=1, keepdims=True)))

    def predict(self, docs):
        s = self._scores(docs)
        return self.classes_[np.argmax(s, axis=1)].astype(np.int64)
