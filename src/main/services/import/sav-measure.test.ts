import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReadWarning } from '../../../shared/import/read-warnings';
import { readWarningText } from '../../../shared/import/read-warnings';
import { describe, expect, it } from 'vitest';
import { readSav } from './sav';
import { walkDictionary } from './sav-dictionary';
import { readMeasures } from './sav-measure';

const DIR = resolve(__dirname, '../../../../tests/fixtures/import/spss');
// measure.sav is written by GNU PSPP from measure.sps (VARIABLE LEVEL for each variable).
const FIXTURE = new Uint8Array(readFileSync(join(DIR, 'measure.sav')));

/** The byte offset of record 7/11's data, found by walking the dictionary. */
function displayRecord(bytes: Uint8Array) {
  const r = walkDictionary(bytes, []).extensions.find((e) => e.subtype === 11);
  if (!r) throw new Error('no record 7/11');
  return r;
}

const read = (bytes: Uint8Array) => {
  const warnings: ReadWarning[] = [];
  const m = readMeasures(bytes, walkDictionary(bytes, warnings), warnings);
  return { measures: Object.fromEntries(m), warnings: warnings.map((w) => readWarningText(w)) };
};

describe('SPSS measurement levels (record 7, subtype 11)', () => {
  it('reads the level PSPP wrote for each variable, the long string counted once', () => {
    const dict = walkDictionary(FIXTURE, []);
    // kommentar (A40) has four continuation records, which are no variables of their own.
    expect(dict.variables).toEqual(['ID', 'REGION', 'TILFREDS', 'ALDER', 'KOMMENTA']);
    expect(displayRecord(FIXTURE)).toMatchObject({ size: 4, count: 15 });
    expect(read(FIXTURE)).toEqual({
      measures: {
        ID: 'scale',
        REGION: 'nominal',
        TILFREDS: 'ordinal',
        ALDER: 'scale',
        KOMMENTA: 'nominal',
      },
      warnings: [],
    });
  });

  it('reads an old record of two values per variable (no widths)', () => {
    // Rewrite the record in place as measure + alignment pairs: count 10, the rest padding after it.
    const b = Buffer.from(FIXTURE);
    const r = displayRecord(FIXTURE);
    const triples = [...Array(5).keys()].map((i) =>
      [0, 1, 2].map((k) => b.readInt32LE(r.start + (i * 3 + k) * 4)),
    );
    b.writeInt32LE(10, r.start - 4);
    // The record is 20 bytes shorter now: the freed bytes become a record 7/99 of 8 bytes to skip.
    triples.forEach(([m, , a], i) => {
      b.writeInt32LE(m!, r.start + i * 8);
      b.writeInt32LE(a!, r.start + i * 8 + 4);
    });
    const pad = r.start + 40;
    b.writeInt32LE(7, pad);
    b.writeInt32LE(99, pad + 4);
    b.writeInt32LE(1, pad + 8);
    b.writeInt32LE(8, pad + 12);
    expect(read(new Uint8Array(b)).measures).toEqual(read(FIXTURE).measures);
  });

  it('leaves out a record of the wrong size or an unknown level, with a warning', () => {
    const r = displayRecord(FIXTURE);
    const wrongCount = Buffer.from(FIXTURE);
    // The same 60 bytes, as 10 values of 6 bytes: no layout the format knows.
    wrongCount.writeInt32LE(6, r.start - 8);
    wrongCount.writeInt32LE(10, r.start - 4);
    expect(read(new Uint8Array(wrongCount))).toEqual({
      measures: {},
      warnings: [
        'Measurement levels left out: their record holds 10 values of 6 bytes, not 2 or 3 for each of the 5 variables',
      ],
    });
    const badLevel = Buffer.from(FIXTURE);
    badLevel.writeInt32LE(4, r.start + 3 * 4); // REGION's measure
    const x = read(new Uint8Array(badLevel));
    expect(x.measures.REGION).toBeUndefined();
    expect(x.measures.TILFREDS).toBe('ordinal');
    expect(x.warnings).toEqual(['Measurement level left out for REGION (4): not nominal, ordinal or scale']);
  });

  it('never throws on damaged bytes', () => {
    const r = displayRecord(FIXTURE);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -16, max: 80 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 0, max: FIXTURE.length }),
        (edits, cut) => {
          const b = new Uint8Array(FIXTURE);
          for (const [o, v] of edits) b[r.start + o] = v;
          for (const bytes of [b, b.subarray(0, cut)]) {
            const x = read(bytes);
            for (const m of Object.values(x.measures))
              expect(['nominal', 'ordinal', 'scale', 'unknown']).toContain(m);
          }
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });

  it('the reader gives each column its level, and a file without the record none', async () => {
    const f = await readSav('measure.sav', FIXTURE);
    expect(f.sav!.map((c) => c.measure)).toEqual(['scale', 'nominal', 'ordinal', 'scale', 'nominal']);
    expect(f.savWarnings).toEqual([]);
    const old = new Uint8Array(readFileSync(join(DIR, 'windows1252.sav')));
    const w = walkDictionary(old, []).extensions.some((e) => e.subtype === 11);
    const g = await readSav('windows1252.sav', old);
    if (!w) expect(g.sav!.every((c) => c.measure === undefined)).toBe(true);
    else expect(g.sav!.every((c) => c.measure !== undefined)).toBe(true);
  });
});
