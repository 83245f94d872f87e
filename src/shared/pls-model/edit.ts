/**
 * Pure edits of a study's PLS path model as the designer's index-model editor makes them: the
 * EPSI/ECSI template, items moved between constructs, constructs added, renamed and deleted, paths
 * added and removed, the target chosen. Every function returns a new model and leaves its argument
 * as it was; none of them checks the whole model (the service does that when it is stored).
 */
import type { PlsModel } from '../api/pls';
import type { Language, Texts } from '../domain/language';
import type { Question } from '../domain/questionnaire';

/** What the editor needs of a question. */
export type ModelQuestion = Pick<Question, 'code' | 'role' | 'scale'>;

/** Questions that can be items of a construct: those with an answer range (ratings, NPS). */
export function modelCandidates<Q extends ModelQuestion>(questions: readonly Q[]): Q[] {
  return questions.filter((q) => q.scale.kind === 'range');
}

type ConstructTemplate = { name: string; labels: Texts; takes?: (q: ModelQuestion) => boolean };

/**
 * The EPSI/ECSI constructs with their names in the wording of EPSI Norway and Denmark, and the
 * question roles a construct takes when the template pre-assigns questions.
 */
export const EPSI_CONSTRUCTS: readonly ConstructTemplate[] = [
  { name: 'Image', labels: { en: 'Image', nb: 'Image/omdømme', da: 'Image' } },
  { name: 'Expectations', labels: { en: 'Expectations', nb: 'Forventninger', da: 'Forventninger' } },
  {
    name: 'Product quality',
    labels: { en: 'Product quality', nb: 'Produktkvalitet', da: 'Produktkvalitet' },
  },
  {
    name: 'Service quality',
    labels: { en: 'Service quality', nb: 'Servicekvalitet', da: 'Servicekvalitet' },
    takes: (q) => q.role === 'performance',
  },
  { name: 'Value', labels: { en: 'Value', nb: 'Pris-/verdivurdering', da: 'Værdi' } },
  {
    name: 'Satisfaction',
    labels: { en: 'Customer satisfaction', nb: 'Kundetilfredshet', da: 'Kundetilfredshed' },
    takes: (q) => q.role === 'outcome-satisfaction',
  },
  {
    name: 'Loyalty',
    labels: { en: 'Loyalty', nb: 'Lojalitet', da: 'Loyalitet' },
    takes: (q) => q.role === 'loyalty' || q.role === 'outcome-recommend',
  },
];

/**
 * The EPSI model's paths (Eklöf & Westlund 2002, "The pan-European customer satisfaction index
 * programme", Total Quality Management 13(8); the ECSI model of Tenenhaus et al. 2005 with its
 * perceived quality split into product and service quality, and without complaints).
 */
export const EPSI_PATHS: readonly (readonly [string, string])[] = [
  ['Image', 'Expectations'],
  ['Image', 'Satisfaction'],
  ['Image', 'Loyalty'],
  ['Expectations', 'Product quality'],
  ['Expectations', 'Service quality'],
  ['Expectations', 'Value'],
  ['Expectations', 'Satisfaction'],
  ['Product quality', 'Value'],
  ['Service quality', 'Value'],
  ['Product quality', 'Satisfaction'],
  ['Service quality', 'Satisfaction'],
  ['Value', 'Satisfaction'],
  ['Satisfaction', 'Loyalty'],
];

const scaleKey = (q: ModelQuestion) => (q.scale.kind === 'range' ? `${q.scale.min}-${q.scale.max}` : '');

/**
 * The EPSI template: seven reflective constructs, the EPSI paths, target Satisfaction. With
 * `assign`, the study's questions go to the construct of their role (overall satisfaction →
 * Satisfaction, loyalty and recommendation → Loyalty, touchpoint performance → Service quality);
 * a construct keeps only the questions of its most common answer scale (first come on a tie), as
 * one construct cannot mix scales.
 */
export function epsiTemplate(questions: readonly ModelQuestion[], assign = true): PlsModel {
  const candidates = modelCandidates(questions);
  const constructs: PlsModel['constructs'] = {};
  for (const c of EPSI_CONSTRUCTS) {
    const taken = assign && c.takes ? candidates.filter(c.takes) : [];
    const counts = new Map<string, number>();
    for (const q of taken) counts.set(scaleKey(q), (counts.get(scaleKey(q)) ?? 0) + 1);
    let best = '';
    for (const [k, n] of counts) if (n > (counts.get(best) ?? 0)) best = k;
    constructs[c.name] = {
      items: taken.filter((q) => scaleKey(q) === best).map((q) => q.code),
      mode: 'A',
      labels: { ...c.labels },
    };
  }
  return { constructs, paths: EPSI_PATHS.map(([a, b]) => [a, b]), target: 'Satisfaction' };
}

/** A model with no constructs yet. */
export function emptyModel(): PlsModel {
  return { constructs: {}, paths: [], target: '' };
}

/** The construct that holds `code`, if any. */
export function constructOf(model: PlsModel, code: string): string | undefined {
  return Object.keys(model.constructs).find((n) => model.constructs[n].items.includes(code));
}

