#!/usr/bin/env python3
"""Export the figures kb found (growth, revenue, exports, new party members...) as CSV.

Usage: python3 examples/export_indicators.py kb.db indicators.csv

One row per figure: province, year, metric, kind (actual, estimate, target, change),
value with its scale applied, unit, and the article and sentence it came from.
Standard library only; the CSV opens in a spreadsheet or R (read.csv).
"""
import csv
import sqlite3
import sys

QUERY = """
SELECT a.province, p.province_2025, t.year, t.metric, t.kind, t.value, t.value_max, t.unit,
       t.comparison, a.published_date, a.source_path, t.evidence_text
FROM targets t
JOIN articles a ON a.id = t.article_id
LEFT JOIN provinces p ON p.name = a.province
ORDER BY a.province, t.year, t.metric
"""


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2])
    conn = sqlite3.connect(f"file:{argv[1]}?mode=ro", uri=True)
    cursor = conn.execute(QUERY)
    with open(argv[2], "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow([c[0] for c in cursor.description])
        count = 0
        for row in cursor:
            writer.writerow(row)
            count += 1
    print(f"wrote {count} figures to {argv[2]}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
