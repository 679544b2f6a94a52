-- The whole staffroom/1 school, one table per kind of thing, so that foreign keys guard every
-- reference. `position` keeps each list in the order the school gave it (export is lossless), and
-- `*_given` flags record optional lists given empty, which mean something different from absent
-- (an empty `roomKinds` allows no room; an absent one allows any).
CREATE TABLE school (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  phase TEXT NOT NULL CHECK (phase IN ('primary', 'secondary', 'all-through', 'special')),
  as_of TEXT,
  terms_given INTEGER NOT NULL CHECK (terms_given IN (0, 1)),
  closures_given INTEGER NOT NULL CHECK (closures_given IN (0, 1)),
  plan_given INTEGER NOT NULL CHECK (plan_given IN (0, 1)),
  unfilled_given INTEGER NOT NULL CHECK (unfilled_given IN (0, 1))
) STRICT;

CREATE TABLE cycle_week (
  label TEXT PRIMARY KEY CHECK (label IN ('A', 'B')),
  position INTEGER NOT NULL UNIQUE
) STRICT;

CREATE TABLE school_day (
  day TEXT PRIMARY KEY CHECK (day IN ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')),
  position INTEGER NOT NULL UNIQUE
) STRICT;

CREATE TABLE period (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  label TEXT,
  start TEXT NOT NULL,
  end TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('lesson', 'registration', 'tutor', 'assembly', 'break', 'lunch')),
  position INTEGER NOT NULL UNIQUE,
  CHECK (start < end)
) STRICT;

CREATE TABLE term (
  position INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  start TEXT NOT NULL,
  end TEXT NOT NULL,
  starts_on TEXT CHECK (starts_on IN ('A', 'B')),
  CHECK (start <= end)
) STRICT;

CREATE TABLE closure (
  position INTEGER PRIMARY KEY,
  date TEXT NOT NULL
) STRICT;

CREATE TABLE skill (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  name TEXT NOT NULL,
  area TEXT CHECK (area IN ('CI', 'CL', 'SEMH', 'SP', 'medical', 'behaviour', 'general')),
  position INTEGER NOT NULL UNIQUE
) STRICT;

CREATE TABLE room (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('classroom', 'small-group', 'one-to-one', 'therapy', 'sensory', 'hall', 'library', 'pastoral', 'medical', 'other')),
  capacity INTEGER NOT NULL CHECK (capacity >= 1),
  position INTEGER NOT NULL UNIQUE
) STRICT;

CREATE TABLE staff (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('teacher', 'hlta', 'ta', 'cover-supervisor', 'senco', 'pastoral-lead', 'leader', 'other')),
  sex TEXT CHECK (sex IN ('F', 'M')),
  specified_work INTEGER NOT NULL CHECK (specified_work IN (0, 1)),
  max_periods_per_week INTEGER CHECK (max_periods_per_week >= 0),
  busy_given INTEGER NOT NULL CHECK (busy_given IN (0, 1)),
  position INTEGER NOT NULL UNIQUE
) STRICT;

CREATE TABLE staff_skill (
  staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE ON UPDATE CASCADE,
  position INTEGER NOT NULL,
  skill_id TEXT NOT NULL REFERENCES skill (id) ON UPDATE CASCADE,
  expires TEXT,
  PRIMARY KEY (staff_id, position)
) STRICT;
CREATE INDEX staff_skill_by_skill ON staff_skill (skill_id);

CREATE TABLE staff_availability (
  staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE ON UPDATE CASCADE,
  position INTEGER NOT NULL,
  week TEXT REFERENCES cycle_week (label),
  day TEXT NOT NULL REFERENCES school_day (day),
  PRIMARY KEY (staff_id, position)
) STRICT;

CREATE TABLE staff_availability_period (
  staff_id TEXT NOT NULL,
  entry INTEGER NOT NULL,
  position INTEGER NOT NULL,
  period_id TEXT NOT NULL REFERENCES period (id) ON UPDATE CASCADE,
  PRIMARY KEY (staff_id, entry, position),
  FOREIGN KEY (staff_id, entry) REFERENCES staff_availability (staff_id, position) ON DELETE CASCADE ON UPDATE CASCADE
) STRICT;

CREATE TABLE staff_busy (
  staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE ON UPDATE CASCADE,
  position INTEGER NOT NULL,
  week TEXT REFERENCES cycle_week (label),
  day TEXT NOT NULL REFERENCES school_day (day),
  period_id TEXT NOT NULL REFERENCES period (id) ON UPDATE CASCADE,
  what TEXT NOT NULL,
  PRIMARY KEY (staff_id, position)
) STRICT;

CREATE TABLE pupil (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  name TEXT NOT NULL,
  upn TEXT,
  year TEXT NOT NULL CHECK (year IN ('N', 'R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14')),
  sen TEXT NOT NULL CHECK (sen IN ('N', 'K', 'E')),
  needs_given INTEGER NOT NULL CHECK (needs_given IN (0, 1)),
  position INTEGER NOT NULL UNIQUE
) STRICT;

