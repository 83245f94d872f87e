/**
 * SPSS multiple-response sets (MRSETS), read from a .sav file's dictionary: record type 7, subtype 7
 * (sets SPSS understood before version 14) and subtype 19 (dichotomy sets labelled by their counted
 * values). The layout follows the "System File Format" chapter of the GNU PSPP Developers Guide:
 *
 *   $name=C <n> <label> var var …          a category set: each variable holds a category code
 *   $name=D<n> <counted> <n> <label> var … a dichotomy set: a variable counts when it holds <counted>
 *   $name=E 1|11 <n> <counted> <n> <label> var …   the same, options named by the counted value's
 *                                                  labels; 11: the set's label is its first variable's
 *
 * each set ending in a line feed; <n> is the byte length of the text after it. sav-reader skips these
 * records, so the dictionary is walked here (sav-dictionary.ts). Damaged input never throws: what cannot be read is left
 * out with a warning.
 */

import type { ReadWarning } from '../../../shared/import/read-warnings';
import { readWarning } from '../../../shared/import/read-warnings';
import type { SavSet } from '../../../shared/import/tools/spss';
import type { Dictionary } from './sav-dictionary';
import { walkDictionary } from './sav-dictionary';

export type MrSetKind = 'dichotomy' | 'category';

/** One set as the file holds it: texts as bytes (latin1 code units), decoded by the caller. */
export type RawMrSet = {
  name: string;
  kind: MrSetKind;
  label: string;
  /** A dichotomy set's counted value, as written ("1", "Yes"). */
  counted: string | null;
  /** Subtype 19: the options are the value labels of the counted value, not the variable labels. */
  countedValueLabels: boolean;
  /** Subtype 19 with label source 11: the set's label is its first variable's label. */
  labelFromVariable: boolean;
  /** The member variables' names as written (PSPP writes the short names in lower case). */
  variables: string[];
};

export type MrSetsRead = { sets: RawMrSet[]; warnings: ReadWarning[] };

/**
 * The multiple-response sets of a .sav file's dictionary (none for a file without them); `dictionary`
 * when it was walked already.
 */
export function readMrSets(bytes: Uint8Array, dictionary?: Dictionary): MrSetsRead {
  const warnings: ReadWarning[] = [];
  const sets: RawMrSet[] = [];
  const dict = dictionary ?? walkDictionary(bytes, warnings);
  for (const rec of mrSetRecords(bytes, dict, warnings))
    sets.push(...parseMrSets(rec.text, rec.subtype, warnings));
  return { sets, warnings };
}

/** A variable as the sets need it: names as the file wrote them, texts already decoded. */
export type SetVariable = {
  shortName: string;
  name: string;
  label: string;
  valueLabels: { value: number; label: string }[];
  missing: number[];
  numeric: boolean;
};

/**
 * The sets with their members resolved to table columns (by short name, then by name, case-blind:
 * PSPP writes the short names in lower case), labels decoded by `text`. A set naming a variable the
 * file lacks, or a dichotomy set whose counted value does not fit its variables, is left out with a
 * warning.
 */
export function resolveMrSets(
  read: MrSetsRead,
  vars: readonly SetVariable[],
  text: (latin1: string) => string,
): { sets: SavSet[]; warnings: ReadWarning[] } {
  const warnings = [...read.warnings];
  const byShort = new Map<string, number>();
  const byName = new Map<string, number>();
  vars.forEach((v, i) => {
    const s = v.shortName.trim().toUpperCase();
    if (!byShort.has(s)) byShort.set(s, i);
    if (!byName.has(v.name.toUpperCase())) byName.set(v.name.toUpperCase(), i);
  });
  const find = (n: string): number => byShort.get(n.toUpperCase()) ?? byName.get(text(n).toUpperCase()) ?? -1;
  const sets: SavSet[] = [];
  for (const raw of read.sets) {
    const name = text(raw.name).replace(/^\$/, '');
    const columns = raw.variables.map(find);
    if (columns.some((c) => c < 0)) {
      const missing = raw.variables.filter((_, i) => columns[i]! < 0).map(text);
      warnings.push(readWarning('mrsetNoVariable', { name: `$${name}`, variables: missing.join(', ') }));
      continue;
    }
    const members = columns.map((c) => vars[c]!);
    let counted: string | null = null;
    if (raw.kind === 'dichotomy') {
      // Cells are text: a number as JavaScript writes it, a string decoded and trimmed.
      const t = text(raw.counted ?? '').trim();
      const n = Number(t);
      if (members.every((v) => !v.numeric)) counted = t || null;
      else if (members.every((v) => v.numeric)) counted = t !== '' && Number.isFinite(n) ? String(n) : null;
      if (counted === null) {
        warnings.push(readWarning('mrsetCounted', { name: `$${name}`, value: t }));
        continue;
      }
    }
    const countedLabel = (v: SetVariable) => v.valueLabels.find((l) => l.value === Number(counted))?.label;
    const label = text(raw.label) || (raw.labelFromVariable ? members[0]!.label : '') || name;
    const missing = [...new Set(members.flatMap((v) => v.missing))];
    const categories = new Map<string, string>();
    if (raw.kind === 'category')
      for (const v of members)
        for (const l of v.valueLabels)
          if (!missing.includes(l.value) && !categories.has(String(l.value)))
            categories.set(String(l.value), l.label);
    // Counted values' labels name the options unless two share one (PSPP warns of that when writing).
    const byValue = members.map((v) => countedLabel(v) || v.label || v.name);
    const useValues = raw.countedValueLabels && new Set(byValue).size === byValue.length;
    sets.push({
      name,
      label,
      kind: raw.kind,
      counted,
      members: columns.map((column, i) => ({
        column,
        option: useValues ? byValue[i]! : members[i]!.label || members[i]!.name,
      })),
      categories: [...categories].map(([code, l]) => ({ code, label: l })),
      missing: missing.map(String),
    });
  }
  return { sets, warnings };
}

