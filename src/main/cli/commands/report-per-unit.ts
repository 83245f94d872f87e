import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Language } from '../../../shared/domain/language';
import { PER_UNIT_FORMATS } from '../../../shared/api/deliverables';
import type { CliEnv } from '../command';
import { stringOption, UsageError } from '../command';

const REASONS = {
  'under-k': (k: number) => `fewer than ${k} respondents`,
  subtraction: () =>
    'withheld: with it, the skipped units could be worked out as the whole minus the reported units',
  differencing: (k: number) =>
    `refused: together with results already shown it would let one work out a group of fewer than ${k}`,
} as const;

/**
 * `touchpoint report s.tpstudy --per BRANCH --out-dir DIR`: one report per unit, written into DIR;
 * every unit without a report gets one line on stderr saying why.
 */
export async function perUnitReport(
  env: CliEnv,
  path: string,
  values: Record<string, string | boolean | undefined>,
  parsed: { lang: Language; waveYear: number | undefined },
): Promise<void> {
  const variable = stringOption(values.per);
  if (!variable) throw new UsageError('--per takes a background variable, e.g. --per BRANCH');
  const dirOpt = stringOption(values['out-dir']);
  if (!dirOpt) throw new UsageError('--out-dir is required with --per');
  const format = stringOption(values.format) ?? 'pdf';
  const f = PER_UNIT_FORMATS.find((x) => x === format);
  if (!f) throw new UsageError(`--format with --per must be one of ${PER_UNIT_FORMATS.join(', ')}`);
  const dir = resolve(dirOpt);
  const o = await env.call('study/open', { path });
  const check = await env.call('report/languageCheck', { studyId: o.studyId, lang: parsed.lang });
  for (const w of check.warnings) env.io.err(`touchpoint report: warning: ${w}`);
  const r = await env.call('report/perUnit', {
    studyId: o.studyId,
    variable,
    format: f,
    waveYear: parsed.waveYear,
    lang: parsed.lang,
  });
  mkdirSync(dir, { recursive: true });
  const written = r.files.map((file) => {
    const out = join(dir, file.name);
    writeFileSync(out, Buffer.from(file.base64, 'base64'));
    return { unit: file.unit, file: out };
  });
  for (const s of r.skipped) env.io.err(`skipped ${s.unit} (${s.label}): ${REASONS[s.reason](r.k)}`);
  if (env.json) env.io.out(JSON.stringify({ files: written, skipped: r.skipped }, null, 2));
  else env.io.out(`wrote ${written.length} reports to ${dir}`);
}
