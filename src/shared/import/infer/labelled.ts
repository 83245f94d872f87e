import type { Language } from '../../domain/language';
import { MISSING } from '../../domain/questionnaire';
import type { Scale } from '../../domain/questionnaire';
import { missingKindOfText } from '../missing';
import type { QuestionInference } from './question';
import type { InferenceReason } from './reasons';
import { reason } from './reasons';
import { inferRole } from './role';
import { norm } from './words';

/** An SPSS variable's measurement level (record 7/11); `unknown` when the file does not say. */
export type Measure = 'nominal' | 'ordinal' | 'scale' | 'unknown';

/** What a file declares about a column's values (an SPSS variable): labels and user-missing codes. */
export type DeclaredValues = {
  valueLabels: readonly { value: number; label: string }[];
  missing: readonly number[];
  /** The measurement level, when the file declares one. */
  measure?: Measure | undefined;
};

/**
 * Words of a rating's labels (agreement, satisfaction, likelihood, frequency, degree) in English,
 * Norwegian, Danish and Swedish, matched as whole words on the normalized label (lower case, accents
 * other than å's ring removed: "nöjd" reads "nojd"); a stem with `\p{L}*` takes its endings.
 */
const RATING_WORDS = new RegExp(
  `(?<!\\p{L})(?:${[
    // English
    'agree\\p{L}*',
    'disagree\\p{L}*',
    'satisf\\p{L}*',
    'dissatisf\\p{L}*',
    'unsatisf\\p{L}*',
    'likely',
    'unlikely',
    'good',
    'bad',
    'poor',
    'excellent',
    'neutral',
    'neither',
    'important',
    'unimportant',
    'never',
    'rarely',
    'seldom',
    'sometimes',
    'often',
    'always',
    'very',
    'extremely',
    'not at all',
    'completely',
    'strongly',
    'somewhat',
    'slightly',
    'fairly',
    'low',
    'high',
    'medium',
    'worst',
    'best',
    'average',
    // Norwegian
    'enig\\p{L}*',
    'uenig\\p{L}*',
    'fornøyd\\p{L}*',
    'misfornøyd\\p{L}*',
    'sannsynlig\\p{L}*',
    'usannsynlig\\p{L}*',
    'godt?',
    'dårlig\\p{L}*',
    'svært',
    'veldig',
    'helt',
    'litt',
    'nøytral',
    'verken',
    'hverken',
    'viktig\\p{L}*',
    'uviktig\\p{L}*',
    'aldri',
    'alltid',
    'ofte',
    'sjelden',
    'av og til',
    'lav',
    'høy',
    'middels',
    'ganske',
    // Danish
    'tilfreds\\p{L}*',
    'utilfreds\\p{L}*',
    'sandsynlig\\p{L}*',
    'usandsynlig\\p{L}*',
    'meget',
    'lidt',
    'vigtig\\p{L}*',
    'uvigtig\\p{L}*',
    'aldrig',
    'altid',
    'sjældent',
    'nogle gange',
    'høj',
    'særdeles',
    // Swedish
    'instamm\\p{L}*',
    'haller med',
    'nojd\\p{L}*',
    'missnojd\\p{L}*',
    'sannolik\\p{L}*',
    'osannolik\\p{L}*',
    'bra',
    'dålig\\p{L}*',
    'mycket',
    'lite',
    'varken',
    'oviktig\\p{L}*',
    'ofta',
    'sallan',
    'ibland',
    'låg',
    'hog',
    'ganska',
  ].join('|')})(?!\\p{L})`,
  'u',
);
/** A label that is a number ("1", "10", "2,5"): the points are numbered, not named. */
const NUMBER = /^\s*[+-]?\d+(?:[.,]\d+)?\s*$/;
/** A name: words of letters (Oslo, Bergen, Sør-Trøndelag, E-mail, In store), no digits. */
const NAME = /^\p{L}[\p{L}\p{M}'’&./ -]*$/u;

type Points = readonly { value: number; label: string }[];

/** Why labels read as a rating, as the words or numbers that show it; null when they do not. */
function ratingWording(points: Points): { word: string } | { numbers: true } | null {
  for (const p of points) {
    const m = RATING_WORDS.exec(norm(p.label));
    if (m) return { word: m[0] };
  }
  return points.every((p) => NUMBER.test(p.label)) ? { numbers: true } : null;
}

const areNames = (points: Points): boolean =>
  points.every((p) => NAME.test(p.label.trim())) &&
  new Set(points.map((p) => norm(p.label))).size === points.length;

/**
 * The question a column's declared value labels make. A nominal variable: single-choice options coded
 * by value. An ordinal or scale variable: three or more labelled whole numbers in a row (1 low … 3
 * high, 1 … 5), or only the two ends labelled (1 … 10), a rating scale with those labelled points —
 * except a scale variable labelled with names, SPSS's default level; other labels options. Without a declared level the labels' wording decides: rating words in
 * en/nb/da/sv, numbers as labels or only the ends labelled make a rating; names (Oslo, Bergen,
 * Trondheim) options; other labelled whole numbers in a row a rating as before. User-missing values
 * are don't know or not applicable by their label (not applicable when it does not say). Null without
 * value labels: the answers decide.
 */
export function declaredQuestion(
  header: string,
  d: DeclaredValues,
  language: Language,
): QuestionInference | null {
  const missing = new Set(d.missing);
  const points = d.valueLabels.filter((l) => !missing.has(l.value));
  if (points.length === 0) return null;
  const missingCodes = d.missing.map((value) => {
    const label = d.valueLabels.find((l) => l.value === value)?.label ?? String(value);
    const kind =
      missingKindOfText(label) === MISSING.dontKnow ? ('dontKnow' as const) : ('notApplicable' as const);
    return { value, kind, texts: { [language]: label } };
  });
  const missingReasons = missingCodes.map((c) =>
    reason('fileMissing', {
      label: `${c.value} = ${c.texts[language]}`,
      kind: c.kind === 'dontKnow' ? "don't know" : 'not applicable',
    }),
  );
  const values = points.map((p) => p.value).sort((a, b) => a - b);
  const whole = values.every((v) => Number.isInteger(v));
  const contiguous =
    whole && values.length >= 3 && values.every((v, i) => i === 0 || v === values[i - 1]! + 1);
  const ends = whole && values.length === 2 && values[1]! - values[0]! >= 2;
  const labels = points.map((p) => `${p.value} = ${p.label}`).join(', ');
  const measure = d.measure ?? 'unknown';
  const rating = (scaleReason: InferenceReason): QuestionInference => {
    const scale: Scale = {
      kind: 'range',
      min: values[0]!,
      max: values.at(-1)!,
      labels: points.map((p) => ({ value: p.value, texts: { [language]: p.label } })),
      missingCodes,
    };
    const r = inferRole(header, 'rating', 0);
    return { type: 'rating', role: r.role, scale, roleReason: r.reason, scaleReason, missingReasons };
  };
  const choice = (scaleReason: InferenceReason): QuestionInference => {
    const scale: Scale = {
      kind: 'choice',
      options: points.map((p) => ({ code: String(p.value), texts: { [language]: p.label } })),
    };
    const r = inferRole(header, 'single', points.length);
    return { type: 'single', role: r.role, scale, roleReason: r.reason, scaleReason, missingReasons };
  };
  if (measure === 'nominal') return choice(reason('fileNominal', { labels }));
  const endsReason = () => reason('labelsEnds', { labels, min: values[0]!, max: values.at(-1)! });
  // "Scale" is what SPSS declares for any numeric variable nobody set, so names as labels (Oslo,
  // Bergen, Trondheim) still make options there; an ordinal declaration was someone's choice.
  if (measure === 'scale' && (contiguous || ends) && !ratingWording(points) && areNames(points))
    return choice(reason('labelsNames', { labels }));
  if (measure === 'ordinal' || measure === 'scale') {
    if (contiguous) return rating(reason(measure === 'ordinal' ? 'fileOrdinal' : 'fileScale', { labels }));
    if (ends) return rating(endsReason());
    return choice(reason('fileValueLabels', { labels }));
  }
  if (!contiguous && !ends) return choice(reason('fileValueLabels', { labels }));
  const wording = ratingWording(points);
  if (wording && 'word' in wording)
    return rating(reason('labelsRatingWords', { word: wording.word, labels }));
  if (wording) return rating(reason('labelsNumbers', { labels }));
  if (ends) return rating(endsReason());
  if (areNames(points)) return choice(reason('labelsNames', { labels }));
  return rating(reason('fileValueLabels', { labels }));
}