CREATE TABLE pupil_need (
  pupil_id TEXT NOT NULL REFERENCES pupil (id) ON DELETE CASCADE ON UPDATE CASCADE,
  position INTEGER NOT NULL,
  need TEXT NOT NULL,
  PRIMARY KEY (pupil_id, position)
) STRICT;

CREATE TABLE school_class (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  name TEXT NOT NULL,
  year TEXT,
  subject TEXT,
  teacher_id TEXT REFERENCES staff (id) ON UPDATE CASCADE,
  position INTEGER NOT NULL UNIQUE
) STRICT;

CREATE TABLE class_pupil (
  class_id TEXT NOT NULL REFERENCES school_class (id) ON DELETE CASCADE ON UPDATE CASCADE,
  position INTEGER NOT NULL,
  pupil_id TEXT NOT NULL REFERENCES pupil (id) ON UPDATE CASCADE,
  PRIMARY KEY (class_id, position)
) STRICT;
CREATE INDEX class_pupil_by_pupil ON class_pupil (pupil_id);

CREATE TABLE lesson (
  position INTEGER PRIMARY KEY,
  class_id TEXT NOT NULL REFERENCES school_class (id) ON DELETE CASCADE ON UPDATE CASCADE,
  week TEXT REFERENCES cycle_week (label),
  day TEXT NOT NULL REFERENCES school_day (day),
  period_id TEXT NOT NULL REFERENCES period (id) ON UPDATE CASCADE,
  subject TEXT NOT NULL,
  teacher_id TEXT REFERENCES staff (id) ON UPDATE CASCADE,
  room_id TEXT REFERENCES room (id) ON UPDATE CASCADE,
  protected INTEGER NOT NULL CHECK (protected IN (0, 1))
) STRICT;
CREATE INDEX lesson_by_class ON lesson (class_id);
CREATE INDEX lesson_by_teacher ON lesson (teacher_id);
CREATE INDEX lesson_by_room ON lesson (room_id);

CREATE TABLE intervention_group (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  name TEXT NOT NULL,
  programme TEXT,
  area TEXT NOT NULL CHECK (area IN ('CI', 'CL', 'SEMH', 'SP')),
  sessions_per_week INTEGER NOT NULL CHECK (sessions_per_week >= 1),
  length INTEGER CHECK (length >= 1),
  adults INTEGER CHECK (adults >= 1),
  same_adult INTEGER CHECK (same_adult IN (0, 1)),
  staff_sex TEXT CHECK (staff_sex IN ('F', 'M')),
  unstructured INTEGER CHECK (unstructured IN (0, 1)),
  priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
  ehcp INTEGER CHECK (ehcp IN (0, 1)),
  lead_id TEXT REFERENCES staff (id) ON UPDATE CASCADE,
  room_kinds_given INTEGER NOT NULL CHECK (room_kinds_given IN (0, 1)),
  preferred_staff_given INTEGER NOT NULL CHECK (preferred_staff_given IN (0, 1)),
  roles_given INTEGER NOT NULL CHECK (roles_given IN (0, 1)),
  periods_given INTEGER NOT NULL CHECK (periods_given IN (0, 1)),
  slots_given INTEGER NOT NULL CHECK (slots_given IN (0, 1)),
  position INTEGER NOT NULL UNIQUE
) STRICT;

CREATE TABLE group_pupil (
  group_id TEXT NOT NULL REFERENCES intervention_group (id) ON DELETE CASCADE ON UPDATE CASCADE,
  position INTEGER NOT NULL,
  pupil_id TEXT NOT NULL REFERENCES pupil (id) ON UPDATE CASCADE,
  PRIMARY KEY (group_id, position)
) STRICT;
CREATE INDEX group_pupil_by_pupil ON group_pupil (pupil_id);

CREATE TABLE group_skill (
  group_id TEXT NOT NULL REFERENCES intervention_group (id) ON DELETE CASCADE ON UPDATE CASCADE,
  position INTEGER NOT NULL,
  skill_id TEXT NOT NULL REFERENCES skill (id) ON UPDATE CASCADE,
  PRIMARY KEY (group_id, position)
) STRICT;

CREATE TABLE group_room_kind (
  group_id TEXT NOT NULL REFERENCES intervention_group (id) ON DELETE CASCADE ON UPDATE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('classroom', 'small-group', 'one-to-one', 'therapy', 'sensory', 'hall', 'library', 'pastoral', 'medical', 'other')),
  PRIMARY KEY (group_id, position)
) STRICT;

CREATE TABLE group_preferred_staff (
  group_id TEXT NOT NULL REFERENCES intervention_group (id) ON DELETE CASCADE ON UPDATE CASCADE,
  position INTEGER NOT NULL,
  staff_id TEXT NOT NULL REFERENCES staff (id) ON UPDATE CASCADE,
  PRIMARY KEY (group_id, position)
) STRICT;

