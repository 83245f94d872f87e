import { readWarningText } from '../../../shared/import/read-warnings';
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { InputOf } from '../../../shared/api/contract';
import type { ImportSummary, InspectResult } from '../../../shared/api/import';
import type { CreatedQuestionSummary } from '../../../shared/import/infer/summary';
import type { CliCommand, CliEnv } from '../command';
import { listOption, stringOption, UsageError } from '../command';
import { DATE_RULES } from '../../../shared/import/dates';
import type { DateRule } from '../../../shared/import/dates';

function paths(positionals: string[], n: number, what: string): string[] {
  if (positionals.length < n) throw new UsageError(`missing ${what}`);
  if (positionals.length > n) throw new UsageError(`unexpected argument "${positionals[n]}"`);
  return positionals.map((p) => resolve(p));
}

function fileArg(path: string): { name: string; base64: string } {
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
  } catch {
    throw new AppError('FILE_NOT_FOUND', `${path} does not exist`, { file: path });
  }
  return { name: basename(path), base64: readFileSync(path).toString('base64') };
}

function intOption(v: unknown, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new UsageError(`${flag} takes a whole number`);
  return n;
}

function enumOption<T extends string>(v: unknown, flag: string, allowed: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  if (!allowed.includes(v as T)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}`);
  return v as T;
}

const DELIMITERS = { ',': ',', ';': ';', tab: '\t', '\\t': '\t', '|': '|' } as const;

function printInspect(env: CliEnv, r: InspectResult): void {
  if (env.json) return env.io.out(JSON.stringify(r, null, 2));
  const lines = [
    `${r.fileName}: ${r.format}${r.encoding ? `, ${r.encoding}` : ''}${r.delimiter ? `, delimiter ${JSON.stringify(r.delimiter)}` : ''}, decimal "${r.decimal}"`,
    `tool: ${r.toolName} (${r.tool})`,
    `sheets: ${r.sheets.join(', ')} (reading ${r.sheet})`,
    ...r.otherSheets.map(
      (s) =>
        `  other sheet ${JSON.stringify(s.name)}: ${s.rows < 0 ? 'not read' : `${s.rows} rows`}${s.repeatGroup ? ', a repeat group (import it with --sheet)' : ''}, not imported`,
    ),
    ...(r.testResponses
      ? [`preview/test responses: ${r.testResponses}, left out (--keep-test-responses keeps them)`]
      : []),
    ...(r.readWarnings ?? []).map((w) => `note: ${readWarningText(w)}`),
    `header: row ${r.headerRow + 1}${r.headerRows > 1 ? `–${r.headerRow + r.headerRows}` : ''} (${r.headerRows} row${r.headerRows > 1 ? 's' : ''}); ${r.rows} data rows`,
    '',
  ];
  const created = new Map((r.questions ?? []).map((q) => [q.code, q]));
  for (const c of r.columns) {
    const q = c.createdAs ? created.get(c.createdAs) : undefined;
    const suggested = q
      ? `${q.role} ${q.scale}${c.dateRule ? ` (dates ${c.dateRule} → ISO)` : ''}`
      : c.reason
        ? `left out: ${c.reason}`
        : '';
    lines.push(
      `  ${c.letter.padEnd(4)} ${c.kind.padEnd(8)} ${c.inferredType.padEnd(7)} ${suggested.padEnd(26)} ${String(c.nonEmpty).padStart(6)}  ${c.header.slice(0, 70)}`,
    );
    if (c.dateRules.length > 1 && !c.dateRule)
      lines.push(
        `       dates fit ${c.dateRules.join(' and ')}: kept as written; choose with import --date-rule ${c.letter}=${c.dateRules[0]}`,
      );
    if (c.sample.length)
      lines.push(
        `       e.g. ${c.sample
          .slice(0, 5)
          .map((s) => JSON.stringify(s.length > 30 ? `${s.slice(0, 30)}…` : s))
          .join(', ')}`,
      );
  }
  if (created.size) {
    lines.push('', `import --create-questions would create (${created.size}):`);
    for (const q of created.values()) lines.push(createdLine(q));
  }
  env.io.out(lines.join('\n'));
}

/**
 * `--date-rule COLUMN=RULE` (repeatable): the rule a column's dates are read by, the column named by
 * its letter (B), field id or header, as `inspect` lists them.
 */
async function dateRulesOption(
  env: CliEnv,
  raw: unknown,
  file: { name: string; base64: string },
  sheet: string | undefined,
): Promise<{ column: number; rule: DateRule }[] | undefined> {
  const given = listOption(raw);
  if (given.length === 0) return undefined;
  const { columns } = await env.call('import/inspect', { file, sheet });
  return given.map((g) => {
    const at = g.lastIndexOf('=');
    if (at < 1)
      throw new UsageError(`--date-rule takes COLUMN=RULE, e.g. --date-rule B=dd/mm/yyyy, not "${g}"`);
    const name = g.slice(0, at).trim();
    const rule = g.slice(at + 1).trim();
    if (!(DATE_RULES as readonly string[]).includes(rule))
      throw new UsageError(
        `--date-rule ${name}: "${rule}" is not a date rule (one of ${DATE_RULES.join(', ')})`,
      );
    const lower = name.toLowerCase();
    const c =
      columns.find((x) => x.letter === name) ??
      columns.find((x) => x.code?.toLowerCase() === lower) ??
      columns.find((x) => x.header.toLowerCase() === lower);
    if (!c)
      throw new UsageError(
        `--date-rule: ${file.name} has no column "${name}" (give its letter, field id or header)`,
      );
    return { column: c.index, rule: rule as DateRule };
  });
}

/** One created question as inspect and import print it: code, role, scale, touchpoint and why. */
function createdLine(q: CreatedQuestionSummary): string {
  return `  ${q.code}  ${q.role}  ${q.scale}${q.touchpoint ? `  [${q.touchpoint}]` : ''}  — ${q.reason}`;
}

function printSummary(env: CliEnv, s: ImportSummary): void {
  const { overview, ...rest } = s;
  if (env.json)
    return env.io.out(
      JSON.stringify(
        { ...rest, waves: overview.waves.map((w) => ({ year: w.year, respondents: w.respondents })) },
        null,
        2,
      ),
    );
  const lines = [
    s.duplicate === 'skipped'
      ? `${s.fileName} was imported before: skipped`
      : `${s.fileName} (${s.tool}) → wave ${s.waveYear}`,
    `rows read: ${s.rowsRead}, imported: ${s.imported}, skipped: ${s.skipped}`,
    ...(s.readWarnings ?? []).map((w) => `note: ${readWarningText(w)}`),
  ];
  if (s.created.length) {
    lines.push(`created questions (${s.created.length}):`);
    for (const q of s.created) lines.push(createdLine(q));
  }
  const counts = Object.entries(s.issueCounts);
  if (counts.length) lines.push(`issues: ${counts.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const i of s.issues.slice(0, 50)) lines.push(`  ${i.cell}  ${i.code}  ${i.message}`);
  if (s.issues.length > 50) lines.push(`  … and more (use --json for the list)`);
  env.io.out(lines.join('\n'));
}

