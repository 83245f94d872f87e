import type { Database } from 'better-sqlite3';
import type { ItemKind, ItemPatch } from '../../../shared/api/questionnaire';
import { itemPatchSchema } from '../../../shared/api/questionnaire';
import { AppError } from '../../../shared/api/errors';
import type { Texts } from '../../../shared/domain/language';
import { textsSchema } from '../../../shared/domain/language';
import type { QuestionRole, QuestionType, Scale } from '../../../shared/domain/questionnaire';
import { scaleSchema } from '../../../shared/domain/questionnaire';
import type { ParsedDraft } from '../../../shared/questionnaire/draft';
import type { QuestionRow, StageRow, TouchpointRow } from '../store/rows';
import {
  answeredWaves,
  applyMissingCodes,
  assertCodeFree,
  checkAnswersFit,
  freeCode,
  takenCodes,
} from './validate';

/** The designer's edits. Each runs inside the caller's recorded transaction (see history.ts). */

const TABLE: Record<ItemKind, 'stage' | 'touchpoint' | 'question'> = {
  stage: 'stage',
  touchpoint: 'touchpoint',
  question: 'question',
};

function getRow<T>(db: Database, kind: ItemKind, id: number): T {
  const row = db.prepare(`SELECT * FROM ${TABLE[kind]} WHERE id = ?`).get(id) as T | undefined;
  if (!row) throw new AppError('NOT_FOUND', `${kind} ${id} does not exist`, { kind, id });
  return row;
}

export function mergeTexts(old: Texts, patch: ItemPatch['texts']): Texts {
  const out: Record<string, string> = { ...(old as Record<string, string>) };
  for (const [lang, text] of Object.entries(patch ?? {})) {
    if (text === undefined) continue;
    if (text.trim() === '') delete out[lang];
    else out[lang] = text;
  }
  const parsed = textsSchema.safeParse(out);
  if (!parsed.success) throw new AppError('INVALID_INPUT', 'an item needs a text in at least one language');
  return parsed.data;
}

function sameTexts(a: Texts, b: Texts): boolean {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}

function questionIdByCode(db: Database, code: string): number {
  const row = db.prepare('SELECT id FROM question WHERE code = ? COLLATE NOCASE').get(code) as
    { id: number } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `question ${code} does not exist`, { code });
  return row.id;
}

/** Questions whose answers an update can touch (for the undo journal). */
export function updateTouches(kind: ItemKind, id: number): number[] {
  return kind === 'question' ? [id] : [];
}

