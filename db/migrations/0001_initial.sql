-- Lägesbild Desktop, schema version 1.
--
-- Readable and repairable with the stock sqlite3 tool: no application-defined
-- functions or collations. Swedish alphabetical order comes from the stored
-- areas.sort_key (computed by the program). CHECK constraints keep grades,
-- weeks and severities in range even against a buggy caller.

PRAGMA application_id = 1279738444;  -- 'LGBL': marks the file as ours

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE areas (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    sort_key          TEXT NOT NULL,
    -- NULL: alphabetical (sort_key); a number puts the area in that place instead.
    explicit_order    INTEGER,
    first_year        INTEGER NOT NULL CHECK (first_year BETWEEN 1900 AND 2999),
    -- The area no longer exists from this year on (it still shows in earlier years).
    retired_from_year INTEGER CHECK (retired_from_year IS NULL OR retired_from_year > first_year),
    created_at        TEXT NOT NULL
);

-- Earlier names of renamed areas: grids of years before the rename show the old name.
CREATE TABLE area_name_history (
    id         INTEGER PRIMARY KEY,
    area_id    INTEGER NOT NULL REFERENCES areas(id),
    name       TEXT NOT NULL,
    until_year INTEGER NOT NULL CHECK (until_year BETWEEN 1900 AND 2999),
    renamed_at TEXT NOT NULL,
    renamed_by TEXT NOT NULL
);
CREATE INDEX area_name_history_area ON area_name_history(area_id);

-- The id is the cell itself: (iso_year * 100 + iso_week) * 100000 + area_id.
-- One area-week has one id, so the primary key alone keeps "one grade per
-- area and week" without a second index, rows of a year lie together, and a
-- grade is written durably with one page less (every grade is a commit).
CREATE TABLE assessments (
    id          INTEGER PRIMARY KEY CHECK (id = (iso_year * 100 + iso_week) * 100000 + area_id),
    area_id     INTEGER NOT NULL REFERENCES areas(id) CHECK (area_id BETWEEN 1 AND 99999),
    -- typeof(): a column's type in SQLite is only a preference; 2.5 must not pass as a grade.
    iso_year    INTEGER NOT NULL CHECK (typeof(iso_year) = 'integer' AND iso_year BETWEEN 1900 AND 2999),
    -- Week 53 exists only in years whose 1 January is a Thursday, or a
    -- Wednesday in a leap year (ISO 8601).
    iso_week    INTEGER NOT NULL CHECK (typeof(iso_week) = 'integer' AND (
        iso_week BETWEEN 1 AND 52
        OR (iso_week = 53 AND (
            strftime('%w', printf('%04d-01-01', iso_year)) = '4'
            OR (strftime('%w', printf('%04d-01-01', iso_year)) = '3'
                AND iso_year % 4 = 0 AND (iso_year % 100 <> 0 OR iso_year % 400 = 0)))))),
    grade       INTEGER NOT NULL CHECK (typeof(grade) = 'integer' AND grade BETWEEN 1 AND 5),
    note        TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    -- A number that changes with every write and never repeats (from schema 5: the id of the audit
    -- entry that recorded the write): a window that loaded version N and finds another number knows
    -- someone else changed the cell meanwhile.
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);

CREATE TABLE categories (
    code       TEXT PRIMARY KEY CHECK (length(trim(code)) > 0),
    name_sv    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE incidents (
    id          INTEGER PRIMARY KEY,
    area_id     INTEGER NOT NULL REFERENCES areas(id),
    occurred_on TEXT NOT NULL CHECK (date(occurred_on, '+0 days') IS NOT NULL AND date(occurred_on, '+0 days') = occurred_on),
    -- ('+0 days' normalises 2024-02-30 to 2024-03-01, so impossible dates fail the check.)
    -- ISO week of occurred_on, stored so that week queries need no date arithmetic.
    iso_year    INTEGER NOT NULL CHECK (typeof(iso_year) = 'integer' AND iso_year BETWEEN 1900 AND 2999),
    iso_week    INTEGER NOT NULL CHECK (typeof(iso_week) = 'integer' AND iso_week BETWEEN 1 AND 53),
    category    TEXT NOT NULL REFERENCES categories(code),
    severity    TEXT NOT NULL CHECK (severity IN ('minor', 'worrying', 'serious', 'critical')),
    place       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX incidents_week ON incidents(iso_year, iso_week);
CREATE INDEX incidents_area ON incidents(area_id);

-- Every create, change and delete, hash-chained: hash = sha256 of the previous
-- entry's hash and this entry's content (see store/audit.py), so an edit or
-- deletion made behind the program's back is found by `lagesbild check`.
-- No secondary indexes: every grade writes here, and each index is one more
-- page to write durably per grade.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    os_user    TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    summary    TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT,
    context    TEXT NOT NULL DEFAULT '',
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
