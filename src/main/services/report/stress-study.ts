/**
 * A study built to stress the client report's layout and wording (real SQLite file, seeded, through
 * the store's own functions): 32 touchpoints with 80-character names in 4 stages, stated importance,
 * SAT and NPS, 25 branches of which four have only 2–4 respondents, two waves, comments with emoji,
 * 220-character URLs and very long text. Texts in nb and en only (so a Danish report falls back).
 * Not a test itself; imported by the report tests.
 */
import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { mulberry32 } from '../../../shared/stats/rng';
import { addQuestion, addStage, addTouchpoint } from '../store/questionnaire-repo';
import type { AnswerInput, RespondentInput } from '../store/responses-repo';
import { insertRespondents } from '../store/responses-repo';
import { ensureWave } from '../store/study-repo';
import { createStudyFile } from '../study/study-service';

const range = (min: number, max: number) => ({ kind: 'range' as const, min, max });
const clamp = (x: number, a: number, b: number) => Math.max(a, Math.min(b, Math.round(x)));

export const STRESS_TOUCHPOINTS = 32;
export const STRESS_NAME_LENGTH = 80;

/** An 80-character touchpoint name, distinct from its first word on (so a cut name is noticed). */
export function stressName(i: number, lang: 'nb' | 'en'): string {
  const head =
    lang === 'nb'
      ? `Kontaktpunkt ${i + 1}: oppfølging av henvendelsen i kanalen du selv valgte`
      : `Touchpoint ${i + 1}: follow-up of your enquiry in the channel you chose yourself`;
  return `${head} ${'xyzwvutsrq'.repeat(8)}`.slice(0, STRESS_NAME_LENGTH);
}

/** A 220-character URL with no break opportunity a line breaker would find. */
export const STRESS_URL = `https://kundeservice.example.no/sak/${'a1b2c3d4e5'.repeat(19)}`.slice(0, 220);

export const STRESS_COMMENTS: readonly string[] = [
  `Se saken min her, den er fortsatt ikke løst: ${STRESS_URL}`,
  'Veldig fornøyd med rådgiveren 😀👍 — kom tilbake samme dag 🎉',
  `Lang tekst: ${'Jeg har ringt flere ganger uten å få svar, og ingen tok kontakt tilbake. '.repeat(8)}`,
  'Ventetiden på telefon var altfor lang, og svaret var feil 😡',
  'Appen krasjer hver gang jeg prøver å laste opp kvitteringen fra 2025 → 2026.',
  'Alt i orden, rask og hyggelig behandling av skademeldingen min i år.',
];

export const STRESS_BRANCHES = 25;
/** Invited to the first wave (2025); the second wave's invitations are not recorded. */
export const STRESS_INVITED = 1300;
/** Branches B22–B25 have 2, 3, 4 and 2 respondents per wave (under any k ≥ 5). */
const SMALL: Record<string, number> = { B22: 2, B23: 3, B24: 4, B25: 2 };

