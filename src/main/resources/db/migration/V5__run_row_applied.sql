-- Applying a row used to rewrite the whole staged row (payload and diff included) only to set run_row.applied: on
-- PostgreSQL a new version of a wide row and a new entry in every index of run_row, for every applied row. A narrow
-- table of applied rows costs one small insert per applied row instead. It also keeps the client a NEW row created.
CREATE TABLE run_row_applied (
    run_row_id BIGINT PRIMARY KEY REFERENCES run_row (id),
    client_id  BIGINT
);

INSERT INTO run_row_applied (run_row_id, client_id) SELECT id, client_id FROM run_row WHERE applied = TRUE;

ALTER TABLE run_row DROP COLUMN applied;
