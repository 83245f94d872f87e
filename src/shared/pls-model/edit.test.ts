import { describe, expect, it } from 'vitest';
import { compileModel } from '../stats/pls/model';
import { constructLabel } from '../api/pls';
import type { Scale } from '../domain/questionnaire';
import {
  addConstruct,
  addPath,
  assignItem,
  canAddPath,
  deleteConstruct,
  epsiTemplate,
  freeName,
  removeItem,
  removePath,
  renameConstruct,
  setConstructLabel,
  setMode,
  setTarget,
  type ModelQuestion,
} from './edit';

const range = (min: number, max: number): Scale => ({
  kind: 'range',
  min,
  max,
  labels: [],
  missingCodes: [],
});
const q = (code: string, role: ModelQuestion['role'], scale: Scale = range(1, 10)): ModelQuestion => ({
  code,
  role,
  scale,
});
const questions: ModelQuestion[] = [
  q('TP1', 'performance'),
  q('TP2', 'performance'),
  q('TP2_IMP', 'importance'),
  q('TP3', 'performance', range(1, 5)),
  q('SAT', 'outcome-satisfaction'),
  q('NPS', 'outcome-recommend', range(0, 10)),
  q('LOY', 'loyalty', range(1, 10)),
  q('LOY2', 'loyalty', range(1, 10)),
  q('WHY', 'comment', { kind: 'none' }),
  q('DEPT', 'segment', { kind: 'choice', options: [] }),
];

describe('epsiTemplate', () => {
  it('has the seven EPSI constructs, the EPSI paths and target Satisfaction', () => {
    const m = epsiTemplate([], false);
    expect(Object.keys(m.constructs)).toEqual([
      'Image',
      'Expectations',
      'Product quality',
      'Service quality',
      'Value',
      'Satisfaction',
      'Loyalty',
    ]);
    expect(m.paths).toHaveLength(13);
    expect(m.paths).toContainEqual(['Satisfaction', 'Loyalty']);
    expect(m.paths).toContainEqual(['Service quality', 'Value']);
    expect(m.target).toBe('Satisfaction');
    expect(Object.values(m.constructs).every((c) => c.items.length === 0 && c.mode === 'A')).toBe(true);
  });

  it('names the constructs in the wording of EPSI Norway and Denmark', () => {
    const m = epsiTemplate([], false);
    expect(constructLabel(m, 'Satisfaction', 'nb')).toBe('Kundetilfredshet');
    expect(constructLabel(m, 'Satisfaction', 'da')).toBe('Kundetilfredshed');
    expect(constructLabel(m, 'Value', 'nb')).toBe('Pris-/verdivurdering');
    expect(constructLabel(m, 'Value', 'da')).toBe('Værdi');
    expect(constructLabel(m, 'Loyalty', 'da')).toBe('Loyalitet');
    expect(constructLabel(m, 'Image', 'nb')).toBe('Image/omdømme');
  });

  it('pre-assigns questions by role, one answer scale per construct', () => {
    const m = epsiTemplate(questions);
    // TP3 is on 1–5 while the other performance items are on 1–10: left out.
    expect(m.constructs['Service quality'].items).toEqual(['TP1', 'TP2']);
    expect(m.constructs.Satisfaction.items).toEqual(['SAT']);
    // NPS (0–10) is outnumbered by the two 1–10 loyalty questions.
    expect(m.constructs.Loyalty.items).toEqual(['LOY', 'LOY2']);
    expect(m.constructs.Image.items).toEqual([]);
  });

  it('is a recursive, connected path model once every construct has an item', () => {
    let m = epsiTemplate(questions);
    m = assignItem(m, 'X1', 'Image');
    m = assignItem(m, 'X2', 'Expectations');
    m = assignItem(m, 'X3', 'Product quality');
    m = assignItem(m, 'X4', 'Value');
    const s = compileModel(m);
    expect(s.blocks).toHaveLength(7);
    expect(s.blocks[s.target as number].name).toBe('Satisfaction');
    expect(s.blocks[s.order[0]].name).toBe('Image');
    expect(s.blocks[s.order[6]].name).toBe('Loyalty');
  });
});

