import { describe, expect, it } from 'vitest';
import { compileModel, PlsModelError, type PlsModelSpec } from './model';

const base: PlsModelSpec = {
  constructs: {
    Image: { items: ['i1', 'i2'] },
    Quality: { items: ['q1', 'q2', 'q3'], mode: 'B' },
    Satisfaction: { items: ['s1'], scale: { min: 0, max: 10 } },
  },
  paths: [
    ['Image', 'Satisfaction'],
    ['Quality', 'Satisfaction'],
    ['Image', 'Quality'],
  ],
  target: 'Satisfaction',
  scale: { min: 1, max: 5 },
};

const refusal = (spec: PlsModelSpec): PlsModelError => {
  try {
    compileModel(spec);
  } catch (e) {
    if (e instanceof PlsModelError) return e;
    throw e;
  }
  throw new Error('the model was accepted');
};

describe('compileModel', () => {
  it('compiles blocks, predecessors, successors, a topological order, target and scales', () => {
    const s = compileModel(base);
    expect(s.items).toEqual(['i1', 'i2', 'q1', 'q2', 'q3', 's1']);
    expect(s.itemBlock).toEqual([0, 0, 1, 1, 1, 2]);
    expect(s.blocks.map((b) => [b.name, b.mode, b.offset])).toEqual([
      ['Image', 'A', 0],
      ['Quality', 'B', 2],
      ['Satisfaction', 'A', 5],
    ]);
    expect(s.predecessors).toEqual([[], [0], [0, 1]]);
    expect(s.successors).toEqual([[2, 1], [2], []]);
    expect(s.order).toEqual([0, 1, 2]);
    expect(s.target).toBe(2);
    expect(s.blocks[0].scale).toEqual({ min: 1, max: 5 });
    expect(s.blocks[2].scale).toEqual({ min: 0, max: 10 });
  });

  it.each<[string, PlsModelSpec, string, string]>([
    [
      'a construct with no items',
      { ...base, constructs: { ...base.constructs, Image: { items: [] } } },
      'construct Image has no items',
      'Image',
    ],
    [
      'a cycle',
      { ...base, paths: [...base.paths, ['Satisfaction', 'Image']] },
      'the paths form a cycle through Image, Quality, Satisfaction',
      'Image',
    ],
    [
      'an unknown construct',
      { ...base, paths: [['Image', 'Price']] },
      'path Image → Price names an unknown construct Price',
      'Price',
    ],
    [
      'a path to itself',
      { ...base, paths: [...base.paths, ['Image', 'Image']] },
      'goes from a construct to itself',
      'Image',
    ],
    [
      'a path given twice',
      { ...base, paths: [...base.paths, ['Image', 'Quality']] },
      'path Image → Quality is given twice',
      'Image',
    ],
    [
      'an item in two constructs',
      { ...base, constructs: { ...base.constructs, Satisfaction: { items: ['s1', 'i2'] } } },
      'item i2 is in both Image and Satisfaction',
      'i2',
    ],
    [
      'a construct on no path',
      { ...base, constructs: { ...base.constructs, Loyalty: { items: ['l1'] } } },
      'construct Loyalty is on no path',
      'Loyalty',
    ],
    ['an unknown target', { ...base, target: 'Loyalty' }, 'the target Loyalty is not a construct', 'Loyalty'],
    [
      'a bad mode',
      { ...base, constructs: { ...base.constructs, Image: { items: ['i1'], mode: 'C' as 'A' } } },
      'construct Image: mode is A (reflective) or B (formative), not C',
      'Image',
    ],
    [
      'a scale with min ≥ max',
      { ...base, scale: { min: 5, max: 1 } },
      'the model: the scale needs min < max',
      'the model',
    ],
  ])('refuses %s in one line naming it', (_, spec, message, subject) => {
    const e = refusal(spec);
    expect(e.message).toContain(message);
    expect(e.message).not.toContain('\n');
    expect(e.subject).toBe(subject);
  });
});
