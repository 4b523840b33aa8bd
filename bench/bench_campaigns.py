"""Campaign detection benchmark: quality, speed and memory, our MinHash/LSH beside datasketch.

    python bench/bench_campaigns.py                      # 100,000 messages, side by side + F1
    python bench/bench_campaigns.py --messages 1000000 --end-to-end --dask
    python bench/bench_campaigns.py --json

Each measurement runs in a fresh child process so that its peak memory (VmHWM) is its own:

- ``ours`` / ``datasketch``: texts of a generated corpus are loaded first (baseline memory),
  then masked, fingerprinted and grouped (ours: masked in batches as the streaming runner does,
  NumPy MinHash(64) + LSH + verified linking; datasketch: MinHash(128) + MinHashLSH(threshold
  0.4), insert all, query each, union-find).
  Both get the same masked word pairs. Figures: messages/s over fingerprint-and-group, and the
  memory growth over the baseline per indexed message.
- ``--end-to-end``: ``find_families`` streaming the JSONL file from disk (read, mask, group,
  render), wall time and peak memory of the whole process.
- ``--dask``: the same on a LocalCluster of 2 worker processes (client process memory only).
- F1: pairwise template-family F1 of the streaming run against the generator's ground truth.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from campaign_corpus import write_corpus  # noqa: E402


def _vm(field: str) -> int:
    """A memory figure of this process in bytes (``VmRSS``, ``VmHWM``) from /proc/self/status."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0


def _load(path: Path) -> tuple[list[str], list[tuple[str, str]]]:
    texts, people = [], []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            texts.append(record["text"])
            people.append((record["recipient"], record["sender"]))
    return texts, people


def run_ours(path: str, queue) -> None:
    import numpy as np

    from unpitch.campaigns.batch import mask_messages
    from unpitch.campaigns.fingerprint import MinHasher
    from unpitch.campaigns.grouping import families, group
    from unpitch.campaigns.runner import MASK_BATCH

    texts, people = _load(Path(path))
    recipients, senders = [p[0] for p in people], [p[1] for p in people]
    base = _vm("VmRSS")
    start = time.perf_counter()
    hasher = MinHasher()
    signatures = np.empty((len(texts), hasher.num_perm), dtype=np.uint32)  # the index, filled in place
    for first in range(0, len(texts), MASK_BATCH):  # as the streaming runner: masked words live one batch
        end = first + MASK_BATCH
        batch = mask_messages(texts[first:end], recipients[first:end], senders[first:end])
        signatures[first : first + len(batch)] = hasher.signatures_of_hashes(batch.word_hashes(), batch.lengths)
        del batch
    found = families(group(signatures))
    seconds = time.perf_counter() - start
    queue.put({"seconds": seconds, "families": len(found), "bytes": _vm("VmHWM") - base, "index_bytes": signatures.nbytes})


def run_datasketch(path: str, queue) -> None:
    from datasketch import MinHash, MinHashLSH

    from unpitch.campaigns.masking import Entities, mask_keys

    texts, people = _load(Path(path))
    base = _vm("VmRSS")
    start = time.perf_counter()
    lsh = MinHashLSH(threshold=0.4, num_perm=128)
    hashes = []
    for number, (text, pair) in enumerate(zip(texts, people)):
        words = mask_keys(text, Entities.of(pair))
        shingles = {f"{a} {b}".encode() for a, b in zip(words, words[1:])}
        if len(shingles) < 3:
            hashes.append(None)
            continue
        minhash = MinHash(num_perm=128)
        minhash.update_batch(list(shingles))
        lsh.insert(number, minhash)
        hashes.append(minhash)
    parent = list(range(len(texts)))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for number, minhash in enumerate(hashes):
        if minhash is not None:
            for other in lsh.query(minhash):
                parent[root(other)] = root(number)
    groups = Counter(root(n) for n in range(len(texts)))
    seconds = time.perf_counter() - start
    queue.put({"seconds": seconds, "families": sum(1 for c in groups.values() if c > 1), "bytes": _vm("VmHWM") - base})


def run_end_to_end(path: str, dask: bool, queue) -> None:
    from unpitch.campaigns.runner import find_families

    start = time.perf_counter()
    if dask:
        from unpitch.campaigns.distributed import find_families_dask

        report = find_families_dask(Path(path), workers=2)
    else:
        report = find_families(Path(path))
    seconds = time.perf_counter() - start
    members = {m: f.family_id for f in report.families for m in f.members}
    queue.put({"seconds": seconds, "families": len(report.families), "peak": _vm("VmHWM"), "members": members})


def _child(target, *args) -> dict:
    context = multiprocessing.get_context("fork")  # Linux: /proc figures are per process
    queue = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def pairwise_f1(truth_path: Path, members: dict[str, str]) -> tuple[float, float, float, int]:
    with truth_path.open() as handle:
        truth = {row["id"]: (row["family"], row["kind"]) for row in csv.DictReader(handle)}

    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    hit = pairs(Counter((truth[m][0], f) for m, f in members.items() if truth[m][0]))
    predicted = pairs(Counter(members.values()))
    actual = pairs(Counter(f for f, _ in truth.values() if f))
    precision = hit / predicted if predicted else 1.0
    recall = hit / actual if actual else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    courtesy_reported = sum(1 for m in members if truth[m][1] == "courtesy")
    return precision, recall, f1, courtesy_reported


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-datasketch", action="store_true")
    parser.add_argument("--end-to-end", action="store_true", help="also time find_families from disk")
    parser.add_argument("--dask", action="store_true", help="also time the Dask runner on 2 local workers")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures: dict[str, object] = {"messages": args.messages}
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        truth = write_corpus(corpus, args.messages, args.seed)
        ours = _child(run_ours, str(corpus))
        figures["ours_msgs_per_s"] = round(args.messages / ours["seconds"])
        figures["ours_bytes_per_msg"] = round(ours["bytes"] / args.messages)
        figures["ours_index_bytes_per_msg"] = round(ours["index_bytes"] / args.messages)
        if not args.no_datasketch:
            theirs = _child(run_datasketch, str(corpus))
            figures["datasketch_msgs_per_s"] = round(args.messages / theirs["seconds"])
            figures["datasketch_bytes_per_msg"] = round(theirs["bytes"] / args.messages)
            figures["speedup"] = round(theirs["seconds"] / ours["seconds"], 1)
            figures["memory_ratio"] = round(theirs["bytes"] / max(ours["bytes"], 1), 1)
        local = _child(run_end_to_end, str(corpus), False)
        precision, recall, f1, courtesy = pairwise_f1(truth, local.pop("members"))
        figures.update(precision=round(precision, 4), recall=round(recall, 4), f1=round(f1, 4), courtesy_reported=courtesy)
        if args.end_to_end:
            figures["end_to_end_seconds"] = round(local["seconds"], 1)
            figures["end_to_end_peak_mb"] = round(local["peak"] / 2**20)
        if args.dask:
            remote = _child(run_end_to_end, str(corpus), True)
            figures["dask_seconds"] = round(remote["seconds"], 1)
            figures["dask_same_families"] = remote.pop("members") is not None and remote["families"] == local["families"]
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:28s} {value}")


if __name__ == "__main__":
    main()
