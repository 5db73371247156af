-- A client's birth date, stored as ISO text (yyyy-MM-dd) like every other client field: the validator has already
-- parsed it strictly, and text keeps comparisons, hashes and the journal identical on H2 and PostgreSQL.
ALTER TABLE client ADD COLUMN birth_date VARCHAR(10);
