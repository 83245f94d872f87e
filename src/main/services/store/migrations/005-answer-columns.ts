import type { Database } from 'better-sqlite3';

/**
 * Answers stored per question as typed arrays instead of one row per respondent × question (see
 * store/answers-store.ts for the layout). Steps, each logged:
 *  1. create respondent_block and answer_column;
 *  2. group the respondents into blocks: runs of consecutive ids of one wave and one file, at most
 *     65,536 each;
 *  3. copy every answer row into its question's column of its respondent's block (one pass over the
 *     old table in key order: question, respondent);
 *  4. drop the old answer table.
 * Runs inside the migration transaction: a failure leaves the file as it was (and the runner has kept
 * a copy of the old file beside it, name.tpstudy.bak-v4).
 */
const BLOCK_ROWS = 65_536;

/** Values as one byte each (255 = NaN) when all are whole numbers 0–254 or NaN, else Float64Array. */
function encodeValues(values: Float64Array): Buffer {
  for (const v of values)
    if (v === v && !(v >= 0 && v <= 254 && Math.floor(v) === v && !Object.is(v, -0)))
      return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  return Buffer.from(Uint8Array.from(values, (v) => (v === v ? v : 255)));
}

/** n nulls in a packed array (a migration keeps its own helpers: it must not change later). */
function nulls(n: number): (string | null)[] {
  const a: (string | null)[] = [];
  for (let i = 0; i < n; i++) a.push(null);
  return a;
}
const NOT_STORED = 255;

export function up(db: Database, log: (m: string) => void = () => {}): void {
  log('  step 1/4: tables respondent_block and answer_column');
  db.exec(`
    CREATE TABLE respondent_block (
      id INTEGER PRIMARY KEY,
      wave_id INTEGER NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
      file_id INTEGER REFERENCES imported_file(id) ON DELETE SET NULL,
      count INTEGER NOT NULL CHECK (count >= 0),
      ids BLOB NOT NULL,
      weights BLOB NOT NULL
    ) STRICT;
    CREATE INDEX respondent_block_wave ON respondent_block(wave_id);
    CREATE INDEX respondent_block_file ON respondent_block(file_id);

    CREATE TABLE answer_column (
      question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
      block_id INTEGER NOT NULL REFERENCES respondent_block(id) ON DELETE CASCADE,
      answered INTEGER NOT NULL CHECK (answered >= 0),
      vals BLOB NOT NULL,
      missing BLOB NOT NULL,
      texts TEXT,
      PRIMARY KEY (question_id, block_id)
    ) STRICT;
    CREATE INDEX answer_column_block ON answer_column(block_id);
  `);

  type Run = { waveId: number; fileId: number | null; ids: number[]; weights: number[] };
  const runs: Run[] = [];
  let cur: Run | null = null;
  const resp = db
    .prepare('SELECT id, wave_id, file_id, weight FROM respondent ORDER BY id')
    .raw()
    .iterate() as Iterable<[number, number, number | null, number]>;
  for (const [id, waveId, fileId, weight] of resp) {
    if (!cur || cur.waveId !== waveId || cur.fileId !== fileId || cur.ids.length >= BLOCK_ROWS) {
      cur = { waveId, fileId, ids: [], weights: [] };
      runs.push(cur);
    }
    cur.ids.push(id);
    cur.weights.push(weight);
  }
  const maxId = runs.length ? runs.at(-1)!.ids.at(-1)! : 0;
  const blockOf = new Int32Array(maxId + 1).fill(-1);
  const posOf = new Int32Array(maxId + 1);
  const insBlock = db.prepare(
    'INSERT INTO respondent_block (wave_id, file_id, count, ids, weights) VALUES (?, ?, ?, ?, ?)',
  );
  const blockIds: number[] = [];
  runs.forEach((r, b) => {
    const ids = Int32Array.from(r.ids);
    const weights = Float64Array.from(r.weights);
    blockIds.push(
      Number(
        insBlock.run(r.waveId, r.fileId, ids.length, Buffer.from(ids.buffer), encodeValues(weights))
          .lastInsertRowid,
      ),
    );
    r.ids.forEach((id, i) => {
      blockOf[id] = b;
      posOf[id] = i;
    });
  });
  log(
    `  step 2/4: ${runs.length} respondent blocks for ${runs.reduce((s, r) => s + r.ids.length, 0)} respondents`,
  );

  const insColumn = db.prepare(
    'INSERT INTO answer_column (question_id, block_id, answered, vals, missing, texts) VALUES (?, ?, ?, ?, ?, ?)',
  );
  type Col = { values: Float64Array; missing: Uint8Array; texts: (string | null)[] | null; answered: number };
  let question = -1;
  let cols = new Map<number, Col>();
  let written = 0;
  let answers = 0;
  const flush = () => {
    for (const [b, c] of cols) {
      insColumn.run(
        question,
        blockIds[b]!,
        c.answered,
        encodeValues(c.values),
        Buffer.from(c.missing.buffer),
        c.texts ? JSON.stringify(c.texts) : null,
      );
      written++;
    }
    cols = new Map();
  };
  // One question at a time (the old table's key order): the connection cannot write while it iterates.
  const questions = db
    .prepare('SELECT DISTINCT question_id FROM answer ORDER BY question_id')
    .pluck()
    .all() as number[];
  const ofQuestion = db
    .prepare(
      'SELECT respondent_id, value, text, missing FROM answer WHERE question_id = ? ORDER BY respondent_id',
    )
    .raw();
  for (const qid of questions) {
    flush();
    question = qid;
    for (const [rid, value, text, missing] of ofQuestion.all(qid) as [
      number,
      number | null,
      string | null,
      number,
    ][]) {
      const b = rid <= maxId ? blockOf[rid]! : -1;
      if (b < 0) continue; // an answer without its respondent (foreign keys were off): nothing to keep
      let c = cols.get(b);
      if (!c) {
        const n = runs[b]!.ids.length;
        c = {
          values: new Float64Array(n).fill(NaN),
          missing: new Uint8Array(n).fill(NOT_STORED),
          texts: null,
          answered: 0,
        };
        cols.set(b, c);
      }
      const i = posOf[rid]!;
      c.values[i] = value ?? NaN;
      c.missing[i] = missing;
      if (text !== null) (c.texts ??= nulls(c.missing.length))[i] = text;
      c.answered++;
      answers++;
    }
  }
  flush();
  log(`  step 3/4: ${answers} answers copied into ${written} question columns`);
  db.exec('DROP TABLE answer');
  log('  step 4/4: the one-row-per-answer table dropped');
}