export function updateItem(
  db: Database,
  kind: ItemKind,
  id: number,
  rawPatch: ItemPatch,
  wording?: 'comparable' | 'new',
): void {
  const patch = itemPatchSchema.parse(rawPatch);
  if (kind !== 'question') {
    const row = getRow<StageRow>(db, kind, id);
    if (patch.code !== undefined && patch.code !== row.code) assertCodeFree(db, TABLE[kind], patch.code, id);
    const texts = mergeTexts(textsSchema.parse(JSON.parse(row.texts)), patch.texts);
    db.prepare(`UPDATE ${TABLE[kind]} SET code = ?, texts = ? WHERE id = ?`).run(
      patch.code ?? row.code,
      JSON.stringify(texts),
      id,
    );
    return;
  }
  const row = getRow<QuestionRow>(db, 'question', id);
  const oldTexts = textsSchema.parse(JSON.parse(row.texts));
  const texts = mergeTexts(oldTexts, patch.texts);
  const type = (patch.type ?? row.type) as QuestionType;
  const role = (patch.role ?? row.role) as QuestionRole;
  const scale: Scale = patch.scale ?? scaleSchema.parse(JSON.parse(row.scale));
  if (scale.kind === 'range' && scale.min >= scale.max) {
    throw new AppError('INVALID_INPUT', `scale of ${row.code}: the lowest point must be below the highest`, {
      code: row.code,
    });
  }
  const weighs =
    patch.weighsQuestionCode === undefined
      ? row.weighs_question_id
      : patch.weighsQuestionCode === null
        ? null
        : questionIdByCode(db, patch.weighsQuestionCode);

  const wordingChanged = !sameTexts(oldTexts, texts);
  const waves = wordingChanged ? answeredWaves(db, id) : [];
  if (waves.length > 0 && !wording) {
    throw new AppError(
      'QUESTION_WORDING_CHANGED',
      `${row.code} holds answers from ${waves.map((w) => w.year).join(', ')}; say whether the new wording is the same question (comparable) or a new one`,
      { code: row.code, waves: waves.map((w) => w.year).join(', ') },
    );
  }
  if (waves.length > 0 && wording === 'new') {
    // The new wording is a new question: the code given, or the old code with a free suffix (SAT_2).
    const newCode =
      patch.code && patch.code.toLowerCase() !== row.code.toLowerCase()
        ? patch.code
        : freeCode(takenCodes(db, 'question'), row.code, true);
    assertCodeFree(db, 'question', newCode, null);
    const position = row.position + 1;
    db.prepare('UPDATE question SET position = position + 1 WHERE touchpoint_id IS ? AND position >= ?').run(
      row.touchpoint_id,
      position,
    );
    db.prepare(
      `INSERT INTO question (code, touchpoint_id, position, type, role, scale, texts, weighs_question_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      newCode,
      row.touchpoint_id,
      position,
      type,
      role,
      JSON.stringify(scale),
      JSON.stringify(texts),
      weighs,
    );
    return;
  }
  if (patch.code !== undefined && patch.code !== row.code) assertCodeFree(db, 'question', patch.code, id);
  if (patch.scale !== undefined || patch.type !== undefined) {
    checkAnswersFit(db, { id, code: row.code, type: row.type as QuestionType }, type, scale);
  }
  if (waves.length > 0) {
    const keep = db.prepare(
      'INSERT OR IGNORE INTO question_wave_text (question_id, wave_id, texts) VALUES (?, ?, ?)',
    );
    for (const w of waves) keep.run(id, w.id, row.texts);
  }
  db.prepare(
    `UPDATE question SET code = ?, type = ?, role = ?, scale = ?, texts = ?, weighs_question_id = ? WHERE id = ?`,
  ).run(patch.code ?? row.code, type, role, JSON.stringify(scale), JSON.stringify(texts), weighs, id);
  applyMissingCodes(db, id, scale);
}

export function bulkUpdate(
  db: Database,
  ids: number[],
  patch: { scale?: Scale; role?: QuestionRole; type?: QuestionType },
): void {
  for (const id of ids) updateItem(db, 'question', id, patch);
}

/** Moves an item among its siblings or to another parent, renumbering positions densely. */
export function moveItem(
  db: Database,
  kind: ItemKind,
  id: number,
  position: number,
  toParentId: number | null | undefined,
): void {
  const parentCol = kind === 'touchpoint' ? 'stage_id' : kind === 'question' ? 'touchpoint_id' : null;
  const row = getRow<Record<string, unknown>>(db, kind, id);
  let parent: number | null = parentCol ? (row[parentCol] as number | null) : null;
  if (parentCol && toParentId !== undefined) {
    if (kind === 'touchpoint' && toParentId === null) {
      throw new AppError('INVALID_INPUT', 'a touchpoint belongs to a journey stage');
    }
    if (toParentId !== null) getRow(db, kind === 'touchpoint' ? 'stage' : 'touchpoint', toParentId);
    parent = toParentId;
  }
  const table = TABLE[kind];
  const siblings = (
    parentCol
      ? db
          .prepare(`SELECT id FROM ${table} WHERE ${parentCol} IS ? AND id != ? ORDER BY position, id`)
          .all(parent, id)
      : db.prepare(`SELECT id FROM ${table} WHERE id != ? ORDER BY position, id`).all(id)
  ) as { id: number }[];
  const order = siblings.map((s) => s.id);
  order.splice(Math.min(position, order.length), 0, id);
  // A performance question moved to another touchpoint takes the importance questions that weigh it
  // along, right after it: the pair stays one touchpoint's.
  const followers =
    kind === 'question' && parent !== row[parentCol!]
      ? (
          db
            .prepare('SELECT id FROM question WHERE weighs_question_id = ? ORDER BY position, id')
            .all(id) as {
            id: number;
          }[]
        ).map((f) => f.id)
      : [];
  const rest = order.filter((sid) => !followers.includes(sid));
  rest.splice(rest.indexOf(id) + 1, 0, ...followers);
  if (parentCol) {
    const setParent = db.prepare(`UPDATE ${table} SET ${parentCol} = ? WHERE id = ?`);
    for (const sid of [id, ...followers]) setParent.run(parent, sid);
  }
  const setPos = db.prepare(`UPDATE ${table} SET position = ? WHERE id = ?`);
  rest.forEach((sid, i) => setPos.run(i + 1, sid));
}

function insertQuestionRow(db: Database, q: Omit<QuestionRow, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO question (code, touchpoint_id, position, type, role, scale, texts, weighs_question_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(q.code, q.touchpoint_id, q.position, q.type, q.role, q.scale, q.texts, q.weighs_question_id)
      .lastInsertRowid,
  );
}

function shiftAfter(
  db: Database,
  table: string,
  parentCol: string | null,
  parent: number | null,
  position: number,
) {
  if (parentCol) {
    db.prepare(`UPDATE ${table} SET position = position + 1 WHERE ${parentCol} IS ? AND position > ?`).run(
      parent,
      position,
    );
  } else {
    db.prepare(`UPDATE ${table} SET position = position + 1 WHERE position > ?`).run(position);
  }
}

/** Copies questions into a touchpoint with fresh codes; pairs inside the copy point at the copies. */
function copyQuestions(
  db: Database,
  questions: QuestionRow[],
  touchpointId: number | null,
  taken: Set<string>,
) {
  const idMap = new Map<number, number>();
  for (const q of questions) {
    const id = insertQuestionRow(db, {
      ...q,
      code: freeCode(taken, q.code, true),
      touchpoint_id: touchpointId,
      weighs_question_id: null,
    });
    idMap.set(q.id, id);
  }
  const setWeighs = db.prepare('UPDATE question SET weighs_question_id = ? WHERE id = ?');
  for (const q of questions) {
    if (q.weighs_question_id === null) continue;
    setWeighs.run(idMap.get(q.weighs_question_id) ?? q.weighs_question_id, idMap.get(q.id));
  }
}

function copyTouchpoint(
  db: Database,
  tp: TouchpointRow,
  stageId: number,
  position: number,
  taken: Set<string>,
) {
  const newId = Number(
    db
      .prepare('INSERT INTO touchpoint (stage_id, code, position, texts) VALUES (?, ?, ?, ?)')
      .run(stageId, freeCode(takenCodes(db, 'touchpoint'), tp.code, false), position, tp.texts)
      .lastInsertRowid,
  );
  const qs = db
    .prepare('SELECT * FROM question WHERE touchpoint_id = ? ORDER BY position, id')
    .all(tp.id) as QuestionRow[];
  copyQuestions(db, qs, newId, taken);
}

export function duplicateItem(db: Database, kind: ItemKind, id: number): void {
  const taken = takenCodes(db, 'question');
  if (kind === 'question') {
    const q = getRow<QuestionRow>(db, 'question', id);
    shiftAfter(db, 'question', 'touchpoint_id', q.touchpoint_id, q.position);
    copyQuestions(db, [{ ...q, position: q.position + 1 }], q.touchpoint_id, taken);
    return;
  }
  if (kind === 'touchpoint') {
    const tp = getRow<TouchpointRow>(db, 'touchpoint', id);
    shiftAfter(db, 'touchpoint', 'stage_id', tp.stage_id, tp.position);
    copyTouchpoint(db, tp, tp.stage_id, tp.position + 1, taken);
    return;
  }
  const st = getRow<StageRow>(db, 'stage', id);
  shiftAfter(db, 'stage', null, null, st.position);
  const stageId = Number(
    db
      .prepare('INSERT INTO stage (code, position, texts) VALUES (?, ?, ?)')
      .run(freeCode(takenCodes(db, 'stage'), st.code, false), st.position + 1, st.texts).lastInsertRowid,
  );
  const tps = db
    .prepare('SELECT * FROM touchpoint WHERE stage_id = ? ORDER BY position, id')
    .all(id) as TouchpointRow[];
  tps.forEach((tp, i) => copyTouchpoint(db, tp, stageId, i + 1, taken));
}

function nextPosition(db: Database, table: string, parentCol: string | null, parent: number | null): number {
  const row = (
    parentCol
      ? db
          .prepare(`SELECT COALESCE(MAX(position), 0) + 1 AS p FROM ${table} WHERE ${parentCol} IS ?`)
          .get(parent)
      : db.prepare(`SELECT COALESCE(MAX(position), 0) + 1 AS p FROM ${table}`).get()
  ) as { p: number };
  return row.p;
}

/**
 * Adds a draft (from the question bank, a template, a paste or a file) in one go. Codes already taken
 * get a suffix; an importance question's reference follows its performance question's new code.
 */
export function insertDraft(
  db: Database,
  draft: ParsedDraft,
  into: { stageId?: number; touchpointId?: number },
): void {
  const qTaken = takenCodes(db, 'question');
  const sTaken = takenCodes(db, 'stage');
  const tTaken = takenCodes(db, 'touchpoint');
  const renamed = new Map<string, string>();
  const pending: { id: number; weighs: string }[] = [];
  const addQuestions = (questions: ParsedDraft['general'], touchpointId: number | null) => {
    for (const q of questions) {
      const code = freeCode(qTaken, q.code, true);
      renamed.set(q.code.toLowerCase(), code);
      const id = insertQuestionRow(db, {
        code,
        touchpoint_id: touchpointId,
        position: nextPosition(db, 'question', 'touchpoint_id', touchpointId),
        type: q.type,
        role: q.role,
        scale: JSON.stringify(q.scale),
        texts: JSON.stringify(q.texts),
        weighs_question_id: null,
      });
      if (q.weighsQuestionCode) pending.push({ id, weighs: q.weighsQuestionCode });
    }
  };
  if (into.touchpointId !== undefined) getRow(db, 'touchpoint', into.touchpointId);
  if (into.stageId !== undefined) getRow(db, 'stage', into.stageId);
  const addTouchpoints = (tps: ParsedDraft['stages'][number]['touchpoints'], stageId: number) => {
    for (const tp of tps) {
      const tpId = Number(
        db
          .prepare('INSERT INTO touchpoint (stage_id, code, position, texts) VALUES (?, ?, ?, ?)')
          .run(
            stageId,
            freeCode(tTaken, tp.code, false),
            nextPosition(db, 'touchpoint', 'stage_id', stageId),
            JSON.stringify(tp.texts),
          ).lastInsertRowid,
      );
      addQuestions(tp.questions, tpId);
    }
  };
  for (const st of draft.stages) {
    if (into.touchpointId !== undefined) {
      for (const tp of st.touchpoints) addQuestions(tp.questions, into.touchpointId);
    } else if (into.stageId !== undefined) {
      addTouchpoints(st.touchpoints, into.stageId);
    } else {
      const stageId = Number(
        db
          .prepare('INSERT INTO stage (code, position, texts) VALUES (?, ?, ?)')
          .run(
            freeCode(sTaken, st.code, false),
            nextPosition(db, 'stage', null, null),
            JSON.stringify(st.texts),
          ).lastInsertRowid,
      );
      addTouchpoints(st.touchpoints, stageId);
    }
  }
  addQuestions(draft.general, into.touchpointId ?? null);
  const setWeighs = db.prepare('UPDATE question SET weighs_question_id = ? WHERE id = ?');
  for (const p of pending) {
    const code = renamed.get(p.weighs.toLowerCase()) ?? p.weighs;
    setWeighs.run(questionIdByCode(db, code), p.id);
  }
}
