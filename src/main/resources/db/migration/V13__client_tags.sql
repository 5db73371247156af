-- Free tags people put on clients (issue 18): lower-case, one row per (client, tag).
CREATE TABLE client_tag (
    client_id BIGINT      NOT NULL REFERENCES client (id),
    tag       VARCHAR(50) NOT NULL,
    PRIMARY KEY (client_id, tag)
);
CREATE INDEX ix_client_tag_tag ON client_tag (tag);
