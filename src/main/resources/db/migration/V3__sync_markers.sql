-- Sync markers: what lets a re-import skip records that cannot have changed, without loading their clients.
--
-- client.row_version goes up by one on every write to the client, its contacts or its provenance. An external_ref
-- remembers the hash of the raw source record its connector last brought in full, without findings (source_hash),
-- the hash of that record once normalised (content_hash, for in-file duplicate checks) and the client's
-- row_version right after (synced_version). A later record with the same raw hash, against a client still at
-- that version, would validate and reconcile to "no change": it is counted UNCHANGED without being validated,
-- staged or compared again.
ALTER TABLE client ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE external_ref ADD COLUMN source_hash BIGINT;
ALTER TABLE external_ref ADD COLUMN content_hash BIGINT;
ALTER TABLE external_ref ADD COLUMN synced_version BIGINT;
ALTER TABLE run_row ADD COLUMN source_hash BIGINT;

-- Creation provenance on the client row: a new client's fields were all written by the connector and run that
-- created it, at created_at. Keeping that once per client instead of once per field divides the writes of a first
-- import by about fifteen; field_provenance holds only the fields written since (its row wins when present).
ALTER TABLE client ADD COLUMN created_by VARCHAR(64);
ALTER TABLE client ADD COLUMN created_run_id BIGINT;
