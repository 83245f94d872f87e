import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StudyOverview } from '../../../shared/domain/index';
import { pickText } from '../../../shared/domain/index';
import type { Language } from '../../../shared/domain/language';
import { join } from 'node:path';
import type { CliCommand, CliEnv } from '../command';
import { langOption, stringOption, UsageError, yearOption } from '../command';
import { perUnitReport } from './report-per-unit';

function onePath(positionals: string[], what = 'a .tpstudy file'): string {
  const [p, ...extra] = positionals;
  if (!p) throw new UsageError(`missing ${what}`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  return resolve(p);
}

export function describeOverview(o: StudyOverview, lang: Language = 'en') {
  const { stages, touchpoints, questions } = o.questionnaire;
  return {
    file: o.path,
    client: o.meta.client,
    title: o.meta.title,
    languages: o.meta.languages,
    anonymityK: o.meta.anonymityK,
    waves: o.waves.map((w) => ({ year: w.year, label: w.label, respondents: w.respondents })),
    questionnaire: {
      stages: stages.map((s) => ({
        code: s.code,
        text: pickText(s.texts, lang),
        touchpoints: touchpoints
          .filter((t) => t.stageId === s.id)
          .map((t) => ({
            code: t.code,
            text: pickText(t.texts, lang),
            questions: questions.filter((q) => q.touchpointId === t.id).map((q) => questionInfo(q, lang)),
          })),
      })),
      questions: questions.filter((q) => q.touchpointId === null).map((q) => questionInfo(q, lang)),
    },
    files: o.files.map((f) => ({ name: f.name, sha256: f.sha256, wave: f.waveYear, rows: f.rows })),
  };
}

function questionInfo(q: StudyOverview['questionnaire']['questions'][number], lang: Language) {
  return { code: q.code, text: pickText(q.texts, lang), type: q.type, role: q.role };
}

function printInfo(env: CliEnv, info: ReturnType<typeof describeOverview>): void {
  if (env.json) {
    env.io.out(JSON.stringify(info, null, 2));
    return;
  }
  const lines = [
    `${info.client} — ${info.title}`,
    `file: ${info.file}`,
    `anonymity threshold: n ≥ ${info.anonymityK}`,
    '',
  ];
  lines.push('Waves:');
  if (!info.waves.length) lines.push('  (no data imported yet)');
  for (const w of info.waves) lines.push(`  ${w.year}  ${w.respondents} respondents`);
  lines.push('', 'Questionnaire:');
  for (const s of info.questionnaire.stages) {
    lines.push(`  ${s.text}`);
    for (const t of s.touchpoints) {
      lines.push(`    ${t.text}`);
      for (const q of t.questions)
        lines.push(`      ${q.code.padEnd(12)} ${q.type.padEnd(7)} ${q.role.padEnd(20)} ${q.text}`);
    }
  }
  for (const q of info.questionnaire.questions)
    lines.push(`  ${q.code.padEnd(14)} ${q.type.padEnd(7)} ${q.role.padEnd(20)} ${q.text}`);
  env.io.out(lines.join('\n'));
}

export const studyCommands: CliCommand[] = [
  {
    name: 'demo',
    summary: 'Writes the bundled sample study (a Norwegian insurer, waves 2025 and 2026).',
    usage: 'demo <file.tpstudy>',
    options: {},
    async run({ positionals }, env) {
      const path = onePath(positionals);
      const { buildSampleStudy } = await import('../../services/sample/build-sample');
      buildSampleStudy(join(env.ctx.resourcesDir, 'sample'), path);
      const o = await env.call('study/open', { path });
      const info = describeOverview(o);
      if (env.json) env.io.out(JSON.stringify(info, null, 2));
      else
        env.io.out(
          `wrote ${path}: ${info.client} — ${info.title}, ${info.waves.map((w) => `${w.year}: ${w.respondents}`).join(', ')} respondents`,
        );
    },
  },
  {
    name: 'new',
    summary: 'Creates an empty study file.',
    usage: 'new <file.tpstudy> --client NAME --title TITLE [--lang en,nb,da]',
    options: { client: { type: 'string' }, title: { type: 'string' }, lang: { type: 'string' } },
    async run({ positionals, values }, env) {
      const path = onePath(positionals);
      const client = stringOption(values.client);
      const title = stringOption(values.title);
      if (!client) throw new UsageError('--client is required');
      if (!title) throw new UsageError('--title is required');
      const languages = String(values.lang ?? 'en')
        .split(',')
        .map((l) => langOption(l.trim()));
      const o = await env.call('study/create', {
        path,
        client,
        title,
        languages,
      });
      if (env.json) env.io.out(JSON.stringify(describeOverview(o), null, 2));
      else env.io.out(`created ${o.path}`);
    },
  },
  {
    name: 'info',
    summary: 'Shows the client, title, waves with respondent counts, and the questionnaire.',
    usage: 'info <file.tpstudy> [--lang en|nb|da]',
    options: { lang: { type: 'string' } },
    async run({ positionals, values }, env) {
      const path = onePath(positionals);
      const o = await env.call('study/open', { path });
      printInfo(env, describeOverview(o, langOption(values.lang)));
    },
  },
  {
    name: 'report',
    summary: 'Exports the client report as PDF, or one report per unit (--per BRANCH) into a folder.',
    usage:
      'report <file.tpstudy> --out report.pdf [--wave YEAR] [--lang en|nb|da]\n' +
      '  report <file.tpstudy> --per VARIABLE --out-dir DIR [--format pdf|pptx] [--wave YEAR] [--lang en|nb|da]',
    options: {
      out: { type: 'string', short: 'o' },
      wave: { type: 'string' },
      lang: { type: 'string' },
      per: { type: 'string' },
      'out-dir': { type: 'string' },
      format: { type: 'string' },
    },
    async run({ positionals, values }, env) {
      const path = onePath(positionals);
      if (values.per !== undefined) {
        await perUnitReport(env, path, values, {
          lang: langOption(values.lang),
          waveYear: yearOption(values.wave),
        });
        return;
      }
      if (!values.out) throw new UsageError('--out is required');
      const out = resolve(String(values.out));
      const o = await env.call('study/open', { path });
      const lang = langOption(values.lang);
      // Before the report is made: the maker sees what it will not say in their language.
      const check = await env.call('report/languageCheck', { studyId: o.studyId, lang });
      for (const w of check.warnings) env.io.err(`touchpoint report: warning: ${w}`);
      const pdf = await env.call('report/pdf', {
        studyId: o.studyId,
        waveYear: yearOption(values.wave),
        lang,
      });
      writeFileSync(out, Buffer.from(pdf.base64, 'base64'));
      if (env.json) env.io.out(JSON.stringify({ file: out, pages: pdf.pages }, null, 2));
      else env.io.out(`wrote ${out} (${pdf.pages} pages)`);
    },
  },
];
