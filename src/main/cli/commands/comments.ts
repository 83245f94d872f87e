import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { CommentsList, ThemesResult } from '../../../shared/api/comments';
import { languageSchema, type Language } from '../../../shared/domain/language';
import type { CliCommand, CliEnv } from '../command';
import { stringOption, UsageError } from '../command';

const USAGE = [
  'comments <file.tpstudy> [--question CODE] [--theme T|none] [--unit CODE] [--wave YEAR] [--search WORDS] [--limit N] [--json]',
  'comments code <file.tpstudy> --codebook codebook.xlsx|codebook.json   (sets the codebook, then codes by its rules the comments not coded by hand)',
  'comments themes <file.tpstudy> [--by unit|wave] [--wave YEAR] [--question CODE] [--json]',
].join('\n       ');

function oneStudy(positionals: string[]): string {
  const [p, ...extra] = positionals;
  if (!p) throw new UsageError('missing a .tpstudy file');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  return resolve(p);
}

function langOf(v: string | boolean | undefined): Language {
  const s = stringOption(v);
  if (s === undefined) return 'en';
  const parsed = languageSchema.safeParse(s);
  if (!parsed.success) throw new UsageError(`--lang must be en, nb or da, not "${s}"`);
  return parsed.data;
}

function intOption(v: string | boolean | undefined, name: string): number | undefined {
  const s = stringOption(v);
  if (s === undefined) return undefined;
  if (!/^\d+$/.test(s)) throw new UsageError(`--${name} must be a whole number, not "${s}"`);
  return Number(s);
}

const pct = (x: number) => `${(100 * x).toFixed(0)} %`;

function printList(env: CliEnv, l: CommentsList): void {
  if (env.json) {
    env.io.out(JSON.stringify(l, null, 2));
    return;
  }
  if (l.refused) {
    env.io.out(`Nothing listed: these filters single out fewer than ${l.k} respondents.`);
    return;
  }
  for (const c of l.items) {
    const codes = c.codes.length ? ` [${c.codes.join(', ')}]` : '';
    env.io.out(`${c.waveYear} ${c.question.code}${c.unit ? ` · ${c.unit.label}` : ''}${codes}: ${c.text}`);
  }
  env.io.out(
    `${l.items.length} of ${l.total} comments${l.heldBack ? `; ${l.heldBack} held back (units under ${l.k})` : ''}.`,
  );
}

function printThemes(env: CliEnv, t: ThemesResult): void {
  if (env.json) {
    env.io.out(JSON.stringify(t, null, 2));
    return;
  }
  const label = new Map(t.groups.map((g) => [g.code, g.label]));
  for (const th of t.themes) {
    env.io.out(`${th.code} ${th.label}: ${th.mentions} of ${th.comments} comments (${pct(th.share)})`);
    for (const g of th.groups) {
      const name = label.get(g.group) ?? g.group;
      env.io.out(
        'hidden' in g
          ? `  ${name}: hidden (${g.hidden === 'below-k' ? `fewer than ${t.k} respondents` : 'would reveal a smaller group by subtraction'})`
          : `  ${name}: ${g.mentions} of ${g.comments} (${pct(g.share)})`,
      );
    }
  }
}

export const commentsCommands: CliCommand[] = [
  {
    name: 'comments',
    summary: 'Lists, codes and counts the open comments: the codebook, its rules and theme figures.',
    usage: USAGE,
    options: {
      question: { type: 'string' },
      theme: { type: 'string' },
      unit: { type: 'string' },
      wave: { type: 'string' },
      search: { type: 'string' },
      limit: { type: 'string' },
      codebook: { type: 'string' },
      by: { type: 'string' },
      lang: { type: 'string' },
    },
    async run({ positionals, values }, env) {
      const [first, ...rest] = positionals;
      const lang = langOf(values.lang);
      const waveYear = intOption(values.wave, 'wave');
      if (first === 'code') {
        const file = stringOption(values.codebook);
        if (!file) throw new UsageError('comments code needs --codebook codebook.xlsx|codebook.json');
        let bytes: Buffer;
        try {
          bytes = readFileSync(resolve(file));
        } catch {
          throw new UsageError(`--codebook: cannot read ${resolve(file)}`);
        }
        const o = await env.call('study/open', { path: oneStudy(rest) });
        const book = await env.call('comments/importCodebook', {
          studyId: o.studyId,
          name: basename(file),
          base64: bytes.toString('base64'),
        });
        const { coded } = await env.call('comments/acceptProposals', { studyId: o.studyId });
        const summary = { themes: book.codebook.themes.length, codedByRules: coded, quality: book.quality };
        if (env.json) env.io.out(JSON.stringify(summary, null, 2));
        else env.io.out(`${summary.themes} themes; ${coded} comments coded by the rules.`);
        return;
      }
      if (first === 'themes') {
        const by = stringOption(values.by) ?? 'unit';
        if (by !== 'unit' && by !== 'wave') throw new UsageError(`--by must be unit or wave, not "${by}"`);
        const o = await env.call('study/open', { path: oneStudy(rest) });
        const question = stringOption(values.question);
        printThemes(
          env,
          await env.call('comments/themes', {
            studyId: o.studyId,
            lang,
            by,
            ...(waveYear !== undefined ? { waveYear } : {}),
            ...(question ? { question } : {}),
          }),
        );
        return;
      }
      if (first === undefined) throw new UsageError('missing a .tpstudy file');
      const o = await env.call('study/open', { path: oneStudy(positionals) });
      const opt = (name: string) => stringOption(values[name]);
      const limit = intOption(values.limit, 'limit') ?? 500;
      printList(
        env,
        await env.call('comments/list', {
          studyId: o.studyId,
          lang,
          limit: Math.min(Math.max(limit, 1), 500),
          ...(waveYear !== undefined ? { waveYear } : {}),
          ...(opt('question') ? { question: opt('question')! } : {}),
          ...(opt('theme') ? { theme: opt('theme')! } : {}),
          ...(opt('unit') ? { unit: opt('unit')! } : {}),
          ...(opt('search') ? { search: opt('search')! } : {}),
        }),
      );
    },
  },
];
