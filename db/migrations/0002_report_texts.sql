-- Lägesbild Desktop, schema version 2: the texts the reports carry besides the grades.

-- The yearly report's five priority cooperation fields (DOMAIN.md): does the field need
-- special measures (included in the action plan), and a free comment. One row per year and field.
CREATE TABLE priority_fields (
    id             INTEGER PRIMARY KEY CHECK (id = iso_year * 10 + field),
    iso_year       INTEGER NOT NULL CHECK (typeof(iso_year) = 'integer' AND iso_year BETWEEN 1900 AND 2999),
    field          INTEGER NOT NULL CHECK (typeof(field) = 'integer' AND field BETWEEN 1 AND 5),
    needs_measures INTEGER NOT NULL DEFAULT 0 CHECK (needs_measures IN (0, 1)),
    comment        TEXT NOT NULL DEFAULT '',
    recorded_by    TEXT NOT NULL,
    recorded_at    TEXT NOT NULL
);

-- The weekly meeting's participants and summary, for the weekly report.
CREATE TABLE week_notes (
    id           INTEGER PRIMARY KEY CHECK (id = iso_year * 100 + iso_week),
    iso_year     INTEGER NOT NULL CHECK (typeof(iso_year) = 'integer' AND iso_year BETWEEN 1900 AND 2999),
    iso_week     INTEGER NOT NULL CHECK (typeof(iso_week) = 'integer' AND iso_week BETWEEN 1 AND 53),
    participants TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
);
