-- Lägesbild Desktop, schema version 8: key figures from other sources (reported crime, citizens'
-- reports, surveys) and the editable list of those sources.
--
-- Both are record kinds of the registry (store/kinds.py): audited, checked and exchanged. A figure is
-- the value of a measure from a source for a period, in a group or none (''), for an area or the whole
-- district (NULL). What a figure is about is its key in every database; its value and unit change.
-- store/upgrades.py gives every database the default sources right after this file has run.

CREATE TABLE figure_sources (
    number     INTEGER PRIMARY KEY,              -- the audit log's entity id
    name       TEXT    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
    sort_order INTEGER NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    vv         TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE key_figures (
    id          INTEGER PRIMARY KEY,
    source      TEXT    NOT NULL,                -- a source's name (figure_sources)
    measure     TEXT    NOT NULL CHECK (length(measure) BETWEEN 1 AND 200),
    grp         TEXT    NOT NULL DEFAULT '',
    area_id     INTEGER REFERENCES areas(id),    -- NULL: the whole district
    period_from TEXT    NOT NULL,
    period_to   TEXT    NOT NULL CHECK (period_to >= period_from),
    value       REAL    NOT NULL,
    unit        TEXT    NOT NULL CHECK (unit IN ('antal', 'procent')),
    recorded_by TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    vv          TEXT    NOT NULL DEFAULT ''
);
-- NULL is never equal to NULL in a UNIQUE constraint: the whole district is written as 0 for the index.
CREATE UNIQUE INDEX key_figures_key ON key_figures(source, grp, measure, coalesce(area_id, 0), period_from, period_to);
CREATE INDEX key_figures_period ON key_figures(period_to);
