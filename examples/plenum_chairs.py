#!/usr/bin/env python3
"""Who chaired each province's executive committee plenums in 2021-2024?

Usage: python3 examples/plenum_chairs.py kb.db [FIRST_YEAR LAST_YEAR]

Reads kb's database with the standard library only and prints, per province, each
plenum (date, session, term) with the people who chaired it and their titles there.
"""
import sqlite3
import sys

QUERY = """
SELECT m.province, m.meeting_date, m.session, m.term, o.name,
       (SELECT group_concat(title, '; ') FROM (SELECT DISTINCT r.title FROM official_roles r
         WHERE r.official_id = o.id AND r.article_id = m.article_id)) AS titles
FROM meetings m
JOIN meeting_participants p ON p.meeting_id = m.id AND p.capacity = 'chair'
JOIN officials o ON o.id = p.official_id
WHERE m.body = 'executive_committee'
  AND substr(m.meeting_date, 1, 4) BETWEEN :first AND :last
ORDER BY m.province, m.meeting_date, o.name
"""


def main(argv):
    if len(argv) not in (2, 4):
        sys.exit(__doc__.strip().splitlines()[2])
    db = argv[1]
    first, last = (argv[2], argv[3]) if len(argv) == 4 else ("2021", "2024")
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    province = meeting = None
    for province_name, date, session, term, name, titles in conn.execute(QUERY, {"first": first, "last": last}):
        if province_name != province:
            province, meeting = province_name, None
            print(f"\n{province or '(province unknown)'}")
        if (date, session) != meeting:
            meeting = (date, session)
            plenum = f"plenum {session}" if session else "plenum"
            print(f"  {date}  {plenum}" + (f", term {term}" if term else ""))
        print(f"      chaired by {name}" + (f" ({titles})" if titles else ""))


if __name__ == "__main__":
    main(sys.argv)
