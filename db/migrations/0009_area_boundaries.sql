-- Lägesbild Desktop, schema version 9: the areas' boundaries for the map (Karta), from the district's
-- GeoJSON (domain/boundaries.py), held in WGS 84 as JSON: a list of polygons, each a list of rings of
-- [longitude, latitude], the outer ring first and its holes after.
--
-- A record kind of the registry (store/kinds.py): audited, checked and exchanged, one per area (its key
-- is the area's uid). `source` names the file it came from.

CREATE TABLE area_boundaries (
    area_id     INTEGER PRIMARY KEY REFERENCES areas(id),
    polygons    TEXT    NOT NULL CHECK (json_valid(polygons) AND json_type(polygons) = 'array'),
    source      TEXT    NOT NULL DEFAULT '',
    recorded_by TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    vv          TEXT    NOT NULL DEFAULT ''
);