function mapConstructs(
  model: PlsModel,
  f: (name: string, c: PlsModel['constructs'][string]) => PlsModel['constructs'][string],
): PlsModel['constructs'] {
  return Object.fromEntries(Object.entries(model.constructs).map(([n, c]) => [n, f(n, c)]));
}

/** Puts `code` last in `construct`, taking it out of any other (an item belongs to one construct). */
export function assignItem(model: PlsModel, code: string, construct: string): PlsModel {
  if (!(construct in model.constructs)) throw new Error(`assignItem: no construct ${construct}`);
  if (model.constructs[construct].items.includes(code)) return model;
  return {
    ...model,
    constructs: mapConstructs(model, (n, c) => ({
      ...c,
      items: n === construct ? [...c.items, code] : c.items.filter((x) => x !== code),
    })),
  };
}

/** Takes `code` out of whichever construct holds it. */
export function removeItem(model: PlsModel, code: string): PlsModel {
  return {
    ...model,
    constructs: mapConstructs(model, (_, c) => ({ ...c, items: c.items.filter((x) => x !== code) })),
  };
}

/** A name not yet used by a construct: `base`, else `base 2`, `base 3` … */
export function freeName(model: PlsModel, base: string): string {
  if (!(base in model.constructs)) return base;
  for (let i = 2; ; i++) if (!(`${base} ${i}` in model.constructs)) return `${base} ${i}`;
}

/** Adds an empty reflective construct; the first construct of a model becomes its target. */
export function addConstruct(model: PlsModel, name: string, labels?: Texts): PlsModel {
  const key = name.trim();
  if (!key) throw new Error('addConstruct: the name is empty');
  if (key in model.constructs) throw new Error(`addConstruct: ${key} exists`);
  return {
    ...model,
    constructs: { ...model.constructs, [key]: { items: [], mode: 'A', ...(labels ? { labels } : {}) } },
    target: model.target || key,
  };
}

/** Renames a construct, in its paths and as the target too; its place among the constructs stays. */
export function renameConstruct(model: PlsModel, from: string, to: string): PlsModel {
  const key = to.trim();
  if (!(from in model.constructs)) throw new Error(`renameConstruct: no construct ${from}`);
  if (key === from) return model;
  if (!key) throw new Error('renameConstruct: the name is empty');
  if (key in model.constructs) throw new Error(`renameConstruct: ${key} exists`);
  const r = (n: string) => (n === from ? key : n);
  return {
    ...model,
    constructs: Object.fromEntries(Object.entries(model.constructs).map(([n, c]) => [r(n), c])),
    paths: model.paths.map(([a, b]) => [r(a), r(b)]),
    target: r(model.target),
  };
}

/** Sets (or with an empty text clears) a construct's name in one language. */
export function setConstructLabel(model: PlsModel, name: string, lang: Language, text: string): PlsModel {
  const c = model.constructs[name];
  if (!c) throw new Error(`setConstructLabel: no construct ${name}`);
  const labels: Partial<Record<Language, string>> = { ...c.labels };
  if (text.trim()) labels[lang] = text.trim();
  else delete labels[lang];
  const { labels: _old, ...rest } = c;
  void _old;
  const next = Object.values(labels).some(Boolean) ? { ...rest, labels: labels as Texts } : rest;
  return { ...model, constructs: { ...model.constructs, [name]: next } };
}

/** Deletes a construct and its paths; when it was the target, the target passes to the first left. */
export function deleteConstruct(model: PlsModel, name: string): PlsModel {
  const constructs = Object.fromEntries(Object.entries(model.constructs).filter(([n]) => n !== name));
  return {
    ...model,
    constructs,
    paths: model.paths.filter(([a, b]) => a !== name && b !== name),
    target: model.target === name ? (Object.keys(constructs)[0] ?? '') : model.target,
  };
}

/** Mode A (reflective) or B (formative). */
export function setMode(model: PlsModel, name: string, mode: 'A' | 'B'): PlsModel {
  const c = model.constructs[name];
  if (!c) throw new Error(`setMode: no construct ${name}`);
  return { ...model, constructs: { ...model.constructs, [name]: { ...c, mode } } };
}

/** Whether `from → to` may be added: two different known constructs, not yet a path. */
export function canAddPath(model: PlsModel, from: string, to: string): boolean {
  return (
    from !== to &&
    from in model.constructs &&
    to in model.constructs &&
    !model.paths.some(([a, b]) => a === from && b === to)
  );
}

/** Adds the path `from → to` (unchanged when it cannot be added; cycles are the service's to refuse). */
export function addPath(model: PlsModel, from: string, to: string): PlsModel {
  return canAddPath(model, from, to) ? { ...model, paths: [...model.paths, [from, to]] } : model;
}

/** Removes the path `from → to`. */
export function removePath(model: PlsModel, from: string, to: string): PlsModel {
  return { ...model, paths: model.paths.filter(([a, b]) => !(a === from && b === to)) };
}

/** Chooses the target construct of the index. */
export function setTarget(model: PlsModel, name: string): PlsModel {
  if (!(name in model.constructs)) throw new Error(`setTarget: no construct ${name}`);
  return { ...model, target: name };
}
