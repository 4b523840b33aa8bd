"""Write scan records as JSONL, JSON or CSV."""

from __future__ import annotations

import csv
import json
from typing import Any, Iterable, TextIO

from .records import CONTRACT_FIELDS

FORMATS = ("table", "jsonl", "json", "csv")

#: The CSV has exactly the contract's columns, nested fields flattened.
CSV_COLUMNS = CONTRACT_FIELDS


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")


def write_json(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    json.dump(list(records), out, ensure_ascii=False, indent=2)
    out.write("\n")


def _csv_row(record: dict[str, Any]) -> dict[str, Any]:
    """Flatten the nested fields into readable cells (JSON kept inside for the lists)."""
    row = dict(record)
    row["participants"] = "; ".join(
        f"{p['name']} <{p['url']}>" if p["url"] else p["name"] for p in record["participants"]
    )
    row["signals"] = json.dumps(record["signals"], ensure_ascii=False)
    return {column: row[column] for column in CSV_COLUMNS}


def write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(_csv_row(record))


WRITERS = {"jsonl": write_jsonl, "json": write_json, "csv": write_csv}
