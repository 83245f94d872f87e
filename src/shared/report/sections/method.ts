import type { DashboardResult } from '../../analysis/dashboard';
import type { Language } from '../../domain/language';
import { formatNumber } from '../../format';
import { reportText } from '../../i18n/report';
import type { ReportSection } from '../types';

/** The short method note; the full method appendix will extend this section. */
export function methodSection(d: DashboardResult, lang: Language, waveName: string): ReportSection {
  const texts = [
    reportText(lang, 'methodSample', { n: formatNumber(d.respondents, lang, 0), wave: waveName }),
    reportText(lang, 'methodIndex'),
    ...(d.nps !== null ? [reportText(lang, 'methodNps')] : []),
    reportText(lang, 'methodMissing'),
    reportText(lang, 'methodAnonymity', { k: d.anonymityK }),
  ];
  return {
    id: 'method',
    title: reportText(lang, 'method'),
    newPage: false,
    blocks: texts.map((text) => ({ kind: 'text', text, style: 'note' })),
  };
}
