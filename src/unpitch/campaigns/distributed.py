"""The corpus job on Dask (``dask.distributed``): the same chunks, fingerprinted on workers.

Workers run :func:`~unpitch.campaigns.runner.fingerprint_chunk` on each chunk (the expensive
part: reading, masking, MinHash) and, in pass 2, :func:`~unpitch.campaigns.runner.sample_texts`
for the rows needed to render templates. The client gathers the compact fingerprints in corpus
order and groups them exactly as the single-machine runner does, so both produce the same
families. Workers must see the corpus at the same path (a shared or local file system).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..errors import UnpitchError
from .corpus import CHUNK_ROWS, plan_chunks
from .runner import CampaignReport, CorpusIndex, fingerprint_chunk, sample_texts


def find_families_dask(
    path: Path,
    scheduler: str | None = None,
    workers: int = 2,
    on_progress: Callable[[int], None] | None = None,
    chunk_rows: int = CHUNK_ROWS,
) -> CampaignReport:
    """Template families of the corpus at ``path``, computed on a Dask cluster.

    ``scheduler`` is the address of a running scheduler; without one a LocalCluster of
    ``workers`` single-threaded worker processes is started for this run."""
    from distributed import Client, LocalCluster, as_completed

    chunks = plan_chunks(path, chunk_rows)
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
    except OSError as exc:
        raise UnpitchError(f"cannot reach the Dask scheduler {scheduler!r}: {exc}") from None
    try:
        return _run(client, chunks, on_progress, as_completed)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run(client, chunks, on_progress, as_completed) -> CampaignReport:
    futures = client.map(fingerprint_chunk, chunks, pure=False)
    position = {future.key: number for number, future in enumerate(futures)}
    results = {}
    for future in as_completed(futures):
        prints = future.result()
        results[position[future.key]] = prints
        future.release()
        if on_progress is not None:
            on_progress(len(prints.ids))
    index = CorpusIndex()
    for number in range(len(chunks)):  # corpus order, as the streaming runner adds them
        index.add(number, results.pop(number))
    groups = index.campaign_rows()
    wanted = index.samples_needed(groups)
    numbers = sorted(wanted)
    texts_futures = client.map(sample_texts, [chunks[n] for n in numbers], [wanted[n] for n in numbers], pure=False)
    texts = {}
    for number, found in zip(numbers, client.gather(texts_futures)):
        texts.update({(number, row): text for row, text in found.items()})
    return CampaignReport(index.build_families(groups, texts), len(index.ids), index.warnings)
