-- Lägesbild Desktop, schema version 6: the action plan (åtgärdsplan).
--
-- A measure answers a problem (areas, a priority field, a place), has responsible organisations,
-- dates and a goal, and is followed up over time. All three tables are record kinds of the registry
-- (store/kinds.py): audited, checked and exchanged like grades. store/upgrades.py gives an existing
-- database the default list of responsible organisations right after this file has run.

-- The editable list of responsible organisations (like the categories: the name is the key).
CREATE TABLE responsibles (
    number     INTEGER PRIMARY KEY,              -- the audit log's entity id
    name       TEXT    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
    sort_order INTEGER NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    vv         TEXT    NOT NULL DEFAULT ''
);

-- Areas and responsible organisations are JSON lists: of area uids (the same in every database, so
-- a measure's areas survive renames and exchanges) and of responsibles' names.
CREATE TABLE measures (
    id             INTEGER PRIMARY KEY,
    uid            TEXT    NOT NULL UNIQUE,
    title          TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description    TEXT    NOT NULL DEFAULT '',
    areas          TEXT    NOT NULL DEFAULT '[]',
    priority_field INTEGER CHECK (priority_field BETWEEN 1 AND 5),
    place          TEXT    NOT NULL DEFAULT '',
    responsible    TEXT    NOT NULL DEFAULT '[]',
    start_date     TEXT    NOT NULL,
    end_date       TEXT    CHECK (end_date IS NULL OR end_date >= start_date),
    term           TEXT    NOT NULL CHECK (term IN ('kort', 'lång')),
    goal           TEXT    NOT NULL DEFAULT '',
    next_follow_up TEXT,
    recorded_by    TEXT    NOT NULL,
    recorded_at    TEXT    NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,   -- compared by windows before they save an edit
    vv             TEXT    NOT NULL DEFAULT '',
    -- The next follow-up date has a version of its own: set at a follow-up in the meeting, it does not
    -- conflict with a change of the plan's texts made on another workstation meanwhile.
    vv_next        TEXT    NOT NULL DEFAULT ''
);

-- A follow-up belongs to its measure by the measure's uid: follow-ups made on two workstations
-- travel on their own and never conflict with each other. A measure's status is its latest
-- follow-up's (domain/measures.py), "planerad" before the first.
CREATE TABLE follow_ups (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    measure     TEXT    NOT NULL,
    followed_on TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('planerad', 'pågår', 'genomförd', 'avbruten')),
    comment     TEXT    NOT NULL DEFAULT '',
    who         TEXT    NOT NULL DEFAULT '',
    recorded_by TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    vv          TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX follow_ups_measure ON follow_ups(measure, followed_on);
