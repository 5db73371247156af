-- onlyInStore: flag. A reference whose record the connector's source no longer has is marked, with when a run first
-- found it missing and which run that was, until the source brings the record back. The mark belongs to the reference
-- (one connector, one external id) and goes with it; a client can carry marks of several connectors.
CREATE TABLE only_in_store_mark (
    external_id   VARCHAR(200) NOT NULL,
    connector_id  VARCHAR(64)  NOT NULL,
    client_id     BIGINT       NOT NULL,
    missing_since TIMESTAMP WITH TIME ZONE NOT NULL,
    run_id        BIGINT,
    PRIMARY KEY (external_id, connector_id),
    CONSTRAINT fk_only_in_store_reference FOREIGN KEY (external_id, connector_id)
        REFERENCES external_ref (external_id, connector_id) ON DELETE CASCADE
);
CREATE INDEX ix_only_in_store_client ON only_in_store_mark (client_id);
