"""The personal model's training shortcuts give the model that plain training gives."""

import numpy as np
import pytest

from unpitch.learning import personal, rules, service
from unpitch.learning.features import snapshot, vectorize, vectorize_cached
from unpitch.learning.store import connect, model_record
from unpitch.outputs.store import save_scan
from unpitch.pipeline import scan_inbox
from unpitch.sample import sample_path
from unpitch.sources import load_inbox


@pytest.fixture(scope="module")
def inbox():
    return load_inbox(sample_path())


@pytest.fixture(scope="module")
def snaps(inbox):
    labeler = service.intent_labeler()
    return [snapshot(c, labeler) for c in inbox.conversations[:24]]


def test_cached_rows_equal_fresh_vectorisation(snaps):
    vectorize_cached(snaps[:5])  # some rows cached, some not, order shuffled below
    order = snaps[10:] + snaps[:10]
    assert (vectorize_cached(order) != vectorize(order)).nnz == 0


def test_training_through_the_gram_matrix_equals_training_on_features(snaps):
    vectors = vectorize(snaps)
    targets = np.array([i % 3 != 0 for i in range(len(snaps))], dtype=np.float64)
    dual = personal._fit_dual(vectors, targets)
    primal, weights = personal._fit_primal(vectors, targets)
    np.testing.assert_allclose(dual, primal, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(np.asarray(vectors.T @ dual).ravel(), weights, rtol=1e-9, atol=1e-12)
    assert np.abs(dual).max() > 0.1  # the marks did teach something


def test_the_remembered_model_is_the_one_on_disk_and_is_dropped_when_the_file_changes(inbox, tmp_path):
    db = tmp_path / "unpitch.db"
    save_scan(db, inbox, scan_inbox(inbox))
    ids = [c.id for c in inbox.conversations]
    service.mark(db, ids[:3], "junk", "test")
    remembered = rules.load_learned(db)
    connection = connect(db)
    record = model_record(connection)
    connection.close()
    on_disk = personal.load(personal.model_path(db), record.sha256, [m.mark_id for m in remembered.marks])
    np.testing.assert_array_equal(remembered.model.weights, on_disk.weights)
    np.testing.assert_array_equal(remembered.model.coefficients, on_disk.coefficients)
    path = personal.model_path(db)
    payload = bytearray(path.read_bytes())
    payload[len(payload) // 2] ^= 0xFF
    path.write_bytes(bytes(payload))
    damaged = rules.load_learned(db)
    assert damaged.model is None and "integrity" in damaged.warnings[0]
    service.unmark(db, ids[:3])
    service.mark(db, ids[:3], "junk", "test")
    again = rules.load_learned(db)
    assert again.model is not None and not again.warnings
