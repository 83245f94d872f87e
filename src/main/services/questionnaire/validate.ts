import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { QuestionType, Scale } from '../../../shared/domain/questionnaire';
import { MISSING } from '../../../shared/domain/questionnaire';
import { answeredValues, answeredWaves as storedWaves, markValueMissing } from '../store/answers-edit';

/** The rules every designer action must leave intact; each throws with a message naming the items. */

type QRow = {
  id: number;
  code: string;
  touchpoint_id: number | null;
  role: string;
  weighs_question_id: number | null;
};

/** Codes in use by a table (question codes compare case-insensitively). */
export function takenCodes(db: Database, table: 'stage' | 'touchpoint' | 'question'): Set<string> {
  const rows = db.prepare(`SELECT code FROM ${table}`).all() as { code: string }[];
  return new Set(rows.map((r) => (table === 'question' ? r.code.toLowerCase() : r.code)));
}

/** `base`, or `base_2`, `base_3` … whichever is free. */
export function freeCode(taken: Set<string>, base: string, caseInsensitive: boolean): string {
  const key = (c: string) => (caseInsensitive ? c.toLowerCase() : c);
  let code = base;
  for (let i = 2; taken.has(key(code)); i++) code = `${base.slice(0, 60)}_${i}`;
  taken.add(key(code));
  return code;
}

export function assertCodeFree(
  db: Database,
  table: 'stage' | 'touchpoint' | 'question',
  code: string,
  exceptId: number | null,
): void {
  const sql =
    table === 'question'
      ? 'SELECT id FROM question WHERE code = ? COLLATE NOCASE'
      : `SELECT id FROM ${table} WHERE code = ?`;
  const row = db.prepare(sql).get(code) as { id: number } | undefined;
  if (row && row.id !== exceptId) {
    throw new AppError('CODE_TAKEN', `the code ${code} is already used by another ${table}`, { code, table });
  }
}

function pairProblems(db: Database): Map<string, string> {
  const qs = db
    .prepare('SELECT id, code, touchpoint_id, role, weighs_question_id FROM question')
    .all() as QRow[];
  const byId = new Map(qs.map((q) => [q.id, q]));
  const out = new Map<string, string>();
  for (const q of qs) {
    if (q.weighs_question_id === null) continue;
    const p = byId.get(q.weighs_question_id);
    if (!p) continue;
    if (q.role !== 'importance') {
      out.set(q.code, `${q.code} weighs ${p.code} but is not an importance question`);
    } else if (p.role !== 'performance') {
      out.set(
        q.code,
        `${q.code} is an importance question; the question it weighs, ${p.code}, is not a performance question`,
      );
    } else if (p.touchpoint_id !== q.touchpoint_id) {
      out.set(
        q.code,
        `${q.code} weighs ${p.code}, which belongs to another touchpoint; keep the pair in one touchpoint`,
      );
    }
  }
  return out;
}

/**
 * Runs `action` and refuses it when it breaks an importance → performance pair that was intact before
 * (pairs that a file imported broken stay as they are, without blocking every other edit).
 */
export function keepingPairs<T>(db: Database, action: () => T): T {
  const before = pairProblems(db);
  const result = action();
  for (const [code, problem] of pairProblems(db)) {
    if (!before.has(code)) throw new AppError('INVALID_REFERENCE', problem, { code });
  }
  return result;
}

type AnswerSummary = { value: number | null; text: string | null; n: number };

const isTextual = (t: QuestionType) => t === 'text';

/**
 * Refuses a scale or type that the answers already imported do not fit, naming how many answers and a
 * few of their values. Returns the codes that become missing (a value now declared "don't know").
 */
export function checkAnswersFit(
  db: Database,
  q: { id: number; code: string; type: QuestionType },
  type: QuestionType,
  scale: Scale,
): void {
  const answered: AnswerSummary[] = answeredValues(db, q.id);
  if (answered.length === 0) return;
  if (isTextual(type) !== isTextual(q.type) && type !== q.type) {
    const total = answered.reduce((s, a) => s + a.n, 0);
    throw new AppError(
      'SCALE_DOES_NOT_FIT',
      `${q.code} holds ${total} answers as ${q.type}; they cannot become ${type}. Add a new question instead.`,
      { code: q.code, answers: total },
    );
  }
  let misfits: AnswerSummary[] = [];
  if (scale.kind === 'range') {
    const missing = new Set(scale.missingCodes.map((m) => m.value));
    misfits = answered.filter(
      (a) => a.value !== null && !missing.has(a.value) && (a.value < scale.min || a.value > scale.max),
    );
  } else if (scale.kind === 'choice') {
    const codes = new Set(scale.options.map((o) => o.code));
    misfits = answered.filter((a) => {
      const v = a.value !== null ? String(a.value) : (a.text ?? '');
      return v !== '' && !codes.has(v);
    });
  }
  if (misfits.length > 0) {
    const n = misfits.reduce((s, a) => s + a.n, 0);
    const examples = misfits
      .slice(0, 5)
      .map((a) => (a.value !== null ? String(a.value) : `"${a.text}"`))
      .join(', ');
    const scaleText = scale.kind === 'range' ? `${scale.min}–${scale.max}` : 'the options';
    throw new AppError(
      'SCALE_DOES_NOT_FIT',
      `${q.code}: ${n} answers already imported do not fit ${scaleText} (values ${examples}); widen the scale or declare those values as "don't know"`,
      { code: q.code, answers: n, values: examples },
    );
  }
}

/** Answers whose value is now a declared don't-know / not-applicable code become that kind of missing. */
export function applyMissingCodes(db: Database, questionId: number, scale: Scale): void {
  if (scale.kind !== 'range') return;
  for (const m of scale.missingCodes) {
    markValueMissing(
      db,
      questionId,
      m.value,
      m.kind === 'dontKnow' ? MISSING.dontKnow : MISSING.notApplicable,
    );
  }
}

/** The waves (years) in which a question holds answers. */
export function answeredWaves(db: Database, questionId: number): { id: number; year: number }[] {
  return storedWaves(db, questionId);
}
