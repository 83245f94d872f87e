import type { ParseArgsConfig } from 'node:util';
import type { Language } from '../../shared/domain/language';
import { LANGUAGES } from '../../shared/domain/language';
import type { InputOf, OperationName, OutputOf } from '../../shared/api/contract';
import type { Dispatch } from '../services/api/dispatch';
import type { ServiceContext } from '../services/api/context';

export type CliIO = {
  /** stdout: with --json it carries only the JSON document. */
  out(text: string): void;
  /** stderr: messages, progress, warnings. */
  err(text: string): void;
};

export type CliEnv = {
  io: CliIO;
  json: boolean;
  dispatch: Dispatch;
  ctx: ServiceContext;
  /**
   * Calls an operation and returns its value, throwing its error as an AppError. Typed by the
   * contract: the name must be an operation, the input its input, the value its output.
   */
  call<N extends OperationName>(name: N, input: InputOf<N>): Promise<OutputOf<N>>;
};

export type CliCommand = {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(
    args: { positionals: string[]; values: Record<string, string | boolean | undefined> },
    env: CliEnv,
  ): Promise<void>;
};

/** Thrown for wrong usage: exit code 2 and the command's usage line. */
export class UsageError extends Error {}

/** A string option's value: parseArgs gives `true` only for boolean options, so anything else is absent. */
export function stringOption(v: string | boolean | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/**
 * A repeatable option's values (`multiple: true` in its config): parseArgs gives them as an array,
 * which the values' declared type leaves out, so it is read as unknown.
 */
export function listOption(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' ? [v] : [];
}

/** `--lang`: one of the report languages, English when not given. */
export function langOption(v: unknown): Language {
  const lang = (v ?? 'en') as Language;
  if (!LANGUAGES.includes(lang)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
  return lang;
}

/** `--wave`: a whole year, or undefined when not given. */
export function yearOption(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const y = Number(v);
  if (!Number.isInteger(y)) throw new UsageError('--wave takes a year, e.g. --wave 2026');
  return y;
}
