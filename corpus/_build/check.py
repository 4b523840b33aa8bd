"""Load a persona through `unpitch scan` and check labels.csv ids exist; never prints verdicts."""
import csv, json, subprocess, sys
from pathlib import Path

folder = Path(sys.argv[1]).resolve()
run = subprocess.run(["/work/main/.venv/bin/unpitch", "scan", str(folder), "--format", "jsonl", "--no-db"],
                     capture_output=True, text=True)
print("exit", run.returncode, "| stderr:", run.stderr.strip() or "(none)")
records = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
scanned = {r["conversation_id"]: r for r in records}
labels = list(csv.DictReader((folder / "labels.csv").open(encoding="utf-8")))
missing = [row["conversation_id"] for row in labels if row["conversation_id"] not in scanned]
print("scanned", len(scanned), "labelled", len(labels), "missing", missing)
owner_out = sum(r["messages"] - r["inbound"] for r in records)
print("outbound messages seen:", owner_out, "| keys:", sorted(k for k in records[0] if k not in ("verdict", "kind", "score", "signals", "summary")))
