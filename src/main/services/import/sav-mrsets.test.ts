import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReadWarning } from '../../../shared/import/read-warnings';
import { readWarningText } from '../../../shared/import/read-warnings';
import { describe, expect, it } from 'vitest';
import type { RawMrSet, SetVariable } from './sav-mrsets';
import { parseMrSets, readMrSets, resolveMrSets } from './sav-mrsets';
import { readSav } from './sav';

const DIR = resolve(__dirname, '../../../../tests/fixtures/import/spss');
// mrsets.sav is written by GNU PSPP from mrsets.sps: $kanal and $grunn in record 7/7, $paaminn in 7/19.
const FIXTURE = new Uint8Array(readFileSync(join(DIR, 'mrsets.sav')));
const at = (s: string) => Buffer.from(FIXTURE).indexOf(Buffer.from(s, 'latin1'));

describe('SPSS multiple-response sets (record 7, subtypes 7 and 19)', () => {
  it('reads the three sets PSPP wrote, as written', () => {
    const r = readMrSets(FIXTURE);
    expect(r.warnings).toEqual([]);
    expect(r.sets).toEqual([
      {
        name: '$kanal',
        kind: 'dichotomy',
        label: 'Hvilke kanaler har du brukt?',
        counted: '1',
        countedValueLabels: false,
        labelFromVariable: false,
        variables: ['k_web', 'k_tlf', 'k_butik'],
      },
      {
        name: '$grunn',
        kind: 'category',
        label: 'Hvorfor velger du oss?',
        counted: null,
        countedValueLabels: false,
        labelFromVariable: false,
        variables: ['grunn1', 'grunn2'],
      },
      {
        name: '$paaminn',
        kind: 'dichotomy',
        // UTF-8 bytes as latin1 code units: decoded by the reader in the file's encoding.
        label: Buffer.from('Hvordan vil du få påminnelser?', 'utf8').toString('latin1'),
        counted: '1',
        countedValueLabels: true,
        labelFromVariable: false,
        variables: ['r_epost', 'r_sms'],
      },
    ]);
  });

  it('resolves the members to columns, with decoded labels and each option named', async () => {
    const f = await readSav('mrsets.sav', FIXTURE);
    expect(f.savWarnings).toEqual([]);
    expect(f.savSets).toEqual([
      {
        name: 'kanal',
        label: 'Hvilke kanaler har du brukt?',
        kind: 'dichotomy',
        counted: '1',
        members: [
          { column: 1, option: 'Nettsiden' },
          { column: 2, option: 'Telefon til kundeservice' },
          { column: 3, option: 'Butikken på Torget' },
        ],
        categories: [],
        missing: [],
      },
      {
        name: 'grunn',
        label: 'Hvorfor velger du oss?',
        kind: 'category',
        counted: null,
        members: [
          { column: 5, option: 'Viktigste grunn' },
          { column: 6, option: 'Nest viktigste grunn' },
        ],
        categories: [
          { code: '1', label: 'Pris' },
          { code: '2', label: 'Åpningstider' },
          { code: '3', label: 'Vennlig betjening' },
          { code: '4', label: 'Nærhet' },
        ],
        missing: [],
      },
      {
        name: 'paaminn',
        label: 'Hvordan vil du få påminnelser?',
        kind: 'dichotomy',
        counted: '1',
        // CATEGORYLABELS=COUNTEDVALUES: the counted value's label, not the variable's.
        members: [
          { column: 7, option: 'Ja, på e-post' },
          { column: 8, option: 'Ja, på SMS' },
        ],
        categories: [],
        missing: [],
      },
    ]);
  });

  it("reads the manual's forms: a text counted value, label source 11, an empty label", () => {
    const w: ReadWarning[] = [];
    const sets = parseMrSets(
      '\n$c=D3 Yes 10 mdgroup #2 h i j\n$e=E 11 6 choice 0  n o p\n$b=C 10 my mcgroup g e f d',
      19,
      w,
    );
    expect(w).toEqual([]);
    expect(sets.map((s) => [s.name, s.kind, s.counted, s.label, s.labelFromVariable, s.variables])).toEqual([
      ['$c', 'dichotomy', 'Yes', 'mdgroup #2', false, ['h', 'i', 'j']],
      ['$e', 'dichotomy', 'choice', '', true, ['n', 'o', 'p']],
      ['$b', 'category', null, 'my mcgroup', false, ['g', 'e', 'f', 'd']],
    ]);
  });

  it('leaves out a set it cannot read, with a warning, and reads the others', () => {
    const w: ReadWarning[] = [];
    const sets = parseMrSets(
      [
        'b=C 1 x v1 v2', // no "$"
        '$q=X 1 x v1 v2', // no such type
        '$r=C 99 too long v1 v2', // the label runs past the end
        '$s=C 1 x v1', // one variable
        '$t=E 1 1 1 1 x v1 v2', // an "E" set outside record 19
        '$ok=D1 1 2 ok v1 v2',
      ].join('\n'),
      7,
      w,
    );
    expect(sets.map((s) => s.name)).toEqual(['$ok']);
    expect(w).toHaveLength(5);
    expect(readWarningText(w[0]!)).toContain('does not begin with "$"');
    expect(readWarningText(w[3]!)).toBe('Multiple-response set $s left out: fewer than two variables');
  });

  it('a set naming a variable the file lacks is left out with a warning naming it', async () => {
    const bytes = Buffer.from(FIXTURE);
    const i = bytes.indexOf(Buffer.from('k_butik\n', 'latin1'));
    bytes.write('k_buti_', i, 'latin1');
    const f = await readSav('mrsets.sav', new Uint8Array(bytes));
    expect(f.savSets!.map((s) => s.name)).toEqual(['grunn', 'paaminn']);
    expect(f.savWarnings!.map((x) => readWarningText(x))).toEqual([
      'Multiple-response set $kanal left out: the file has no variable k_buti_',
    ]);
  });

  it('a record whose length runs past the end of the file stops the walk with a warning', () => {
    const bytes = Buffer.from(FIXTURE);
    bytes.writeInt32LE(0x7fffffff, at('$kanal=') - 4);
    const r = readMrSets(new Uint8Array(bytes));
    expect(r.sets).toEqual([]);
    expect(r.warnings.map((x) => readWarningText(x))).toEqual([
      expect.stringMatching(
        /^The SPSS dictionary is damaged after byte \d+, so its multiple-response sets and measurement levels are not read \(extension record 7 runs past the end\)$/,
      ),
    ]);
    expect(readMrSets(FIXTURE.subarray(0, at('$kanal=') + 20)).warnings).toHaveLength(1);
    expect(readMrSets(FIXTURE.subarray(0, 100))).toEqual({ sets: [], warnings: [] });
  });

  it('never throws on damaged bytes, and every set it returns has two variables or more', () => {
    const start = at('$kanal=') - 16;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 0, max: FIXTURE.length }),
        (edits, cut) => {
          const b = new Uint8Array(FIXTURE);
          for (const [o, v] of edits) if (start + o < b.length) b[start + o] = v;
          for (const bytes of [b, b.subarray(0, cut)]) {
            const r = readMrSets(bytes);
            for (const s of r.sets) expect(s.variables.length).toBeGreaterThanOrEqual(2);
          }
        },
      ),
      { numRuns: 500, seed: 7 },
    );
  });

  it('matches a counted value to the cells: a number as the table writes it, a string as it is', () => {
    const v = (name: string, numeric: boolean, label = ''): SetVariable => ({
      shortName: name.toUpperCase(),
      name,
      label,
      valueLabels: [],
      missing: [],
      numeric,
    });
    const set = (name: string, counted: string, variables: string[], extra: Partial<RawMrSet> = {}) =>
      ({
        name,
        kind: 'dichotomy',
        label: '',
        counted,
        countedValueLabels: false,
        labelFromVariable: false,
        variables,
        ...extra,
      }) satisfies RawMrSet;
    const ja = [{ value: 1, label: 'Ja' }];
    const vars = [
      v('a', true, 'Første'),
      v('b', true),
      v('s', false),
      v('t', false),
      { ...v('c', true, 'Epost'), valueLabels: ja },
      { ...v('d', true, 'SMS'), valueLabels: ja },
    ];
    const r = resolveMrSets(
      {
        sets: [
          set('$n', '1.0', ['a', 'b'], { labelFromVariable: true }),
          set('$s', 'Ja ', ['s', 't']),
          set('$mixed', '1', ['a', 's']),
          set('$text', 'Yes', ['a', 'b']),
          // Both counted values labelled "Ja": the variables' labels tell the options apart.
          set('$same', '1', ['c', 'd'], { countedValueLabels: true }),
        ],
        warnings: [],
      },
      vars,
      (t) => t,
    );
    expect(r.sets.map((s) => [s.name, s.counted, s.label, s.members.map((m) => m.option)])).toEqual([
      ['n', '1', 'Første', ['Første', 'b']],
      ['s', 'Ja', 's', ['s', 't']],
      ['same', '1', 'same', ['Epost', 'SMS']],
    ]);
    expect(r.warnings.map((x) => readWarningText(x))).toEqual([
      'Multiple-response set $mixed left out: its counted value "1" does not fit its variables',
      'Multiple-response set $text left out: its counted value "Yes" does not fit its variables',
    ]);
  });
});
