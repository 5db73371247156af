-- A newer staged run of a connector supersedes its older waiting runs: they stop waiting, with the newer run named.
-- The status names are a public contract (README, DESIGN): SUPERSEDED joins them.
ALTER TABLE import_run DROP CONSTRAINT ck_run_status;
ALTER TABLE import_run ADD CONSTRAINT ck_run_status CHECK (status IN ('RECEIVED', 'STAGED', 'AWAITING_APPROVAL',
    'APPLYING', 'COMPLETED', 'COMPLETED_WITH_ERRORS', 'FAILED', 'INTERRUPTED', 'DUPLICATE', 'SUPERSEDED'));
ALTER TABLE import_run ADD COLUMN superseded_by_run_id BIGINT;

-- Content already imported, imported again on purpose (an upload with ?reimport=true, a drop named *.reimport.csv):
-- who asked for it, instead of the run being refused as a DUPLICATE.
ALTER TABLE import_run ADD COLUMN reimport_requested_by VARCHAR(100);

-- The version (client.row_version) of the client a row was compared with when staged: applying tells from it that
-- the store changed under the preview since, and then re-checks the row's changes one by one instead of writing
-- them blindly. NULL for rows that name no client (and for rows staged before this column).
ALTER TABLE run_row ADD COLUMN client_version BIGINT;

-- Why a client's invitation status is what it is: an invitation asked for stays NOT_SENT until a mail has left.
ALTER TABLE client ADD COLUMN invitation_note VARCHAR(300);
