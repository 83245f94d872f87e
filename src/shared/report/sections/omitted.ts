import type { Language } from '../../domain/language';
import type { ReportStringKey } from '../../i18n/report';
import { reportText } from '../../i18n/report';
import type { OmittedChapter, ReportChapter } from '../analyses';
import type { ReportSection } from '../types';

const TITLE: Record<ReportChapter, ReportStringKey> = {
  change: 'changeTitle',
  map: 'map',
  drivers: 'drivers',
  units: 'units',
};

function reasonKey(reason: string): ReportStringKey {
  switch (reason) {
    case 'anonymity':
      return 'leftOutAnonymity';
    case 'ANALYSIS_TOO_FEW_RESPONDENTS':
    case 'ANALYSIS_NO_DATA':
      return 'leftOutTooFewRespondents';
    case 'ANALYSIS_NO_VARIANCE':
      return 'leftOutNoVariance';
    case 'ANALYSIS_COLLINEAR':
      return 'leftOutCollinear';
    case 'ANALYSIS_TOO_MANY_DRIVERS':
      return 'leftOutTooManyDrivers';
    case 'ANALYSIS_NO_OUTCOME':
    case 'ANALYSIS_NO_DRIVERS':
      return 'leftOutNoQuestions';
    default:
      return 'leftOutOther';
  }
}

/** A short notice in a left-out chapter's place: its title and one line saying why. */
export function omittedSection(o: OmittedChapter, k: number, lang: Language): ReportSection {
  const reason = reportText(lang, reasonKey(o.reason), { k });
  return {
    id: `${o.chapter}-omitted`,
    title: reportText(lang, TITLE[o.chapter]),
    newPage: false,
    blocks: [{ kind: 'text', text: reportText(lang, 'leftOut', { reason }), style: 'note' }],
  };
}
