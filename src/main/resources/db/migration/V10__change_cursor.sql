-- The high-water mark of a change column that each incremental read reached (sql-view, later Salesforce). The
-- cursor of a connector is the highest mark of its runs that were APPLIED and not rolled back: a failed, waiting or
-- superseded run leaves it where it was, so its rows are read again. No foreign key to import_run: a mark outlives
-- nothing it needs, and runs are never deleted by the product.
CREATE TABLE change_cursor_mark (
    connector_id VARCHAR(64)              NOT NULL,
    run_id       BIGINT                   NOT NULL,
    high_water   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (connector_id, run_id)
);
