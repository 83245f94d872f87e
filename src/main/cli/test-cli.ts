import { runCli } from './run';

/** Runs the command line in this process, as `touchpoint …argv` would, capturing its two streams. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The argv of `questionnaire add-question` for a 1–10 rating with Norwegian wording; `extra` adds options. */
export function addRatingArgs(
  file: string,
  touchpoint: string,
  code: string,
  role: string,
  text: string,
  extra: string[] = [],
): string[] {
  return [
    'add-question',
    file,
    '--touchpoint',
    touchpoint,
    '--code',
    code,
    '--type',
    'rating',
    '--scale',
    '1-10',
    '--role',
    role,
    '--text',
    text,
    '--lang',
    'nb',
    ...extra,
  ];
}