CREATE TABLE group_role (
  group_id TEXT NOT NULL REFERENCES intervention_group (id) ON DELETE CASCADE ON UPDATE CASCADE,
  position INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('teacher', 'hlta', 'ta', 'cover-supervisor', 'senco', 'pastoral-lead', 'leader', 'other')),
  PRIMARY KEY (group_id, position)
) STRICT;

CREATE TABLE group_period (
  group_id TEXT NOT NULL REFERENCES intervention_group (id) ON DELETE CASCADE ON UPDATE CASCADE,
  position INTEGER NOT NULL,
  period_id TEXT NOT NULL REFERENCES period (id) ON UPDATE CASCADE,
  PRIMARY KEY (group_id, position)
) STRICT;

CREATE TABLE group_slot (
  group_id TEXT NOT NULL REFERENCES intervention_group (id) ON DELETE CASCADE ON UPDATE CASCADE,
  position INTEGER NOT NULL,
  week TEXT REFERENCES cycle_week (label),
  day TEXT NOT NULL REFERENCES school_day (day),
  period_id TEXT NOT NULL REFERENCES period (id) ON UPDATE CASCADE,
  PRIMARY KEY (group_id, position)
) STRICT;

CREATE TABLE cover_item (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('ppa', 'absence', 'duty', 'post')),
  label TEXT NOT NULL,
  week TEXT REFERENCES cycle_week (label),
  day TEXT NOT NULL REFERENCES school_day (day),
  period_id TEXT NOT NULL REFERENCES period (id) ON UPDATE CASCADE,
  class_id TEXT REFERENCES school_class (id) ON UPDATE CASCADE,
  staff_needed INTEGER CHECK (staff_needed >= 1),
  specified_work INTEGER CHECK (specified_work IN (0, 1)),
  room_id TEXT REFERENCES room (id) ON UPDATE CASCADE,
  priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
  skills_given INTEGER NOT NULL CHECK (skills_given IN (0, 1)),
  roles_given INTEGER NOT NULL CHECK (roles_given IN (0, 1)),
  position INTEGER NOT NULL UNIQUE
) STRICT;

CREATE TABLE cover_skill (
  cover_id TEXT NOT NULL REFERENCES cover_item (id) ON DELETE CASCADE ON UPDATE CASCADE,
  position INTEGER NOT NULL,
  skill_id TEXT NOT NULL REFERENCES skill (id) ON UPDATE CASCADE,
  PRIMARY KEY (cover_id, position)
) STRICT;

CREATE TABLE cover_role (
  cover_id TEXT NOT NULL REFERENCES cover_item (id) ON DELETE CASCADE ON UPDATE CASCADE,
  position INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('teacher', 'hlta', 'ta', 'cover-supervisor', 'senco', 'pastoral-lead', 'leader', 'other')),
  PRIMARY KEY (cover_id, position)
) STRICT;

CREATE TABLE plan_session (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  group_id TEXT REFERENCES intervention_group (id) ON UPDATE CASCADE,
  cover_id TEXT REFERENCES cover_item (id) ON UPDATE CASCADE,
  week TEXT REFERENCES cycle_week (label),
  day TEXT NOT NULL REFERENCES school_day (day),
  period_id TEXT NOT NULL REFERENCES period (id) ON UPDATE CASCADE,
  room_id TEXT REFERENCES room (id) ON UPDATE CASCADE,
  pinned INTEGER CHECK (pinned IN (0, 1)),
  position INTEGER NOT NULL UNIQUE,
  CHECK ((group_id IS NULL) <> (cover_id IS NULL))
) STRICT;
CREATE INDEX plan_session_by_group ON plan_session (group_id);
CREATE INDEX plan_session_by_cover ON plan_session (cover_id);

CREATE TABLE plan_session_staff (
  session_id TEXT NOT NULL REFERENCES plan_session (id) ON DELETE CASCADE ON UPDATE CASCADE,
  position INTEGER NOT NULL,
  staff_id TEXT NOT NULL REFERENCES staff (id) ON UPDATE CASCADE,
  PRIMARY KEY (session_id, position)
) STRICT;
CREATE INDEX plan_session_staff_by_staff ON plan_session_staff (staff_id);

CREATE TABLE plan_unfilled (
  position INTEGER PRIMARY KEY,
  group_id TEXT REFERENCES intervention_group (id) ON DELETE CASCADE ON UPDATE CASCADE,
  cover_id TEXT REFERENCES cover_item (id) ON DELETE CASCADE ON UPDATE CASCADE,
  week TEXT REFERENCES cycle_week (label),
  missing INTEGER NOT NULL CHECK (missing >= 1)
) STRICT;

CREATE TABLE plan_unfilled_reason (
  unfilled INTEGER NOT NULL REFERENCES plan_unfilled (position) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (unfilled, position)
) STRICT;
