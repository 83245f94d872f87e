import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { ItemKind, ItemPatch } from '../../../shared/api/questionnaire';
import type { Question, Scale, StudyOverview } from '../../../shared/domain/index';
import type { Language } from '../../../shared/domain/language';
import { LANGUAGES } from '../../../shared/domain/language';
import { QUESTION_ROLES, QUESTION_TYPES } from '../../../shared/domain/questionnaire';
import type { CliCommand, CliEnv } from '../command';
import { UsageError } from '../command';

/** `touchpoint questionnaire <action> …`: the designer's operations, scriptable. */

type Values = Record<string, string | boolean | undefined>;
const FORMATS = ['xlsx', 'xlsform', 'limesurvey', 'qualtrics-txt', 'pdf'] as const;

const str = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

function lang(values: Values): Language {
  const l = (str(values.lang) ?? 'en') as Language;
  if (!LANGUAGES.includes(l)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
  return l;
}

function parseScale(text: string, dontKnow?: string): Scale {
  if (text === 'none') return { kind: 'none' };
  const m = /^(-?\d+)\s*[-–]\s*(-?\d+)$/.exec(text.trim());
  if (!m) throw new UsageError(`--scale takes a range such as 1-5 or 0-10 (or none), not "${text}"`);
  const missingCodes = (dontKnow ?? '')
    .split(',')
    .filter((s) => s.trim() !== '')
    .map((s) => {
      const value = Number(s);
      if (!Number.isInteger(value)) throw new UsageError(`--dont-know takes whole numbers, not "${s}"`);
      return { value, kind: 'dontKnow' as const };
    });
  return { kind: 'range', min: Number(m[1]), max: Number(m[2]), labels: [], missingCodes };
}

function oneOf<T extends string>(what: string, v: string | undefined, allowed: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  if (!allowed.includes(v as T)) throw new UsageError(`--${what} must be one of ${allowed.join(', ')}`);
  return v as T;
}

type Found = { kind: ItemKind; id: number };

/** Finds a stage, touchpoint or question by its code (question codes ignore case). */
function findCode(o: StudyOverview, code: string): Found {
  const { stages, touchpoints, questions } = o.questionnaire;
  const s = stages.find((x) => x.code === code);
  if (s) return { kind: 'stage', id: s.id };
  const t = touchpoints.find((x) => x.code === code);
  if (t) return { kind: 'touchpoint', id: t.id };
  const q = questions.find((x) => x.code.toLowerCase() === code.toLowerCase());
  if (q) return { kind: 'question', id: q.id };
  throw new AppError('NOT_FOUND', `no stage, touchpoint or question has the code ${code}`, { code });
}

function questionJson(q: Question, o: StudyOverview) {
  const weighs =
    q.weighsQuestionId === null
      ? null
      : (o.questionnaire.questions.find((x) => x.id === q.weighsQuestionId)?.code ?? null);
  return { code: q.code, type: q.type, role: q.role, scale: q.scale, texts: q.texts, weighs };
}

/** The questionnaire as a tree: stages with their touchpoints, each with its questions. */
export function questionnaireTree(o: StudyOverview) {
  const { stages, touchpoints, questions } = o.questionnaire;
  const byPos = <T extends { position: number; id: number }>(xs: T[]) =>
    [...xs].sort((a, b) => a.position - b.position || a.id - b.id);
  return {
    stages: byPos(stages).map((s) => ({
      code: s.code,
      texts: s.texts,
      touchpoints: byPos(touchpoints.filter((t) => t.stageId === s.id)).map((t) => ({
        code: t.code,
        texts: t.texts,
        questions: byPos(questions.filter((q) => q.touchpointId === t.id)).map((q) => questionJson(q, o)),
      })),
    })),
    general: byPos(questions.filter((q) => q.touchpointId === null)).map((q) => questionJson(q, o)),
  };
}

function printTree(env: CliEnv, o: StudyOverview, l: Language): void {
  const tree = questionnaireTree(o);
  if (env.json) {
    env.io.out(JSON.stringify(tree, null, 2));
    return;
  }
  const text = (t: Record<string, string | undefined>) => t[l] ?? t.en ?? t.nb ?? t.da ?? '';
  const scale = (s: Scale) => (s.kind === 'range' ? `${s.min}-${s.max}` : s.kind);
  const line = (indent: string, q: ReturnType<typeof questionJson>) =>
    `${indent}${q.code.padEnd(16)} ${q.type.padEnd(7)} ${scale(q.scale).padEnd(7)} ${q.role.padEnd(21)} ${text(q.texts)}${q.weighs ? `  (weighs ${q.weighs})` : ''}`;
  const lines: string[] = [];
  for (const s of tree.stages) {
    lines.push(`${s.code}  ${text(s.texts)}`);
    for (const t of s.touchpoints) {
      lines.push(`  ${t.code}  ${text(t.texts)}`);
      for (const q of t.questions) lines.push(line('    ', q));
    }
  }
  if (tree.general.length) lines.push('(outside the journey)');
  for (const q of tree.general) lines.push(line('  ', q));
  env.io.out(lines.length ? lines.join('\n') : '(the questionnaire is empty)');
}

function done(env: CliEnv, o: StudyOverview, message: string): void {
  if (env.json)
    env.io.out(JSON.stringify({ message, questionnaire: questionnaireTree(o), history: o.history }, null, 2));
  else env.io.out(message);
}

function need(values: Values, name: string): string {
  const v = str(values[name]);
  if (v === undefined || v === '') throw new UsageError(`--${name} is required`);
  return v;
}

type Action = (file: string, rest: string[], values: Values, env: CliEnv) => Promise<void>;

async function open(env: CliEnv, file: string): Promise<StudyOverview> {
  return env.call('study/open', { path: resolve(file) });
}

const ACTIONS: Record<string, Action> = {
  async show(file, _rest, values, env) {
    printTree(env, await open(env, file), lang(values));
  },
  async 'add-stage'(file, _rest, values, env) {
    const o = await open(env, file);
    const r = await env.call('questionnaire/addStage', {
      studyId: o.studyId,
      code: str(values.code),
      texts: { [lang(values)]: need(values, 'text') },
    });
    done(env, r, `added stage ${str(values.code) ?? r.questionnaire.stages.at(-1)?.code}`);
  },
  async 'add-touchpoint'(file, _rest, values, env) {
    const o = await open(env, file);
    const stage = findCode(o, need(values, 'stage'));
    if (stage.kind !== 'stage')
      throw new UsageError(`--stage ${String(values.stage)} is not a journey stage`);
    const r = await env.call('questionnaire/addTouchpoint', {
      studyId: o.studyId,
      stageId: stage.id,
      code: str(values.code),
      texts: { [lang(values)]: need(values, 'text') },
    });
    done(env, r, `added touchpoint ${str(values.code) ?? r.questionnaire.touchpoints.at(-1)?.code}`);
  },
  async 'add-question'(file, _rest, values, env) {
    const o = await open(env, file);
    let touchpointId: number | null = null;
    const tp = str(values.touchpoint);
    if (tp && tp !== 'general') {
      const f = findCode(o, tp);
      if (f.kind !== 'touchpoint') throw new UsageError(`--touchpoint ${tp} is not a touchpoint`);
      touchpointId = f.id;
    }
    const type = oneOf('type', need(values, 'type'), QUESTION_TYPES)!;
    const role = oneOf('role', str(values.role) ?? 'other', QUESTION_ROLES)!;
    const scaleText = str(values.scale) ?? (type === 'nps' ? '0-10' : type === 'rating' ? undefined : 'none');
    if (!scaleText) throw new UsageError('--scale is required for a rating, e.g. --scale 1-10');
    const code = need(values, 'code');
    const r = await env.call('questionnaire/addQuestion', {
      studyId: o.studyId,
      question: {
        code,
        touchpointId,
        type,
        role,
        scale: parseScale(scaleText, str(values['dont-know'])),
        texts: { [lang(values)]: need(values, 'text') },
        weighsQuestionCode: str(values.weighs) ?? null,
      },
    });
    done(env, r, `added question ${code}`);
  },
  async edit(file, rest, values, env) {
    const [code] = rest;
    if (!code) throw new UsageError('name the stage, touchpoint or question to edit: edit FILE CODE …');
    const o = await open(env, file);
    const item = findCode(o, code);
    const patch: ItemPatch = {};
    if (str(values.text) !== undefined) patch.texts = { [lang(values)]: str(values.text) };
    if (str(values.code)) patch.code = str(values.code);
    if (item.kind === 'question') {
      const current = o.questionnaire.questions.find((q) => q.id === item.id)!;
      if (str(values.type)) patch.type = oneOf('type', str(values.type), QUESTION_TYPES);
      if (str(values.role)) patch.role = oneOf('role', str(values.role), QUESTION_ROLES);
      if (str(values.scale) || str(values['dont-know'])) {
        const base = current.scale.kind === 'range' ? `${current.scale.min}-${current.scale.max}` : 'none';
        patch.scale = parseScale(str(values.scale) ?? base, str(values['dont-know']));
      }
      if (str(values.weighs) !== undefined)
        patch.weighsQuestionCode = str(values.weighs) === 'none' ? null : str(values.weighs);
    } else if (values.type || values.role || values.scale || values.weighs) {
      throw new UsageError(`${code} is a ${item.kind}: only --code and --text apply`);
    }
    if (Object.keys(patch).length === 0)
      throw new UsageError('nothing to change: give --text, --code, --type, --scale, --role or --weighs');
    const wording = oneOf('wording', str(values.wording), ['comparable', 'new'] as const);
    const r = await env.call('questionnaire/update', {
      studyId: o.studyId,
      kind: item.kind,
      id: item.id,
      patch,
      wording,
    });
    done(env, r, `updated ${code}`);
  },
  async move(file, rest, values, env) {
    const [code] = rest;
    if (!code) throw new UsageError('name what to move: move FILE CODE --to CODE [--position N]');
    const o = await open(env, file);
    const item = findCode(o, code);
    const to = str(values.to);
    let toParentId: number | null | undefined;
    if (to === 'general') toParentId = null;
    else if (to) {
      const parent = findCode(o, to);
      const wanted = item.kind === 'touchpoint' ? 'stage' : 'touchpoint';
      if (item.kind === 'stage' || parent.kind !== wanted) {
        throw new UsageError(
          `a ${item.kind} ${item.kind === 'stage' ? 'only changes position' : `moves to a ${wanted}`}; ${to} is a ${parent.kind}`,
        );
      }
      toParentId = parent.id;
    }
    const pos = str(values.position);
    const position = pos === undefined ? 1_000_000 : Number(pos) - 1;
    if (!Number.isInteger(position) || position < 0) throw new UsageError('--position counts from 1');
    if (toParentId === undefined && pos === undefined)
      throw new UsageError('give --to CODE and/or --position N');
    const r = await env.call('questionnaire/move', {
      studyId: o.studyId,
      kind: item.kind,
      id: item.id,
      toParentId,
      position,
    });
    done(env, r, `moved ${code}`);
  },
  async remove(file, rest, _values, env) {
    const [code] = rest;
    if (!code) throw new UsageError('name what to remove: remove FILE CODE');
    const o = await open(env, file);
    const item = findCode(o, code);
    const r = await env.call('questionnaire/remove', { studyId: o.studyId, ...item });
    done(env, r, `removed ${code} (undo brings it back)`);
  },
  async undo(file, _rest, _values, env) {
    const o = await open(env, file);
    const what = o.history.undo;
    done(env, await env.call('questionnaire/undo', { studyId: o.studyId }), `undid ${what ?? 'nothing'}`);
  },
  async redo(file, _rest, _values, env) {
    const o = await open(env, file);
    const what = o.history.redo;
    done(env, await env.call('questionnaire/redo', { studyId: o.studyId }), `redid ${what ?? 'nothing'}`);
  },
  async export(file, _rest, values, env) {
    const format = oneOf('format', need(values, 'format'), FORMATS)!;
    const out = resolve(need(values, 'out'));
    const o = await open(env, file);
    const bytes = await env.call('questionnaire/export', {
      studyId: o.studyId,
      format,
      lang: values.lang === undefined ? undefined : lang(values),
    });
    writeFileSync(out, Buffer.from(bytes.base64, 'base64'));
    if (env.json) env.io.out(JSON.stringify({ file: out, format }, null, 2));
    else env.io.out(`wrote ${out}`);
  },
  async import(file, rest, _values, env) {
    const [source] = rest;
    if (!source) throw new UsageError('name the questionnaire file: import FILE questionnaire.xlsx');
    let base64: string;
    try {
      base64 = readFileSync(resolve(source)).toString('base64');
    } catch {
      throw new AppError('FILE_NOT_FOUND', `${source}: no such file`, { path: source });
    }
    const o = await open(env, file);
    const r = await env.call('questionnaire/import', {
      studyId: o.studyId,
      file: { name: basename(source), base64 },
    });
    done(
      env,
      r,
      `imported ${basename(source)}: ${r.questionnaire.stages.length} stages, ${r.questionnaire.touchpoints.length} touchpoints, ${r.questionnaire.questions.length} questions`,
    );
  },
};

export const questionnaireCommands: CliCommand[] = [
  {
    name: 'questionnaire',
    summary: 'Shows and edits the questionnaire: stages, touchpoints, questions; export and import it.',
    usage:
      'questionnaire show|add-stage|add-touchpoint|add-question|edit|move|remove|undo|redo|export|import <file.tpstudy> …\n' +
      '  add-stage FILE --code S1 --text "Kjøp" --lang nb\n' +
      '  add-touchpoint FILE --stage S1 --code TP01 --text "Nettbutikk" --lang nb\n' +
      '  add-question FILE --touchpoint TP01|general --code TP01_PERF --type rating --scale 1-10 [--dont-know 99] --role performance [--weighs CODE] --text "…" --lang nb\n' +
      '  edit FILE CODE [--text "…" --lang L] [--code NEW] [--type T] [--scale 1-5] [--role R] [--weighs CODE|none] [--wording comparable|new]\n' +
      '  move FILE CODE [--to STAGE|TOUCHPOINT|general] [--position N]\n' +
      '  remove FILE CODE · undo FILE · redo FILE\n' +
      '  export FILE --format xlsx|xlsform|limesurvey|qualtrics-txt|pdf --out OUT [--lang L]\n' +
      '  import FILE questionnaire.xlsx',
    options: {
      code: { type: 'string' },
      text: { type: 'string' },
      lang: { type: 'string' },
      stage: { type: 'string' },
      touchpoint: { type: 'string' },
      type: { type: 'string' },
      scale: { type: 'string' },
      'dont-know': { type: 'string' },
      role: { type: 'string' },
      weighs: { type: 'string' },
      wording: { type: 'string' },
      to: { type: 'string' },
      position: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string', short: 'o' },
    },
    async run({ positionals, values }, env) {
      const [action, file, ...rest] = positionals;
      const fn = action ? ACTIONS[action] : undefined;
      if (!fn) throw new UsageError(`say what to do: ${Object.keys(ACTIONS).join(', ')}`);
      if (!file) throw new UsageError('missing a .tpstudy file');
      await fn(file, rest, values, env);
    },
  },
];
