-- A run's reading notes list the columns no field takes ("3 columns not imported (no field of that name): …"), so
-- that no column is dropped without a word: 300 characters held the charset and the delimiter, not such a list.
ALTER TABLE import_run ALTER COLUMN reading_notes SET DATA TYPE VARCHAR(4000);
