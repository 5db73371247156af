-- What a full sync of a connector found different from the store (issue 16): counts and up to 100 external ids per
-- kind, comma-separated. No foreign key to import_run: the row is written once, after the run, and only read.
CREATE TABLE run_drift (
    run_id              BIGINT PRIMARY KEY,
    missed_count        BIGINT NOT NULL,
    differing_count     BIGINT NOT NULL,
    only_in_store_count BIGINT NOT NULL,
    missed_ids          VARCHAR(4000),
    differing_ids       VARCHAR(4000),
    only_in_store_ids   VARCHAR(4000)
);
