-- Lägesbild Desktop, schema version 3: moving data between workstations with exchange files.

-- The other workstations' audit logs, as their exchange files carried them: kept beside this
-- database's own log (whose chain stays this database's alone), one row per foreign entry.
CREATE TABLE foreign_audit_log (
    peer_id    TEXT    NOT NULL,
    id         INTEGER NOT NULL,
    at         TEXT    NOT NULL,
    os_user    TEXT    NOT NULL,
    action     TEXT    NOT NULL,
    entity     TEXT    NOT NULL,
    entity_id  INTEGER NOT NULL,
    summary    TEXT    NOT NULL,
    old_value  TEXT,
    new_value  TEXT,
    context    TEXT    NOT NULL,
    prev_hash  TEXT    NOT NULL,
    hash       TEXT    NOT NULL,
    PRIMARY KEY (peer_id, id)
);
