import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StudyOverview } from '../../../shared/domain/index';
import type { Language } from '../../../shared/domain/language';
import { LANGUAGES } from '../../../shared/domain/language';
import type { CliCommand } from '../command';
import { UsageError } from '../command';

const KINDS = {
  pptx: { op: 'report/pptx', what: 'slides' },
  xlsx: { op: 'report/xlsx', what: 'sheets' },
} as const;
type Kind = keyof typeof KINDS;

function langOption(v: unknown): Language {
  const lang = (v ?? 'en') as Language;
  if (!LANGUAGES.includes(lang)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
  return lang;
}

function yearOption(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const y = Number(v);
  if (!Number.isInteger(y)) throw new UsageError('--wave takes a year, e.g. --wave 2026');
  return y;
}

type Exported = { name: string; base64: string; slides?: number; sheets?: string[] };

export const exportCommands: CliCommand[] = [
  {
    name: 'export',
    summary: 'Exports the client deck (PowerPoint, native charts) or every results table (Excel).',
    usage: 'export pptx|xlsx <file.tpstudy> --out FILE [--wave YEAR] [--lang en|nb|da]',
    options: { out: { type: 'string', short: 'o' }, wave: { type: 'string' }, lang: { type: 'string' } },
    async run({ positionals, values }, env) {
      const [kind, file, ...extra] = positionals;
      if (!kind || !(kind in KINDS)) throw new UsageError('say what to export: pptx or xlsx');
      if (!file) throw new UsageError('missing a .tpstudy file');
      if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
      if (!values.out) throw new UsageError('--out is required');
      const spec = KINDS[kind as Kind];
      const lang = langOption(values.lang);
      const waveYear = yearOption(values.wave);
      const out = resolve(String(values.out));
      const o = await env.call<StudyOverview>('study/open', { path: resolve(file) });
      const r = await env.call<Exported>(spec.op, { studyId: o.studyId, waveYear, lang });
      writeFileSync(out, Buffer.from(r.base64, 'base64'));
      const count = spec.what === 'slides' ? (r.slides ?? 0) : (r.sheets?.length ?? 0);
      if (env.json)
        env.io.out(
          JSON.stringify({ file: out, [spec.what]: spec.what === 'slides' ? count : r.sheets }, null, 2),
        );
      else env.io.out(`wrote ${out} (${count} ${spec.what})`);
    },
  },
];
