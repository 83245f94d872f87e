import type { Database } from 'better-sqlite3';

/** The study, its waves, the questionnaire, respondents, answers and the imported files' bytes. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE study (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      client TEXT NOT NULL,
      title TEXT NOT NULL,
      languages TEXT NOT NULL,
      anonymity_k INTEGER NOT NULL DEFAULT 5 CHECK (anonymity_k >= 1),
      branding TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE wave (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL UNIQUE,
      label TEXT NOT NULL,
      fieldwork_start TEXT,
      fieldwork_end TEXT
    ) STRICT;

    CREATE TABLE stage (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      position INTEGER NOT NULL,
      texts TEXT NOT NULL
    ) STRICT;

    CREATE TABLE touchpoint (
      id INTEGER PRIMARY KEY,
      stage_id INTEGER NOT NULL REFERENCES stage(id) ON DELETE CASCADE,
      code TEXT NOT NULL UNIQUE,
      position INTEGER NOT NULL,
      texts TEXT NOT NULL
    ) STRICT;

    CREATE TABLE question (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE COLLATE NOCASE,
      touchpoint_id INTEGER REFERENCES touchpoint(id) ON DELETE SET NULL,
      position INTEGER NOT NULL,
      type TEXT NOT NULL,
      role TEXT NOT NULL,
      scale TEXT NOT NULL,
      texts TEXT NOT NULL,
      weighs_question_id INTEGER REFERENCES question(id) ON DELETE SET NULL
    ) STRICT;

    CREATE TABLE imported_file (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      size INTEGER NOT NULL,
      bytes BLOB NOT NULL,
      imported_at TEXT NOT NULL,
      wave_id INTEGER REFERENCES wave(id) ON DELETE SET NULL,
      sheet TEXT,
      mapping TEXT NOT NULL DEFAULT '{}'
    ) STRICT;

    CREATE TABLE respondent (
      id INTEGER PRIMARY KEY,
      wave_id INTEGER NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
      external_id TEXT,
      weight REAL NOT NULL DEFAULT 1,
      file_id INTEGER REFERENCES imported_file(id) ON DELETE SET NULL,
      source_row INTEGER,
      UNIQUE (wave_id, external_id)
    ) STRICT;
    CREATE INDEX respondent_wave ON respondent(wave_id);

    CREATE TABLE answer (
      respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,
      question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
      value REAL,
      text TEXT,
      missing INTEGER NOT NULL DEFAULT 0 CHECK (missing BETWEEN 0 AND 3),
      PRIMARY KEY (question_id, respondent_id)
    ) STRICT, WITHOUT ROWID;
  `);
}
