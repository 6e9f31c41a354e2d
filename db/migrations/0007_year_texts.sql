-- Lägesbild Desktop, schema version 7: the texts of the yearly lokal lägesbild.
--
-- One text per year and section (Sammantagen bedömning, Inledning, Syfte, Beskrivning av
-- brottsligheten, Källor, a priority field's description), and per year and area for the areas'
-- texts. Stored as Markdown (domain/markdown.py). A record kind of the registry (store/kinds.py):
-- audited, checked and exchanged like grades; its key is the year, the section and the area's uid.
CREATE TABLE year_texts (
    id          INTEGER PRIMARY KEY,
    iso_year    INTEGER NOT NULL CHECK (typeof(iso_year) = 'integer' AND iso_year BETWEEN 1900 AND 2999),
    section     TEXT    NOT NULL,
    area_id     INTEGER REFERENCES areas(id),   -- only for an area's text
    body        TEXT    NOT NULL DEFAULT '',
    recorded_by TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    vv          TEXT    NOT NULL DEFAULT '',
    CHECK ((section = 'omrade') = (area_id IS NOT NULL))
);
-- NULL is never equal to NULL in a UNIQUE constraint: the area is written as 0 for the index.
CREATE UNIQUE INDEX year_texts_key ON year_texts(iso_year, section, coalesce(area_id, 0));
