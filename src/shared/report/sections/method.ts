import type { DashboardResult } from '../../analysis/dashboard';
import { decompositionNote, driversCaption } from '../../charts/drivers';
import type { Language } from '../../domain/language';
import { formatNumber, formatPercent } from '../../format';
import { reportText } from '../../i18n/report';
import type { MethodUnitRule, ReportAnalyses } from '../analyses';
import { suppressionString } from '../../privacy/suppression-text';
import { shown } from '../analyses';
import type { LanguageFallback } from '../language-coverage';
import type { ReportSection } from '../types';
import { QUOTES_PER_GROUP } from './comments';

/** "pairwise deletion (n 291–451 per pair of questions)": the driver caption's last part. */
function missingText(caption: string): string {
  return caption.split(' · ').slice(2).join(' · ');
}

/**
 * The method note, or with the analyses the full method appendix: sample sizes per wave, anonymity
 * (k and complementary suppression), the index and NPS formulas, the tests with Benjamini–Hochberg,
 * the driver method with its R², n and missing-value handling, the map's importance source.
 */
export type MethodExtras = {
  languageFallback: LanguageFallback | null;
  fieldwork: {
    wave: string;
    start: string | null;
    end: string | null;
    /** Invitations and responses when recorded (responded null: the wave's respondents). */
    invited?: number | null;
    responded?: number | null;
    respondents?: number;
  }[];
  formatDate: (iso: string) => string;
};

/** The notice that texts fell back to another language (first on the method page, so it is seen). */
export function languageFallbackNotice(f: LanguageFallback, lang: Language): string {
  return reportText(lang, 'languageFallback', {
    count: formatNumber(f.count, lang, 0),
    total: formatNumber(f.total, lang, 0),
    fallback: reportText(lang, `langName_${f.fallback}`),
  });
}

function fieldworkText(x: MethodExtras, lang: Language): string | null {
  if (x.fieldwork.length === 0) return null;
  const list = x.fieldwork.map((f) =>
    f.start && f.end
      ? reportText(lang, 'methodFieldworkItem', {
          wave: f.wave,
          start: x.formatDate(f.start),
          end: x.formatDate(f.end),
        })
      : reportText(lang, 'methodFieldworkUnknown', { wave: f.wave }),
  );
  return reportText(lang, 'methodFieldwork', { list: list.join('; ') });
}

/** "Units with fewer than 10 respondents are shown together as Other; Unit X is left out of breakdowns." */
export function unitRuleTexts(rules: readonly MethodUnitRule[], lang: Language): string[] {
  return rules.flatMap((r) => [
    ...(r.mergeBelow !== null
      ? [
          suppressionString(lang, 'method.merged', {
            n: formatNumber(r.mergeBelow, lang, 0),
            label: r.mergedLabel,
            variable: r.variable,
          }),
        ]
      : []),
    ...(r.excluded.length
      ? [
          suppressionString(lang, `method.excluded_${r.excluded.length === 1 ? 'one' : 'other'}`, {
            units: r.excluded.join(', '),
            variable: r.variable,
          }),
        ]
      : []),
  ]);
}

/** "Response rate: Wave 2025: 38 % (412 answered of 1,084 invited); Wave 2026: not recorded …". */
function responseRateText(x: MethodExtras, lang: Language): string {
  const list = x.fieldwork.map((f) => {
    const responded = f.responded ?? f.respondents ?? null;
    if (f.invited === undefined || f.invited === null || f.invited <= 0 || responded === null)
      return reportText(lang, 'methodResponseRateUnknown', { wave: f.wave });
    return reportText(lang, 'methodResponseRateItem', {
      wave: f.wave,
      rate: formatPercent(Math.min(1, responded / f.invited), lang),
      responded: formatNumber(responded, lang, 0),
      invited: formatNumber(f.invited, lang, 0),
    });
  });
  return reportText(lang, 'methodResponseRate', { list: list.join('; ') });
}

export function methodSection(
  d: DashboardResult,
  lang: Language,
  waveName: string,
  a?: ReportAnalyses,
  waveLabel?: (w: { year: number; label: string }) => string,
  extras?: MethodExtras,
): ReportSection {
  const sample =
    a && a.waves.length > 0
      ? reportText(lang, 'methodWaves', {
          list: a.waves
            .map((w) =>
              reportText(lang, 'methodWaveItem', {
                wave: waveLabel ? waveLabel(w) : w.label,
                n: formatNumber(w.respondents, lang, 0),
              }),
            )
            .join('; '),
        })
      : reportText(lang, 'methodSample', { n: formatNumber(d.respondents, lang, 0), wave: waveName });
  const fieldwork = extras ? fieldworkText(extras, lang) : null;
  const texts = [
    ...(extras?.languageFallback ? [languageFallbackNotice(extras.languageFallback, lang)] : []),
    sample,
    ...(fieldwork && extras ? [fieldwork, responseRateText(extras, lang)] : []),
    reportText(lang, 'methodIndex'),
    ...(d.nps !== null ? [reportText(lang, 'methodNps')] : []),
    reportText(lang, 'methodMissing'),
    reportText(lang, 'methodAnonymity', { k: d.anonymityK }),
  ];
  if (a) {
    texts.push(reportText(lang, 'methodComplementary'), reportText(lang, 'methodTests'));
    const drivers = shown(a.driversSat) ?? shown(a.driversNps);
    if (drivers) {
      texts.push(
        reportText(lang, 'methodDrivers', {
          outcome: reportText(lang, shown(a.driversSat) ? 'driversSat' : 'driversNps'),
          r2: formatNumber(drivers.r2, lang, 2),
          n: formatNumber(drivers.n, lang, 0),
          computation: decompositionNote(drivers, lang),
        }),
        reportText(lang, 'methodDriversMissing', { missing: missingText(driversCaption(drivers, lang)) }),
      );
    }
    const map = shown(a.map);
    if (map) {
      texts.push(
        reportText(lang, 'methodMap', {
          source: reportText(
            lang,
            map.importanceSource === 'derived' ? 'methodMapDerived' : 'methodMapStated',
          ),
        }),
      );
    }
    texts.push(...unitRuleTexts(a.unitRules ?? [], lang));
    texts.push(reportText(lang, 'methodUnweighted'));
    if (a.comments) texts.push(reportText(lang, 'methodComments', { max: QUOTES_PER_GROUP }));
  }
  return {
    id: 'method',
    title: reportText(lang, a ? 'methodAppendix' : 'method'),
    newPage: a !== undefined,
    blocks: texts.map((text) => ({ kind: 'text', text, style: a ? 'body' : 'note' })),
  };
}
