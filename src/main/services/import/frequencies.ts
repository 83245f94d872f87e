import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { Frequencies } from '../../../shared/api/import';
import { pickText } from '../../../shared/domain/language';
import { suppressOneWay } from '../../../shared/analysis/suppression';
import { loadWaveColumns } from '../store/answers-load';
import { findWave, readStudyMeta } from '../store/study-repo';
import { readQuestionnaire } from '../store/questionnaire-repo';

/**
 * Counts per answer of one question in one wave: the check a consultant runs after an import.
 * Respondents without a stored answer count as "no answer". The options of a choice question are
 * groups of people (a branch, a department): a count under the study's anonymity threshold k is
 * hidden (count null), and for a single choice also the counts that would let it be recovered as
 * n − Σ shown (src/shared/analysis/suppression.ts).
 */
export function frequencies(db: Database, questionCode: string, waveYear?: number): Frequencies {
  const q = readQuestionnaire(db).questions.find((x) => x.code.toLowerCase() === questionCode.toLowerCase());
  if (!q)
    throw new AppError('NOT_FOUND', `the study has no question ${questionCode}`, { code: questionCode });
  const wave = findWave(db, waveYear);
  const col = loadWaveColumns(db, wave.id, [q.id], true).columns.get(q.id)!;
  const rows = Array.from(col.missing, (missing, i) => {
    const v = col.values[i]!;
    return { value: Number.isNaN(v) ? null : v, text: col.texts?.[i] ?? null, missing };
  });
  const counts = new Map<string, number>();
  const missing = { noAnswer: 0, dontKnow: 0, notApplicable: 0 };
  for (const r of rows) {
    const m = r.missing;
    if (m === 1) missing.noAnswer++;
    else if (m === 2) missing.dontKnow++;
    else if (m === 3) missing.notApplicable++;
    else {
      const parts =
        q.type === 'multi'
          ? (r.text ?? '').split(';')
          : [q.type === 'single' || q.type === 'text' ? (r.text ?? '') : String(r.value)];
      for (const p of parts) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
  }
  const labelOf = (v: string): string => {
    if (q.scale.kind === 'choice') {
      const o = q.scale.options.find((x) => x.code === v);
      return o ? pickText(o.texts, 'en') : v;
    }
    if (q.scale.kind === 'range') {
      const l = q.scale.labels.find((x) => String(x.value) === v);
      return l ? pickText(l.texts, 'en') : v;
    }
    return v;
  };
  const numeric = q.type === 'rating' || q.type === 'nps' || q.type === 'number';
  const sorted = [...counts.entries()].sort((x, y) =>
    numeric ? Number(x[0]) - Number(y[0]) : y[1] - x[1] || x[0].localeCompare(y[0]),
  );
  const k = readStudyMeta(db).anonymityK;
  const hidden =
    q.type === 'single'
      ? suppressOneWay(
          sorted.map(([, c]) => c),
          k,
        ).groups.map((r) => r !== null)
      : q.type === 'multi'
        ? sorted.map(([, c]) => c < k)
        : sorted.map(() => false);
  return {
    questionCode: q.code,
    waveYear: wave.year,
    n: rows.length - missing.noAnswer - missing.dontKnow - missing.notApplicable,
    counts: sorted.map(([value, count], i) => ({
      value,
      label: labelOf(value),
      count: hidden[i] ? null : count,
    })),
    missing,
  };
}
