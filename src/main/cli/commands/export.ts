import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CliCommand } from '../command';
import { langOption, UsageError, yearOption } from '../command';

const KINDS = {
  pptx: { op: 'report/pptx', what: 'slides' },
  xlsx: { op: 'report/xlsx', what: 'sheets' },
} as const;
type Kind = keyof typeof KINDS;

export const exportCommands: CliCommand[] = [
  {
    name: 'export',
    summary:
      'Exports the client deck (PowerPoint, native charts), every results table (Excel) or every chart as a PNG at 2×.',
    usage:
      'export pptx|xlsx <file.tpstudy> --out FILE [--wave YEAR] [--lang en|nb|da]\n  export charts <file.tpstudy> --out DIR [--wave YEAR] [--lang en|nb|da]',
    options: { out: { type: 'string', short: 'o' }, wave: { type: 'string' }, lang: { type: 'string' } },
    async run({ positionals, values }, env) {
      const [kind, file, ...extra] = positionals;
      if (!kind || !(kind in KINDS || kind === 'charts'))
        throw new UsageError('say what to export: pptx, xlsx or charts');
      if (!file) throw new UsageError('missing a .tpstudy file');
      if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
      if (!values.out) throw new UsageError('--out is required');
      const lang = langOption(values.lang);
      const waveYear = yearOption(values.wave);
      const out = resolve(String(values.out));
      const o = await env.call('study/open', { path: resolve(file) });
      // Before anything is made: the maker sees what will not be in their language.
      const check = await env.call('report/languageCheck', { studyId: o.studyId, lang });
      for (const w of check.warnings) env.io.err(`touchpoint export: warning: ${w}`);
      if (kind === 'charts') {
        const r = await env.call('report/charts', {
          studyId: o.studyId,
          waveYear,
          lang,
        });
        mkdirSync(out, { recursive: true });
        const files = r.files.map((f) => {
          const path = join(out, f.name);
          writeFileSync(path, Buffer.from(f.base64, 'base64'));
          return path;
        });
        if (env.json) env.io.out(JSON.stringify({ dir: out, files }, null, 2));
        else env.io.out(`wrote ${files.length} charts to ${out}`);
        return;
      }
      const input = { studyId: o.studyId, waveYear, lang };
      const spec = KINDS[kind as Kind];
      const r =
        kind === 'pptx'
          ? await env.call('report/pptx', input).then((d) => ({ ...d, count: d.slides, detail: d.slides }))
          : await env
              .call('report/xlsx', input)
              .then((d) => ({ ...d, count: d.sheets.length, detail: d.sheets }));
      writeFileSync(out, Buffer.from(r.base64, 'base64'));
      if (env.json) env.io.out(JSON.stringify({ file: out, [spec.what]: r.detail }, null, 2));
      else env.io.out(`wrote ${out} (${r.count} ${spec.what})`);
    },
  },
];
