"""A year of speak-up concerns for the Greater Manchester example, for measuring the themes (docs/performance.md).

Writes INSERT statements for speak_up_cases, financial year 2025/26, seeded: NHS trusts (acute, mental health,
ambulance) about 150 a year each (guardians recorded 32,167 cases in 2023/24 over England's roughly 210 NHS
trusts, National Guardian's Office), community services 20, general practice 10, adult social care 5; categories
in about the shares the NGO reports (behaviours and bullying 30%, worker safety and staffing 25%, patient safety
19%). Usage: python3 app/src/test/load/speak-up-year.py > year.sql; psql -h 127.0.0.1 -p PORT -U postgres -q -f year.sql postgres
"""
import csv
import datetime
import pathlib
import random

random.seed(1)
here = pathlib.Path(__file__).resolve().parents[4]
orgs = list(csv.DictReader(open(here / "examples/greater-manchester/organisations.csv", encoding="utf-8")))
rate = {"acute": 150, "mental_health": 150, "ambulance": 150, "community": 20, "primary_care": 10,
        "adult_social_care": 5}
cats = [("BULLYING", .30), ("STAFFING_LEVELS", .25), ("PATIENT_SAFETY", .19), ("REDEPLOYMENT", .06),
        ("COMPETENCY", .05), ("OTHER", .15)]
alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
for o in orgs:
    count = sum(1 for _ in range(rate[o["sector"]] * 4) if random.random() < 0.25)
    for _ in range(count):
        r, acc = random.random(), 0
        for c, w in cats:
            acc += w
            if r < acc:
                break
        m = random.randrange(12)
        day = datetime.date(2025 + (1 if m >= 9 else 0), (m + 3) % 12 + 1, random.randint(1, 28))
        ref = "-".join("".join(random.choice(alphabet) for _ in range(4)) for _ in range(3))
        name = o["name"].replace("'", "''")
        print(f"INSERT INTO speak_up_cases (reference, secret_hash, icb_code, org_code, org_name, sector, category,"
              f" raised_on, status_on) VALUES ('{ref}', decode(repeat('00', 32), 'hex'), 'QOP', '{o['org_code']}',"
              f" '{name}', '{o['sector']}', '{c}', '{day}', '{day}');")
