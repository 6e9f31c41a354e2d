-- Lägesbild Desktop, schema version 10: registered places (torg, centrum, station, skola, park, drogscen,
-- bosättning …), where problems recur, and an incident's link to one and its time of day.
--
-- Place kinds are an editable list like the sources of key figures (the name is the key); places are a
-- record kind keyed by a uid, with the years a place is "prioriterad" and why (a JSON object
-- {"2025": "reason"}). Both are in the registry (store/kinds.py): audited, checked and exchanged.
-- store/upgrades.py gives every database the default kinds right after this file has run.

CREATE TABLE place_kinds (
    number     INTEGER PRIMARY KEY,              -- the audit log's entity id
    name       TEXT    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
    sort_order INTEGER NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    vv         TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE places (
    id                INTEGER PRIMARY KEY,
    uid               TEXT    NOT NULL UNIQUE,
    name              TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    area_id           INTEGER NOT NULL REFERENCES areas(id),
    kind              TEXT    NOT NULL,               -- a place kind's name
    lat               REAL    CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lon               REAL    CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    notes             TEXT    NOT NULL DEFAULT '',
    retired_from_year INTEGER,
    priorities        TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(priorities)),
    recorded_by       TEXT    NOT NULL,
    recorded_at       TEXT    NOT NULL,
    vv                TEXT    NOT NULL DEFAULT ''
);

-- An incident's registered place (its uid; the free-text place stays as written) and its time of day.
ALTER TABLE incidents ADD COLUMN place_uid TEXT;
ALTER TABLE incidents ADD COLUMN time_of_day TEXT
    CHECK (time_of_day IS NULL OR (length(time_of_day) = 5 AND time_of_day GLOB '[0-2][0-9]:[0-5][0-9]'
                                   AND time_of_day < '24:00'));
CREATE INDEX incidents_place ON incidents(place_uid);