/** Runs the import as a job and shows its progress on stderr (never on stdout, which --json keeps clean). */
async function importWithProgress(env: CliEnv, input: InputOf<'import/start'>): Promise<ImportSummary> {
  const { jobId } = await env.call('import/start', input);
  input.file.base64 = ''; // the file's text lives in the import worker now: this copy can go
  let lastShown = -1;
  for (;;) {
    const st = await env.call('import/progress', { jobId });
    if (st.state === 'done' && st.result) return st.result;
    if (st.state === 'failed' || st.state === 'cancelled') {
      const e = st.error ?? { code: 'IMPORT_CANCELLED' as const, message: 'the import was cancelled' };
      throw new AppError(e.code, e.message, e.details);
    }
    if (!env.json && st.rowsTotal > 10000 && st.percent !== lastShown) {
      lastShown = st.percent;
      env.io.err(
        `${st.phase} ${st.rowsDone}/${st.rowsTotal} rows (${st.percent}%)${st.etaSeconds !== null ? `, ${st.etaSeconds}s left` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const importCommands: CliCommand[] = [
  {
    name: 'inspect',
    summary:
      'Shows what a data file is: format, encoding, delimiter, survey tool, sheets, header rows, per column its type, count and sample values, and the questions import --create-questions would create (role, scale, touchpoint, why).',
    usage: 'inspect <file> [--sheet NAME] [--header-row N] [--header-rows N] [--delimiter ,|;|tab||]',
    options: {
      sheet: { type: 'string' },
      'header-row': { type: 'string' },
      'header-rows': { type: 'string' },
      delimiter: { type: 'string' },
    },
    async run({ positionals, values }, env) {
      const [file] = paths(positionals, 1, 'a data file');
      const headerRow = intOption(values['header-row'], '--header-row');
      const r = await env.call('import/inspect', {
        file: fileArg(file!),
        sheet: stringOption(values.sheet),
        headerRow: headerRow === undefined ? undefined : headerRow - 1,
        headerRows: intOption(values['header-rows'], '--header-rows'),
        delimiter:
          values.delimiter === undefined
            ? undefined
            : DELIMITERS[
                enumOption(
                  values.delimiter,
                  '--delimiter',
                  Object.keys(DELIMITERS) as (keyof typeof DELIMITERS)[],
                )!
              ],
      });
      printInspect(env, r);
    },
  },
  {
    name: 'import',
    summary:
      'Imports a data file into a wave of the study (one transaction; the study is untouched when it aborts).',
    usage:
      'import <file.tpstudy> <data-file> [--wave YEAR] [--profile NAME] [--save-profile NAME] [--create-questions] [--keep-personal] [--keep-test-responses] [--on-error missing|skip-row|abort] [--if-duplicate ask|replace|skip] [--sheet NAME] [--date-rule COLUMN=RULE]…',
    options: {
      wave: { type: 'string' },
      'keep-test-responses': { type: 'boolean' },
      profile: { type: 'string' },
      'save-profile': { type: 'string' },
      'create-questions': { type: 'boolean' },
      'keep-personal': { type: 'boolean' },
      'on-error': { type: 'string' },
      'if-duplicate': { type: 'string' },
      sheet: { type: 'string' },
      'date-rule': { type: 'string', multiple: true },
    },
    async run({ positionals, values }, env) {
      const [study, data] = paths(positionals, 2, 'a .tpstudy file and a data file');
      const waveYear = intOption(values.wave, '--wave') ?? new Date().getFullYear();
      const onError = enumOption(values['on-error'], '--on-error', ['missing', 'skip-row', 'abort'] as const);
      const ifDuplicate = enumOption(values['if-duplicate'], '--if-duplicate', [
        'ask',
        'replace',
        'skip',
      ] as const);
      const file = fileArg(data!);
      const dateRules = await dateRulesOption(env, values['date-rule'], file, stringOption(values.sheet));
      const o = await env.call('study/open', { path: study });
      const s = await importWithProgress(env, {
        studyId: o.studyId,
        file,
        waveYear,
        onError,
        ifDuplicate,
        sheet: stringOption(values.sheet),
        profile: stringOption(values.profile),
        saveProfile: stringOption(values['save-profile']),
        createQuestions: values['create-questions'] === true,
        keepPersonal: values['keep-personal'] === true,
        keepTestResponses: values['keep-test-responses'] === true,
        ...(dateRules ? { dateRules } : {}),
      });
      printSummary(env, s);
    },
  },
  {
    name: 'frequencies',
    summary: 'Counts per answer of one question in a wave (the latest by default).',
    usage: 'frequencies <file.tpstudy> --question CODE [--wave YEAR]',
    options: { question: { type: 'string' }, wave: { type: 'string' } },
    async run({ positionals, values }, env) {
      const [study] = paths(positionals, 1, 'a .tpstudy file');
      if (typeof values.question !== 'string') throw new UsageError('--question is required');
      const o = await env.call('study/open', { path: study });
      const f = await env.call('import/frequencies', {
        studyId: o.studyId,
        questionCode: values.question,
        waveYear: intOption(values.wave, '--wave'),
      });
      if (env.json) return env.io.out(JSON.stringify(f, null, 2));
      const lines = [`${f.questionCode}, wave ${f.waveYear}: n = ${f.n}`];
      const w = Math.max(5, ...f.counts.map((c) => c.label.length));
      for (const c of f.counts)
        lines.push(
          `  ${c.label.slice(0, 60).padEnd(Math.min(w, 60))}  ${(c.count === null ? 'hidden' : String(c.count)).padStart(6)}`,
        );
      lines.push(`  ${'no answer'.padEnd(Math.min(w, 60))}  ${String(f.missing.noAnswer).padStart(6)}`);
      if (f.missing.dontKnow)
        lines.push(`  ${"don't know".padEnd(Math.min(w, 60))}  ${String(f.missing.dontKnow).padStart(6)}`);
      if (f.missing.notApplicable)
        lines.push(
          `  ${'not applicable'.padEnd(Math.min(w, 60))}  ${String(f.missing.notApplicable).padStart(6)}`,
        );
      env.io.out(lines.join('\n'));
    },
  },
];
