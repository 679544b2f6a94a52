-- Imports from the MIS: people who disappear from an export are marked as left (never erased),
-- pupils keep the legal names and date of birth they are matched by when they have no UPN (the
-- school file has one display name), and the column mapping a person chose is remembered for the
-- next file with the same headings. Depends only on 001.
ALTER TABLE staff ADD COLUMN left TEXT CHECK (left IS NULL OR left GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE pupil ADD COLUMN left TEXT CHECK (left IS NULL OR left GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

-- Keyed by pupil id without a foreign key: rewriting the school (replaceSchool) must not cascade
-- these away; a row for a pupil no longer in the school is simply never used.
CREATE TABLE pupil_identity (
  pupil_id TEXT PRIMARY KEY CHECK (pupil_id <> ''),
  legal_surname TEXT NOT NULL,
  legal_forename TEXT NOT NULL,
  dob TEXT
) STRICT;

CREATE TABLE import_mapping (
  kind TEXT NOT NULL CHECK (kind IN ('pupils', 'staff', 'timetable')),
  signature TEXT NOT NULL,
  mapping TEXT NOT NULL CHECK (json_valid(mapping)),
  saved TEXT NOT NULL,
  PRIMARY KEY (kind, signature)
) STRICT;
