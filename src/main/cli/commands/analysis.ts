import { resolve } from 'node:path';
import type { WaveAnalysis } from '../../../shared/analysis/analyze';
import type { Cell } from '../../../shared/analysis/breakdown';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import type { Suppressed } from '../../../shared/analysis/dashboard';
import type { Analysed } from '../../../shared/api/analysis';
import type { Language } from '../../../shared/domain/language';
import { LANGUAGES } from '../../../shared/domain/language';
import type { CliCommand } from '../command';
import { suppressionText } from '../../../shared/privacy/suppression-text';
import { stringOption, UsageError } from '../command';
import { methodLine, statsCommands } from './stats';
import { plsIndexText } from './stats-pls';
import { TREND_HELP, trendText } from './trend';

const num = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');

function cellText(c: Cell | Suppressed): string {
  if (isSuppressed(c)) return `${suppressionText(c, 'en').cell} — ${suppressionText(c, 'en').detail}`;
  if (c.kind === 'nps') return `NPS ${num(c.nps)} ± ${num(c.margin95)}  n=${c.n}`;
  return `mean ${num(c.mean, 2)}  index ${num(c.index)}  top-2 ${num(100 * c.top2Box)} %  n=${c.n}`;
}

/** The analysis as text for people; --json prints the document itself. */
export function analysisText(r: Analysed<WaveAnalysis>): string[] {
  const lines = [
    `Wave ${r.waveYear} — anonymity threshold n ≥ ${r.anonymityK}; weighting: ${r.weighting.kind}`,
  ];
  if (isSuppressed(r.result))
    return [...lines, `All results hidden: ${suppressionText(r.result, 'en').detail}`];
  const a = r.result;
  lines.push(`${a.respondents} respondents`, '', 'Descriptives');
  for (const d of a.descriptives) lines.push(`  ${d.code.padEnd(12)} ${cellText(d.result)}`);
  lines.push('', 'NPS', `  ${a.nps ? cellText(a.nps.result) : '(no NPS question)'}`, '', 'Key drivers');
  if (!a.drivers) lines.push('  (not run)');
  else if ('error' in a.drivers) lines.push(`  not available: ${a.drivers.error}`);
  else if (isSuppressed(a.drivers)) lines.push(`  ${cellText(a.drivers)}`);
  else {
    lines.push(`  outcome ${a.drivers.outcome}, R² = ${num(a.drivers.r2, 3)}, n = ${a.drivers.n}`);
    lines.push(`  decomposition: ${methodLine(a.drivers.shapleyMethod)}`);
    for (const d of a.drivers.drivers)
      lines.push(
        `  ${d.code.padEnd(12)} Shapley ${num(100 * d.shapleyShare)} %  r ${num(d.pearson, 2)}  β ${num(d.beta, 2)}`,
      );
  }
  lines.push('', 'Importance–performance map');
  if (!a.map) lines.push('  (not run)');
  else if ('error' in a.map) lines.push(`  not available: ${a.map.error}`);
  else {
    lines.push(
      `  ${a.map.importanceSource} importance, crosshair at ${a.map.crosshairRule === 'mean' ? 'the mean' : JSON.stringify(a.map.crosshairRule)}`,
    );
    for (const p of [...a.map.points].sort((x, y) => x.priority - y.priority))
      lines.push(
        `  ${String(p.priority).padStart(2)}. ${p.code.padEnd(12)} ${p.quadrant.padEnd(12)} performance ${num(p.performance)}  importance ${num(p.importance, 2)}`,
      );
    for (const s of a.map.suppressed) lines.push(`      ${s.code.padEnd(12)} suppressed (n < ${s.k})`);
  }
  for (const b of a.breakdowns) {
    lines.push('', `${b.question} by ${b.variable} (tests: each group vs the rest, Benjamini–Hochberg)`);
    for (const g of b.groups) {
      const sig = g.test
        ? `  ${g.test.test} p=${num(g.test.p, 3)} q=${num(g.test.q, 3)}${g.test.significant ? ' *' : ''}`
        : '';
      lines.push(`  ${g.label.padEnd(16)} ${cellText(g.result)}${sig}`);
    }
  }
  if (a.units.length) lines.push('', 'Best unit per touchpoint (consistency: SD and range of unit indices)');
  for (const u of a.units) {
    lines.push(
      `  ${u.question.padEnd(12)} best ${u.best ? `${u.best.label} (${num(u.best.score)})` : '–'}  SD ${num(u.consistency.sd)}  range ${num(u.consistency.range)} over ${u.consistency.units} units`,
    );
  }
  return lines;
}

export const analysisCommands: CliCommand[] = [
  ...statsCommands,
  {
    name: 'analyze',
    summary: `Descriptives, NPS, key drivers and the importance–performance map of a study wave (optionally broken down), honouring anonymity.${TREND_HELP}`,
    usage: 'analyze <file.tpstudy> [--wave YEAR] [--by VARIABLE] [--trend] [--weight] [--lang en|nb|da]',
    options: {
      wave: { type: 'string' },
      by: { type: 'string' },
      weight: { type: 'boolean' },
      trend: { type: 'boolean' },
      lang: { type: 'string' },
    },
    async run({ positionals, values }, env) {
      const [file, ...extra] = positionals;
      if (!file) throw new UsageError('missing a .tpstudy file');
      if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
      const lang = (values.lang ?? 'en') as Language;
      if (!LANGUAGES.includes(lang)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
      const waveYear = values.wave === undefined ? undefined : Number(values.wave);
      if (waveYear !== undefined && !Number.isInteger(waveYear))
        throw new UsageError('--wave takes a year, e.g. --wave 2026');
      const o = await env.call('study/open', { path: resolve(file) });
      if (values.trend) {
        if (values.by !== undefined) throw new UsageError('--trend and --by cannot be combined');
        const t = await env.call('analysis/trend', {
          studyId: o.studyId,
          waveYear,
          lang,
          weighting: values.weight ? { kind: 'column' } : { kind: 'none' },
        });
        env.io.out(env.json ? JSON.stringify(t, null, 2) : trendText(t).join('\n'));
        return;
      }
      const r = await env.call('analysis/analyze', {
        studyId: o.studyId,
        waveYear,
        lang,
        by: stringOption(values.by),
        weighting: values.weight ? { kind: 'column' } : { kind: 'none' },
      });
      // The EPSI-style index when the study has a PLS model (unweighted, the whole wave).
      const { model } = await env.call('study/getPlsModel', { studyId: o.studyId });
      const pls = model
        ? await env
            .call('analysis/plsIndex', { studyId: o.studyId, waveYear: r.waveYear })
            .catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }))
        : undefined;
      const doc = pls ? { ...r, plsIndex: pls } : r;
      const text = () => [...analysisText(r), ...(pls ? ['', ...plsIndexText(pls, model, lang)] : [])];
      env.io.out(env.json ? JSON.stringify(doc, null, 2) : text().join('\n'));
    },
  },
];