/** The text of every record 7/7 and 7/19 of the dictionary. */
function mrSetRecords(
  bytes: Uint8Array,
  dict: Dictionary,
  warnings: ReadWarning[],
): { subtype: number; text: string }[] {
  const out: { subtype: number; text: string }[] = [];
  for (const r of dict.extensions) {
    if (r.subtype !== 7 && r.subtype !== 19) continue;
    if (r.size !== 1) warnings.push(readWarning('mrsetRecord', { subtype: r.subtype, size: r.size }));
    else
      out.push({
        subtype: r.subtype,
        text: Buffer.from(bytes.subarray(r.start, r.end)).toString('latin1'),
      });
  }
  return out;
}

/** The sets of one record's text; a set that cannot be read is left out with a warning. */
export function parseMrSets(text: string, subtype: number, warnings: ReadWarning[]): RawMrSet[] {
  const sets: RawMrSet[] = [];
  let pos = 0;
  while (pos < text.length) {
    while (text[pos] === '\n') pos++;
    if (pos >= text.length) break;
    const end = setEnd(text, pos);
    try {
      const set = parseSet(text, pos, end, subtype);
      if (set.variables.length < 2) warnings.push(readWarning('mrsetTooFew', { name: set.name }));
      else sets.push(set);
    } catch (e) {
      warnings.push(readWarning('mrsetUnreadable', { at: pos, detail: (e as Error).message }));
    }
    pos = end + 1;
  }
  return sets;
}

/**
 * Where the set starting at `from` ends: the line feed after its variables. The label may itself hold
 * a line feed, so the counted strings are stepped over first.
 */
function setEnd(text: string, from: number): number {
  try {
    const s = new Cursor(text, from, text.length);
    s.until('=');
    const t = s.char();
    if (t === 'E') {
      s.expect(' ');
      s.until(' ');
    }
    if (t === 'D' || t === 'E') s.counted();
    else s.expect(' ');
    s.counted();
    const nl = text.indexOf('\n', s.pos);
    return nl < 0 ? text.length : nl;
  } catch {
    const nl = text.indexOf('\n', from);
    return nl < 0 ? text.length : nl;
  }
}

function parseSet(text: string, from: number, end: number, subtype: number): RawMrSet {
  const s = new Cursor(text, from, end);
  const name = s.until('=');
  if (!name.startsWith('$') || name.length < 2) throw new Error(`its name "${name}" does not begin with "$"`);
  const t = s.char();
  let kind: MrSetKind;
  let counted: string | null = null;
  let labelFromVariable = false;
  if (t === 'C') {
    kind = 'category';
    s.expect(' ');
  } else if (t === 'D') {
    kind = 'dichotomy';
    counted = s.counted();
  } else if (t === 'E') {
    if (subtype !== 19) throw new Error('an "E" set outside record 19');
    kind = 'dichotomy';
    s.expect(' ');
    const source = s.until(' ');
    if (source !== '1' && source !== '11') throw new Error(`label source "${source}" is neither 1 nor 11`);
    labelFromVariable = source === '11';
    counted = s.counted();
  } else throw new Error(`its type "${t}" is not C, D or E`);
  const label = s.counted();
  const variables = text
    .slice(s.pos, end)
    .split(' ')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return { name, kind, label, counted, countedValueLabels: t === 'E', labelFromVariable, variables };
}

/** Steps through one set's text; throws (caught per set) on what the format does not allow. */
class Cursor {
  constructor(
    private readonly text: string,
    public pos: number,
    private readonly end: number,
  ) {}

  char(): string {
    if (this.pos >= this.end) throw new Error('it ends too early');
    return this.text[this.pos++]!;
  }

  expect(c: string): void {
    if (this.char() !== c) throw new Error(`"${c}" expected at offset ${this.pos - 1}`);
  }

  /** The text up to `stop` (consumed, not returned). */
  until(stop: string): string {
    const i = this.text.indexOf(stop, this.pos);
    if (i < 0 || i >= this.end) throw new Error(`"${stop}" expected after offset ${this.pos}`);
    const out = this.text.slice(this.pos, i);
    this.pos = i + 1;
    return out;
  }

  /** A counted string: decimal length, a space, that many bytes, then a space (or the set's end). */
  counted(): string {
    const digits = /^\d{1,9}/.exec(this.text.slice(this.pos, this.pos + 9));
    if (!digits) throw new Error(`a length expected at offset ${this.pos}`);
    this.pos += digits[0].length;
    this.expect(' ');
    const n = Number(digits[0]);
    if (this.pos + n > this.text.length) throw new Error(`a ${n}-byte text runs past the record's end`);
    const out = this.text.slice(this.pos, this.pos + n);
    this.pos += n;
    if (this.pos < this.text.length && this.text[this.pos] === ' ') this.pos++;
    return out;
  }
}
