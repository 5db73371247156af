-- The hash of external_id (ExternalIdHash), written with the reference: staging reads every reference of a
-- connector before a re-import, and reading a number instead of decoding and hashing a string was most of that
-- read's time. NULL on references written before this column: their hash is computed from external_id as they are
-- read, and set when their sync marker is next written.
ALTER TABLE external_ref ADD COLUMN key_hash BIGINT;
