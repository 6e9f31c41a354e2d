"""Writer process for test_crash.py: records grades until it is killed.

Prints "START|n|kind|cell|value" before each write and "ACK|n" once the
service call has returned (the write is then promised to be on disk).
"""

import random
import sys

from lagesbild_desktop.services.assessments import record_grade, record_grades
from lagesbild_desktop.store.database import open_database

AREAS = ["Grimsta", "Hässelby gård", "Hässelby strand", "Hässelby villastad", "Kälvesta", "Nälsta", "Råcksta",
         "Vinsta", "Vällingby"]


def main(db_path: str, seed: int, first_batch_week: int) -> None:
    rng = random.Random(seed)
    store = open_database(db_path)
    batch_week = first_batch_week
    for n in range(1_000_000):
        if n % 3 == 2:
            # A whole week at once, into a week nobody wrote before: all 9 rows or none.
            year, week = 2030 + (batch_week - 1) // 52, (batch_week - 1) % 52 + 1
            grade = rng.randint(1, 5)
            print(f"START|{n}|batch|{year}:{week}|{grade}", flush=True)
            record_grades(store, year, week, dict.fromkeys(AREAS, grade), context="kill test")
            batch_week += 1
        else:
            area, week, grade = rng.choice(AREAS), rng.randint(1, 52), rng.randint(1, 5)
            note = f"n{n}"
            print(f"START|{n}|single|{area}:{week}|{grade}:{note}", flush=True)
            record_grade(store, area, 2024, week, grade, note, context="kill test")
        print(f"ACK|{n}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