describe('item edits', () => {
  const base = epsiTemplate(questions);

  it('moves an item from one construct to another, last in its new construct', () => {
    const m = assignItem(base, 'TP1', 'Image');
    expect(m.constructs.Image.items).toEqual(['TP1']);
    expect(m.constructs['Service quality'].items).toEqual(['TP2']);
    expect(base.constructs['Service quality'].items).toEqual(['TP1', 'TP2']);
    const n = assignItem(m, 'TP2', 'Image');
    expect(n.constructs.Image.items).toEqual(['TP1', 'TP2']);
  });

  it('refuses an unknown construct and removes an item wherever it is', () => {
    expect(() => assignItem(base, 'TP1', 'Nope')).toThrow(/no construct Nope/);
    const m = removeItem(base, 'SAT');
    expect(m.constructs.Satisfaction.items).toEqual([]);
    expect(removeItem(base, 'UNKNOWN').constructs).toEqual(base.constructs);
  });
});

describe('construct edits', () => {
  const base = epsiTemplate(questions);

  it('adds a construct under a free name and makes the first construct the target', () => {
    expect(freeName(base, 'Complaints')).toBe('Complaints');
    expect(freeName(base, 'Value')).toBe('Value 2');
    const m = addConstruct(base, ' Complaints ', { en: 'Complaints', nb: 'Klager', da: 'Klager' });
    expect(m.constructs.Complaints).toEqual({
      items: [],
      mode: 'A',
      labels: { en: 'Complaints', nb: 'Klager', da: 'Klager' },
    });
    expect(m.target).toBe('Satisfaction');
    expect(() => addConstruct(m, 'Value')).toThrow(/exists/);
    expect(addConstruct({ constructs: {}, paths: [], target: '' }, 'A').target).toBe('A');
  });

  it('renames a construct in its paths and as target, keeping its place', () => {
    const m = renameConstruct(base, 'Satisfaction', 'CSI');
    expect(Object.keys(m.constructs)[5]).toBe('CSI');
    expect(m.constructs.CSI.items).toEqual(['SAT']);
    expect(m.target).toBe('CSI');
    expect(m.paths.filter(([a, b]) => a === 'CSI' || b === 'CSI')).toHaveLength(6);
    expect(m.paths.some(([a, b]) => a === 'Satisfaction' || b === 'Satisfaction')).toBe(false);
    expect(() => renameConstruct(base, 'Value', 'Image')).toThrow(/exists/);
  });

  it('deletes a construct with its paths, passing the target on', () => {
    const m = deleteConstruct(base, 'Value');
    expect(m.constructs.Value).toBeUndefined();
    expect(m.paths).toHaveLength(13 - 4);
    const n = deleteConstruct(base, 'Satisfaction');
    expect(n.target).toBe('Image');
    expect(n.paths).toHaveLength(13 - 6);
  });

  it('sets and clears a name per language, and the mode', () => {
    let m = setConstructLabel(base, 'Value', 'nb', 'Verdi');
    expect(constructLabel(m, 'Value', 'nb')).toBe('Verdi');
    expect(constructLabel(m, 'Value', 'da')).toBe('Værdi');
    m = setConstructLabel(m, 'Value', 'da', '  ');
    expect(m.constructs.Value.labels).toEqual({ en: 'Value', nb: 'Verdi' });
    expect(constructLabel(m, 'Value', 'da')).toBe('Value');
    expect(setMode(base, 'Image', 'B').constructs.Image.mode).toBe('B');
    expect(base.constructs.Image.mode).toBe('A');
  });
});

describe('path edits', () => {
  const base = epsiTemplate(questions);

  it('adds a new path once, never a loop or an unknown construct', () => {
    expect(canAddPath(base, 'Image', 'Value')).toBe(true);
    const m = addPath(base, 'Image', 'Value');
    expect(m.paths.at(-1)).toEqual(['Image', 'Value']);
    expect(addPath(m, 'Image', 'Value').paths).toHaveLength(14);
    expect(addPath(m, 'Image', 'Image')).toBe(m);
    expect(addPath(m, 'Image', 'Nope')).toBe(m);
  });

  it('adds a reverse path, which compileModel then refuses as a cycle', () => {
    let m = addPath(base, 'Loyalty', 'Satisfaction');
    for (const [c, x] of [
      ['Image', 'X1'],
      ['Expectations', 'X2'],
      ['Product quality', 'X3'],
      ['Value', 'X4'],
    ])
      m = assignItem(m, x, c);
    expect(() => compileModel(m)).toThrow(/cycle through Satisfaction, Loyalty/);
  });

  it('removes a path and chooses the target', () => {
    const m = removePath(base, 'Satisfaction', 'Loyalty');
    expect(m.paths).toHaveLength(12);
    expect(m.paths).not.toContainEqual(['Satisfaction', 'Loyalty']);
    expect(setTarget(base, 'Loyalty').target).toBe('Loyalty');
    expect(() => setTarget(base, 'Nope')).toThrow();
  });
});
