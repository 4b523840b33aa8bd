"""The online text classifier of ``unpitch eval-online``: junk or not, learning one label at a time.

Features: hashed character 1–4-grams (digits folded to ``9``, so phone numbers and prices share
features) and word 1–2-grams, each block binary and l2-normalised. Two learners read them:

- a logistic regression with AdaGrad steps (per-feature step sizes: rare, telling n-grams learn
  fast, common ones settle), with an intercept;
- a Bernoulli-style naive Bayes over the same hashed features, whose log-odds (per message,
  divided by the square root of its feature count) rank messages well from the first few labels.

The score is the regression's margin plus NB_MIX times the naive Bayes log-odds; > 0 means junk.
"""

from __future__ import annotations

import math
import re

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

BLOCK_FEATURES = 2**20
#: AdaGrad base step, and the intercept's share of it.
STEP = 1.0
INTERCEPT_STEP = 0.1
ADAGRAD_START = 1e-2
#: Weight of the naive Bayes log-odds in the score, and its additive smoothing.
NB_MIX = 0.2
NB_SMOOTHING = 0.05
_DIGIT = re.compile(r"\d")


class OnlineClassifier:
    """Score a message, then learn its true label: the TREC spam-track protocol."""

    def __init__(self) -> None:
        size = 2 * BLOCK_FEATURES
        self._weights = np.zeros(size)
        self._squares = np.full(size, ADAGRAD_START)
        self._intercept = 0.0
        self._counts = np.zeros((2, size))
        self._documents = np.zeros(2)
        self._chars = HashingVectorizer(analyzer="char", ngram_range=(1, 4), n_features=BLOCK_FEATURES,
                                        alternate_sign=False, norm=None, binary=True)
        self._words = HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=BLOCK_FEATURES,
                                        alternate_sign=False, norm=None, binary=True, token_pattern=r"\S+")

    def features(self, texts: list[str]) -> sp.csr_matrix:
        """Feature rows for a batch of texts (batching is only faster; rows are independent)."""
        folded = [_DIGIT.sub("9", text) for text in texts]
        return sp.hstack([normalize(self._chars.transform(folded)), normalize(self._words.transform(folded))], format="csr")

    def score(self, row: sp.csr_matrix) -> float:
        """Junk score of one feature row (> 0: junk), from what was learned so far."""
        index, value = row.indices, row.data
        margin = float(self._weights[index] @ value) + self._intercept
        return margin + NB_MIX * self._naive_bayes(index)

    def learn(self, row: sp.csr_matrix, junk: bool) -> None:
        index, value = row.indices, row.data
        margin = float(self._weights[index] @ value) + self._intercept
        gradient = float(junk) - 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, margin))))
        self._squares[index] += (gradient * value) ** 2
        self._weights[index] += STEP * gradient * value / np.sqrt(self._squares[index])
        self._intercept += STEP * INTERCEPT_STEP * gradient
        self._counts[int(junk), index] += 1
        self._documents[int(junk)] += 1

    def _naive_bayes(self, index: np.ndarray) -> float:
        junk_docs, ham_docs = self._documents[1], self._documents[0]
        p_junk = (self._counts[1, index] + NB_SMOOTHING) / (junk_docs + 2 * NB_SMOOTHING)
        p_ham = (self._counts[0, index] + NB_SMOOTHING) / (ham_docs + 2 * NB_SMOOTHING)
        evidence = float(np.log(p_junk / p_ham).sum()) / math.sqrt(max(1, len(index)))
        return evidence + math.log((junk_docs + 1) / (ham_docs + 1))
