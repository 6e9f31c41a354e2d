-- Lägesbild Desktop, schema version 5: records that travel between workstations carry versions.
--
-- Every record kind of the exchange (store/kinds.py) gets a version vector `vv` (domain/versions.py):
-- which writes, by which database, the stored version has seen. Merges compare these, never clocks.
-- Areas and incidents get a `uid` that is the same in every database (the local id is not).
-- Deleted grades and incidents leave a tombstone, so that a deletion travels and nothing comes back.
-- store/upgrades.py fills the new columns of an existing database right after this file has run.

ALTER TABLE areas ADD COLUMN uid TEXT;
ALTER TABLE areas ADD COLUMN vv TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX areas_uid ON areas(uid);

-- A number per category for the audit log (its entity_id): the code is the key, and SQLite's
-- implicit rowid of a table keyed by text may change with VACUUM.
ALTER TABLE categories ADD COLUMN number INTEGER;
ALTER TABLE categories ADD COLUMN vv TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX categories_number ON categories(number);

ALTER TABLE assessments ADD COLUMN vv TEXT NOT NULL DEFAULT '';

ALTER TABLE incidents ADD COLUMN uid TEXT;
ALTER TABLE incidents ADD COLUMN vv TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX incidents_uid ON incidents(uid);

ALTER TABLE priority_fields ADD COLUMN vv TEXT NOT NULL DEFAULT '';

-- The two texts of a week note change independently (one person writes the participants while
-- another writes the summary), so each has its own version.
ALTER TABLE week_notes ADD COLUMN vv_participants TEXT NOT NULL DEFAULT '';
ALTER TABLE week_notes ADD COLUMN vv_summary TEXT NOT NULL DEFAULT '';

-- Settings that describe the district travel too (the others are this workstation's own: NULL).
ALTER TABLE settings ADD COLUMN vv TEXT;

-- A deleted record of a kind that can be deleted: its key, the local id it had (or was given, if
-- it was deleted before it ever reached this database), the version of the deletion, and the last
-- value it had (JSON, to show in a conflict).
CREATE TABLE tombstones (
    kind     TEXT    NOT NULL,
    key      TEXT    NOT NULL,
    local_id INTEGER NOT NULL,
    vv       TEXT    NOT NULL,
    value    TEXT,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;
CREATE UNIQUE INDEX tombstones_local ON tombstones(kind, local_id);
