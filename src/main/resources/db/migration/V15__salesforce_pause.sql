-- A Salesforce connector paused because the org's daily API limit is used up, until when, and the API usage it last
-- saw. In the store, not in memory, so that a restart before the pause is over neither spends a refused call nor sends
-- a second PAUSED notification, and the node that starts again resumes the connector itself. Deleted on resume.
CREATE TABLE salesforce_pause (
    connector_id VARCHAR(64)              NOT NULL PRIMARY KEY,
    paused_until TIMESTAMP WITH TIME ZONE NOT NULL,
    api_usage    VARCHAR(100)
);
