-- Rollback must restore who owned a field as well as its value, so the journal keeps the provenance it replaced.
ALTER TABLE change_journal ADD COLUMN prev_connector_id VARCHAR(64);
ALTER TABLE change_journal ADD COLUMN prev_run_id BIGINT;
ALTER TABLE change_journal ADD COLUMN prev_written_at TIMESTAMP WITH TIME ZONE;
-- Why a person made a change the rules would not have made (an override of KEEP or REVIEW).
ALTER TABLE change_journal ADD COLUMN note VARCHAR(500);

-- A run is rolled back once; a second rollback finds this set and does nothing.
ALTER TABLE import_run ADD COLUMN rolled_back_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE import_run ADD COLUMN rolled_back_by VARCHAR(100);
