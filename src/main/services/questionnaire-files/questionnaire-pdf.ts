import { createRequire } from 'node:module';
import { resolve, sep } from 'node:path';
import type * as PdfMake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language, Texts } from '../../../shared/domain/language';
import { pickText } from '../../../shared/domain/language';
import { REPORT_FONT, reportFontFiles } from '../report/fonts';
import { choicesOf, choiceText } from './choices';
import type { FileQuestion, FileQuestionnaire, FileStudy } from './model';

// The same CommonJS singleton the report uses (see report/pdf.ts).
const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof PdfMake;

const WORDS: Record<
  Language,
  Record<'questionnaire' | 'client' | 'general' | 'page' | 'tickOne' | 'tickAny', string>
> = {
  en: {
    questionnaire: 'Questionnaire',
    client: 'Client',
    general: 'General questions',
    page: 'Page',
    tickOne: 'Tick one box',
    tickAny: 'Tick all that apply',
  },
  nb: {
    questionnaire: 'Spørreskjema',
    client: 'Oppdragsgiver',
    general: 'Generelle spørsmål',
    page: 'Side',
    tickOne: 'Sett ett kryss',
    tickAny: 'Sett kryss ved alt som passer',
  },
  da: {
    questionnaire: 'Spørgeskema',
    client: 'Kunde',
    general: 'Generelle spørgsmål',
    page: 'Side',
    tickOne: 'Sæt ét kryds',
    tickAny: 'Sæt kryds ved alt, der passer',
  },
};

const INK = '#1f2a37';
const MUTED = '#6b7280';
const ACCENT = '#1d4e89';
/** An empty tick box, sized as a column of its own. */
const box = (size = 11): Content =>
  ({
    canvas: [{ type: 'rect', x: 0, y: 1, w: size, h: size, lineColor: INK, lineWidth: 0.8 }],
    width: size + 5,
  }) as Content;

function scalePoints(q: FileQuestion, lang: Language): Content {
  if (q.scale.kind !== 'range') return '';
  const scale = q.scale;
  const points = choicesOf(scale);
  const cells = points.map((c, i) => {
    const value = Number(c.name);
    const isMissing = i > scale.max - scale.min;
    const label = scale.labels.find((l) => l.value === value);
    return {
      stack: [
        { text: c.name, alignment: 'center' as const, fontSize: 9, color: isMissing ? MUTED : INK },
        {
          columns: [{ width: '*', text: '' }, box(12), { width: '*', text: '' }],
          margin: [0, 2, 0, 2] as [number, number, number, number],
        },
        {
          text: isMissing || label ? choiceText(c, lang) : '',
          alignment: 'center' as const,
          fontSize: 7,
          color: MUTED,
        },
      ],
      margin: [isMissing && value === Number(points[scale.max - scale.min + 1]?.name) ? 10 : 0, 0, 0, 0] as [
        number,
        number,
        number,
        number,
      ],
    };
  });
  return {
    table: { widths: cells.map(() => '*'), body: [cells] },
    layout: 'noBorders',
    margin: [18, 4, 0, 0],
  };
}

function answerArea(q: FileQuestion, lang: Language): Content {
  const w = WORDS[lang];
  if (q.type === 'text') {
    return {
      canvas: [{ type: 'rect', x: 0, y: 0, w: 480, h: 54, lineColor: '#9ca3af', lineWidth: 0.6 }],
      margin: [18, 4, 0, 0],
    };
  }
  if (q.type === 'number') return { columns: [box(60), { text: '' }], margin: [18, 4, 0, 0] };
  if (q.scale.kind === 'range') return scalePoints(q, lang);
  const options = choicesOf(q.scale);
  return {
    stack: [
      {
        text: q.type === 'multi' ? w.tickAny : w.tickOne,
        fontSize: 8,
        italics: true,
        color: MUTED,
        margin: [0, 0, 0, 2],
      },
      ...options.map((c) => ({
        columns: [box(), { text: choiceText(c, lang), fontSize: 10 }],
        margin: [0, 1, 0, 1] as [number, number, number, number],
      })),
    ],
    margin: [18, 4, 0, 0],
  };
}

/** The document definition: title page header, then stages → touchpoints → numbered questions. */
export function questionnaireDocument(
  fq: FileQuestionnaire,
  study: FileStudy,
  lang: Language,
): TDocumentDefinitions {
  const w = WORDS[lang];
  const text = (t: Texts) => t[lang] ?? pickText(t, lang);
  let n = 0;
  const question = (q: FileQuestion): Content => {
    n += 1;
    return {
      stack: [
        { columns: [{ text: `${n}.`, width: 18, bold: true }, { text: text(q.texts) }], fontSize: 10.5 },
        answerArea(q, lang),
      ],
      unbreakable: true,
      margin: [0, 6, 0, 8],
    };
  };
  const body: Content[] = [];
  for (const s of fq.stages) {
    const inStage = s.touchpoints.map((t) => ({
      t,
      qs: fq.questions.filter((q) => q.touchpointCode === t.code && q.stageCode === s.code),
    }));
    if (inStage.every((x) => x.qs.length === 0)) continue;
    body.push({ text: text(s.texts), style: 'stage' });
    for (const { t, qs } of inStage) {
      if (qs.length === 0) continue;
      body.push({ text: text(t.texts), style: 'touchpoint' }, ...qs.map(question));
    }
  }
  const general = fq.questions.filter((q) => q.touchpointCode === null);
  if (general.length > 0) body.push({ text: w.general, style: 'stage' }, ...general.map(question));
  return {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    info: { title: `${study.title} – ${w.questionnaire}`, author: study.client },
    defaultStyle: { font: REPORT_FONT, fontSize: 10, color: INK, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 22, bold: true, color: ACCENT },
      stage: { fontSize: 14, bold: true, color: ACCENT, margin: [0, 14, 0, 4] },
      touchpoint: { fontSize: 11.5, bold: true, margin: [0, 8, 0, 2] },
    },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `${study.title} – ${w.questionnaire}`, fontSize: 8, color: MUTED },
        { text: `${w.page} ${page} / ${pages}`, alignment: 'right', fontSize: 8, color: MUTED },
      ],
      margin: [56, 20, 56, 0],
    }),
    content: [
      { text: w.questionnaire.toUpperCase(), fontSize: 9, color: MUTED, characterSpacing: 1 },
      { text: study.title, style: 'title', margin: [0, 2, 0, 4] },
      { text: `${w.client}: ${study.client}`, color: MUTED, margin: [0, 0, 0, 6] },
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 483, y2: 0, lineColor: ACCENT, lineWidth: 1.5 }],
        margin: [0, 0, 0, 4],
      },
      ...body,
    ],
  };
}

/** The printable questionnaire in one language, with the report's fonts. */
export async function writeQuestionnairePdf(
  fq: FileQuestionnaire,
  study: FileStudy,
  lang: Language,
  resourcesDir: string,
): Promise<Buffer> {
  const fontsDir = resolve(resourcesDir, 'fonts') + sep;
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => resolve(path).startsWith(fontsDir));
  pdfmake.setFonts({ [REPORT_FONT]: reportFontFiles(resourcesDir) });
  return pdfmake.createPdf(questionnaireDocument(fq, study, lang)).getBuffer();
}
