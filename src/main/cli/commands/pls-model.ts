import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { PlsModel } from '../../../shared/api/pls';
import type { CliCommand } from '../command';
import { stringOption, UsageError } from '../command';
import { plsIndexText } from './stats-pls';

const whole = (v: unknown, name: string): number | undefined => {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (typeof v !== 'string' || !Number.isInteger(x)) throw new UsageError(`--${name} takes a whole number`);
  return x;
};

function modelOf(path: string): PlsModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new AppError('FILE_NOT_FOUND', `${path} cannot be read`, { path });
  }
  try {
    return JSON.parse(text) as PlsModel;
  } catch (e) {
    throw new AppError('INVALID_INPUT', `${basename(path)} is not JSON: ${(e as Error).message}`, {
      file: path,
    });
  }
}

export const plsModelCommands: CliCommand[] = [
  {
    name: 'pls-model',
    summary:
      "Shows, sets or removes the study's EPSI-style PLS model (constructs over question codes, paths, target) and its index on a wave.",
    usage:
      'pls-model <file.tpstudy> [--set MODEL.json | --remove] [--wave YEAR] [--compare YEAR] [--bootstrap N --seed S]',
    options: {
      set: { type: 'string' },
      remove: { type: 'boolean' },
      wave: { type: 'string' },
      compare: { type: 'string' },
      bootstrap: { type: 'string' },
      seed: { type: 'string' },
    },
    async run({ positionals, values }, env) {
      const [p, ...extra] = positionals;
      if (!p) throw new UsageError('missing a .tpstudy file');
      if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
      const set = stringOption(values.set);
      if (set !== undefined && values.remove) throw new UsageError('--set and --remove exclude each other');
      const waveYear = whole(values.wave, 'wave');
      const compareWith = whole(values.compare, 'compare');
      const bootstrap = whole(values.bootstrap, 'bootstrap');
      const seed = whole(values.seed, 'seed');
      const o = await env.call('study/open', { path: resolve(p) });
      const { model } =
        set !== undefined || values.remove
          ? await env.call('study/setPlsModel', {
              studyId: o.studyId,
              model: values.remove ? null : modelOf(resolve(set as string)),
            })
          : await env.call('study/getPlsModel', { studyId: o.studyId });
      const index = model
        ? await env.call('analysis/plsIndex', {
            studyId: o.studyId,
            ...(waveYear !== undefined ? { waveYear } : {}),
            ...(bootstrap !== undefined ? { bootstrap } : {}),
            ...(seed !== undefined ? { seed } : {}),
            ...(compareWith !== undefined ? { compareWith } : {}),
          })
        : null;
      if (env.json) {
        env.io.out(JSON.stringify({ model, index }, null, 2));
        return;
      }
      if (!model) {
        env.io.out('the study has no PLS model (set one with --set MODEL.json)');
        return;
      }
      env.io.out(
        [
          `PLS model, target ${model.target}:`,
          ...Object.entries(model.constructs).map(
            ([name, c]) => `  ${name.padEnd(16)} ${c.mode ?? 'A'}  ${c.items.join(', ')}`,
          ),
          `  paths: ${model.paths.map(([a, b]) => `${a} → ${b}`).join('; ')}`,
          '',
          ...(index ? [`wave ${index.waveYear}`, ...plsIndexText(index)] : []),
        ].join('\n'),
      );
    },
  },
];
