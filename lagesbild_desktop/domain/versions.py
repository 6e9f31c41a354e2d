"""Version vectors: which of two versions of a record has seen the other (pure, no I/O).

Every record that travels between workstations carries a version vector: for each database that
has written the record, the number of that database's latest write to it seen by this version
(its audit log entry number, which only grows). One version has seen another when its vector is
at least as large in every place; when neither has seen the other they were changed on both sides
independently: a conflict. Clocks play no part: the numbers are counted, not timed (Parker et al.,
"Detection of mutual inconsistency in distributed systems", 1983; as in Dynamo and Riak).

The stored and exchanged form is text, "replica:counter" pairs sorted by replica and joined by
commas ("0f3a…:12,9be1…:40"), so that two equal vectors are equal strings and the common case of a
record unchanged on both sides costs one string comparison.
"""

from __future__ import annotations

import re
from enum import Enum

# A replica (database) id: 16 lower-case hex digits; a counter: a positive integer.
_PAIR = re.compile(r"([0-9a-f]{16}):([1-9][0-9]{0,17})")
REPLICA_PATTERN = re.compile(r"[0-9a-f]{16}")


class Order(Enum):
    EQUAL = "equal"
    BEFORE = "before"  # the first has been seen by the second (the second is newer)
    AFTER = "after"  # the first has seen the second (the first is newer)
    CONCURRENT = "concurrent"  # changed independently on both sides


def parse(text: str) -> dict[str, int]:
    """The vector of a stored or exchanged text; ValueError if it is not one."""
    if not isinstance(text, str):
        raise ValueError("not a version vector")
    if not text:
        return {}
    vector: dict[str, int] = {}
    for part in text.split(","):
        match = _PAIR.fullmatch(part)
        if match is None or match.group(1) in vector:
            raise ValueError(f"not a version vector: {text[:60]!r}")
        vector[match.group(1)] = int(match.group(2))
    return vector


def is_valid(text: object) -> bool:
    try:
        return format_vector(parse(text)) == text  # type: ignore[arg-type]
    except ValueError:
        return False


def format_vector(vector: dict[str, int]) -> str:
    return ",".join(f"{replica}:{vector[replica]}" for replica in sorted(vector))


def compare(first: str, second: str) -> Order:
    if first == second:
        return Order.EQUAL
    a, b = parse(first), parse(second)
    a_larger = any(count > b.get(replica, 0) for replica, count in a.items())
    b_larger = any(count > a.get(replica, 0) for replica, count in b.items())
    if a_larger and b_larger:
        return Order.CONCURRENT
    if a_larger:
        return Order.AFTER
    if b_larger:
        return Order.BEFORE
    return Order.EQUAL  # the same pairs written differently (not produced by format_vector)


def join(first: str, second: str) -> str:
    """The smallest vector that has seen both."""
    vector = parse(first)
    for replica, count in parse(second).items():
        if count > vector.get(replica, 0):
            vector[replica] = count
    return format_vector(vector)


def advance(base: str, replica: str, counter: int) -> str:
    """The vector of a write by `replica` (its write number `counter`) on top of version `base`."""
    vector = parse(base)
    if counter <= vector.get(replica, 0):
        # The counters are audit entry numbers, which only grow; a smaller one means the log was cut.
        raise ValueError(f"write number {counter} of {replica} is not newer than {vector[replica]}")
    vector[replica] = counter
    return format_vector(vector)


def origin(entity: str, key: str, content: object) -> str:
    """The version of a record as it was first given to every database alike, not written by one.

    A new database's default areas and categories, and the records an older database held when it was
    upgraded to versions, were not written by this database in particular: two databases holding the
    same content there hold the same version (a pseudo-replica named by a hash of the record and its
    content), so the first change either makes is newer than both, not a conflict. Different content
    gives a different pseudo-replica, so such records are compared as concurrent, as they should be.
    """
    import hashlib
    import json

    text = json.dumps([entity, key, content], ensure_ascii=False, sort_keys=True)
    return f"{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}:1"
