-- The records an incremental read met within the overlap window below its high-water mark, by id and change time
-- (Salesforce: Id + SystemModstamp). The next read starts an overlap before the cursor and meets them again: those
-- with the same change time, already read by an applied run, are dropped rather than staged again. Only records in
-- the window are kept, a few per run.
CREATE TABLE change_cursor_seen (
    connector_id VARCHAR(64)              NOT NULL,
    run_id       BIGINT                   NOT NULL,
    record_id    VARCHAR(200)             NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (connector_id, run_id, record_id)
);
