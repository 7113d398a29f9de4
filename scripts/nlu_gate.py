"""Evaluates NLU on the held-out test file and fails under a macro-F1 threshold.

The test file (tests/nlu/test_nlu.yml) shares no example with data/nlu, so the
score says how the assistant copes with wording it has never seen. Prints the
macro and weighted F1, per-intent F1 and every confusion, then exits 1 if the
macro F1 is below the threshold.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RASA = ROOT / ".venv" / "bin" / "rasa"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", required=True)
    parser.add_argument("--test-file", default="tests/nlu/test_nlu.yml")
    parser.add_argument("--out", default="results/nlu")
    parser.add_argument("--min-macro-f1", type=float, default=0.90)
    args = parser.parse_args()

    out = ROOT / args.out
    out.mkdir(parents=True, exist_ok=True)
    with (out / "rasa-test-nlu.log").open("wb") as log:
        subprocess.run(
            [str(RASA), "test", "nlu", "--model", args.model, "--nlu", args.test_file,
             "--domain", "bot/domain", "--out", args.out, "--no-plot"],
            cwd=ROOT, check=True, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    report = json.loads((out / "intent_report.json").read_text())
    errors = json.loads((out / "intent_errors.json").read_text())

    macro = report["macro avg"]["f1-score"]
    weighted = report["weighted avg"]["f1-score"]
    print(f"NLU held-out ({args.test_file}): accuracy {report['accuracy']:.3f}, "
          f"macro F1 {macro:.3f}, weighted F1 {weighted:.3f}")  # fmt: skip
    intents = {k: v for k, v in report.items() if isinstance(v, dict) and "support" in v}
    for name, row in sorted(intents.items(), key=lambda kv: kv[1]["f1-score"]):
        if name.endswith("avg"):
            continue
        confused = ", ".join(f"{k} x{n}" for k, n in (row.get("confused_with") or {}).items())
        print(f"  {name:28s} F1 {row['f1-score']:.2f}  n={row['support']:3d}  {confused}")
    print(f"confusions ({len(errors)}):")
    for error in errors:
        predicted = error["intent_prediction"]["name"]
        print(f"  {error['intent']:26s} -> {predicted:26s} {error['text']!r}")
    if macro < args.min_macro_f1:
        print(f"FAIL: macro F1 {macro:.3f} is below {args.min_macro_f1:.2f}")
        return 1
    print(f"OK: macro F1 {macro:.3f} >= {args.min_macro_f1:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
