"""Turn the labelled corpus into a stream for ``unpitch eval-online``.

    python bench/corpus_stream.py corpus/dev corpus/heldout > /tmp/corpus-stream.jsonl
    unpitch eval-online /tmp/corpus-stream.jsonl

One line per conversation, in date order: the inbound text, labelled ``junk`` or ``keep``
(genuine and wanted pitches are both "not junk").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from unpitch.evaluation import read_labels
from unpitch.sources import load_inbox


def stream(folders: list[Path]) -> list[dict[str, str]]:
    lines = []
    for folder in folders:
        for labels_file in sorted(folder.glob("*/labels.csv")):
            labels = {label.conversation_id: label.label for label in read_labels(labels_file)}
            for conversation in load_inbox(labels_file.parent).conversations:
                text = "\n".join(m.text for m in conversation.inbound_messages)
                if conversation.id in labels and text.strip():
                    lines.append({
                        "id": conversation.id,
                        "date": conversation.first_date.isoformat(),
                        "text": text,
                        "label": "junk" if labels[conversation.id] == "junk" else "keep",
                    })
    return sorted(lines, key=lambda line: line["date"])


def main() -> int:
    for line in stream([Path(arg) for arg in sys.argv[1:]]):
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
