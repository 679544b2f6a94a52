-- Reserved: the forms branch adds 002-edit-history.sql. This file only keeps the numbering
-- unbroken on the csv-import branch and is removed when that migration is merged.
SELECT 1;