export function makeStressStudy(dir: string, perWave = 520): { path: string; db: Database } {
  const path = join(dir, 'stress.tpstudy');
  const db = createStudyFile(path, {
    client: 'Nordlys Forsikring',
    title: 'Kundereisen',
    languages: ['nb', 'en'],
  });
  const perf: number[] = [];
  const imp: number[] = [];
  const stages = 4;
  for (let s = 0; s < stages; s++) {
    const stage = addStage(db, { nb: `Fase ${s + 1}`, en: `Stage ${s + 1}` }, `S${s + 1}`);
    for (let j = 0; j < STRESS_TOUCHPOINTS / stages; j++) {
      const i = s * (STRESS_TOUCHPOINTS / stages) + j;
      const texts = { nb: stressName(i, 'nb'), en: stressName(i, 'en') };
      const tp = addTouchpoint(db, stage, texts, `TP${i + 1}`);
      perf.push(
        addQuestion(db, {
          code: `TP${i + 1}_PERF`,
          touchpointId: tp,
          type: 'rating',
          role: 'performance',
          scale: range(1, 5),
          texts,
        }),
      );
      imp.push(
        addQuestion(db, {
          code: `TP${i + 1}_IMP`,
          touchpointId: tp,
          type: 'rating',
          role: 'importance',
          scale: range(1, 5),
          texts: { nb: `Viktighet: ${texts.nb}`, en: `Importance: ${texts.en}` },
          weighsQuestionCode: `TP${i + 1}_PERF`,
        }),
      );
    }
  }
  const sat = addQuestion(db, {
    code: 'SAT',
    type: 'rating',
    role: 'outcome-satisfaction',
    scale: range(1, 10),
    texts: { nb: 'Total tilfredshet', en: 'Overall satisfaction' },
  });
  const nps = addQuestion(db, {
    code: 'NPS',
    type: 'nps',
    role: 'outcome-recommend',
    scale: range(0, 10),
    texts: { nb: 'Anbefale', en: 'Recommend' },
  });
  const comment = addQuestion(db, {
    code: 'COMMENT',
    type: 'text',
    role: 'comment',
    scale: { kind: 'none' },
    texts: { nb: 'Hva er grunnen til karakteren?', en: 'What is the reason for your score?' },
  });
  const branchCodes = Array.from({ length: STRESS_BRANCHES }, (_, i) => `B${i + 1}`);
  const branch = addQuestion(db, {
    code: 'BRANCH',
    type: 'single',
    role: 'segment',
    scale: {
      kind: 'choice',
      options: branchCodes.map((c, i) => ({
        code: c,
        texts: { nb: `Avdeling ${i + 1} Sør-Trøndelag`, en: `Branch ${i + 1} South` },
      })),
    },
    texts: { nb: 'Avdeling', en: 'Branch' },
  });
  const ctype = addQuestion(db, {
    code: 'CTYPE',
    type: 'single',
    role: 'segment',
    scale: {
      kind: 'choice',
      options: [
        { code: 'P', texts: { nb: 'Privat', en: 'Private' } },
        { code: 'B', texts: { nb: 'Bedrift', en: 'Business' } },
      ],
    },
    texts: { nb: 'Kundetype', en: 'Customer type' },
  });
  const big = branchCodes.filter((c) => !(c in SMALL));
  for (const [w, year] of [2025, 2026].entries()) {
    const rnd = mulberry32(7000 + year);
    const norm = () => Math.sqrt(-2 * Math.log(rnd() || 1e-12)) * Math.cos(2 * Math.PI * rnd());
    const waveId = ensureWave(db, year);
    // Invitations of the first wave only: the second's response rate is "not recorded".
    db.prepare('UPDATE wave SET fieldwork_start = ?, fieldwork_end = ?, invited = ? WHERE id = ?').run(
      `${year}-03-02`,
      `${year}-03-27`,
      w === 0 ? STRESS_INVITED : null,
      waveId,
    );
    const units: string[] = Object.entries(SMALL).flatMap(([c, n]) => Array<string>(n).fill(c));
    while (units.length < perWave) units.push(big[units.length % big.length]!);
    const rows: RespondentInput[] = units.map((unit, r) => {
      const mood = norm();
      const answers = new Map<number, AnswerInput>();
      let drive = 0;
      perf.forEach((id, j) => {
        const v = clamp(3.3 + 0.1 * w + 0.02 * (j % 9) + 0.6 * mood + norm(), 1, 5);
        drive += (j === 1 ? 0.4 : j === 6 ? 0.3 : j === 20 ? 0.2 : 0.01) * v;
        answers.set(id, { value: v, text: null, missing: 0 });
        answers.set(imp[j]!, {
          value: clamp(2 + (j % 7) * 0.45 + 0.7 * norm(), 1, 5),
          text: null,
          missing: 0,
        });
      });
      const npsValue = clamp(1.6 * drive - 0.5 + 1.6 * norm(), 0, 10);
      answers.set(sat, { value: clamp(1.6 * drive + norm(), 1, 10), text: null, missing: 0 });
      answers.set(nps, { value: npsValue, text: null, missing: 0 });
      const text = r % 3 === 0 ? STRESS_COMMENTS[(r / 3) % STRESS_COMMENTS.length]! : null;
      answers.set(comment, { value: null, text, missing: text ? 0 : 1 });
      answers.set(branch, { value: null, text: unit, missing: 0 });
      answers.set(ctype, { value: null, text: r % 4 === 0 ? 'B' : 'P', missing: 0 });
      return { externalId: `${year}-${r}`, weight: 1, answers };
    });
    db.transaction(() => insertRespondents(db, waveId, null, rows))();
  }
  return { path, db };
}
