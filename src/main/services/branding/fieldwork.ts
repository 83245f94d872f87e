import type { Database } from 'better-sqlite3';
import type { WaveFieldwork, WaveFieldworkPatch } from '../../../shared/api/branding';
import { AppError } from '../../../shared/api/errors';
import { findWave } from '../store/study-repo';

type Row = Omit<WaveFieldwork, 'responseRate'>;

/** The response rate of a wave: responses (or its respondents) over invitations; null when unknown. */
export function responseRateOf(w: Pick<Row, 'invited' | 'responded' | 'respondents'>): number | null {
  if (w.invited === null || w.invited <= 0) return null;
  return Math.min(1, (w.responded ?? w.respondents) / w.invited);
}

/** Every wave's fieldwork dates, invitations and responses, oldest first; up to `year` when given. */
export function readFieldwork(db: Database, year?: number): WaveFieldwork[] {
  const rows = db
    .prepare(
      `SELECT w.year, w.label, w.fieldwork_start AS start, w.fieldwork_end AS "end", w.invited, w.responded,
              (SELECT COUNT(*) FROM respondent r WHERE r.wave_id = w.id) AS respondents
       FROM wave w WHERE w.year <= ? ORDER BY w.year`,
    )
    .all(year ?? Number.MAX_SAFE_INTEGER) as Row[];
  return rows.map((r) => ({ ...r, responseRate: responseRateOf(r) }));
}

/** Stores one wave's fieldwork after checking it whole; a refused patch changes nothing. */
export function writeFieldwork(db: Database, patch: WaveFieldworkPatch): WaveFieldwork[] {
  const wave = findWave(db, patch.year);
  const bad = (message: string) => new AppError('INVALID_INPUT', message, { year: patch.year });
  for (const d of [patch.start, patch.end]) {
    if (d !== null && Number.isNaN(Date.parse(`${d}T12:00:00Z`))) throw bad(`"${d}" is not a date`);
  }
  if (patch.start && patch.end && patch.end < patch.start)
    throw bad(`the fieldwork of ${patch.year} cannot end (${patch.end}) before it starts (${patch.start})`);
  const responded = patch.responded ?? wave.respondents;
  if (patch.invited !== null && responded > patch.invited)
    throw bad(
      `${responded} responses in ${patch.year} but only ${patch.invited} invited: the invitations must be at least the responses`,
    );
  db.prepare(
    'UPDATE wave SET fieldwork_start = ?, fieldwork_end = ?, invited = ?, responded = ? WHERE id = ?',
  ).run(patch.start, patch.end, patch.invited, patch.responded, wave.id);
  return readFieldwork(db);
}
