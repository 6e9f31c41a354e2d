-- Lägesbild Desktop, schema version 4: an import is audited as one entry for all its grades.
--
-- Such an entry has entity_id 0 and lists the grades it created in new_value
-- ({"fields": [...], "rows": [[id, area_id, year, week, grade, note], ...]}). `check` reads it as one
-- entry per grade. A program of version 3 or older would not, and would report every imported
-- grade as missing from the log: this version number makes it refuse the file instead, as it
-- refuses any newer schema.
CREATE INDEX audit_log_batches ON audit_log (entity, id) WHERE entity_id = 0;
