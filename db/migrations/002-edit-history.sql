-- The edit history behind undo and redo. Each row is one edit a person made ("Changed Aisha
-- Shah's working days"), with a snapshot of every school entity it touched before and after, so
-- undo writes the befores back and redo the afters. It lives in the database, so undo survives a
-- restart. `changes` is a JSON array of
--   { "kind": "staff", "id": "T01", "before": Snapshot | null, "after": Snapshot | null }
-- where null means the entity was absent and a Snapshot is { "value": <the object exactly as in
-- the staffroom/1 file>, "position": n } ("positions": [n, ...] for the lessons of one class; no
-- position for the singletons school, calendar and plan). Rows with `undone` = 1 are the redo
-- stack; a new edit removes them.
CREATE TABLE edit_log (
  id INTEGER PRIMARY KEY,
  made_at TEXT NOT NULL CHECK (made_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'),
  label TEXT NOT NULL CHECK (length(trim(label)) > 0),
  changes TEXT NOT NULL CHECK (json_valid(changes) AND json_type(changes) = 'array' AND json_array_length(changes) > 0),
  undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
) STRICT;
CREATE INDEX edit_log_by_undone ON edit_log (undone, id);
