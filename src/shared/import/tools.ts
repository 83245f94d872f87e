import type { ColumnKind, SurveyTool } from './table';

const lc = (s: string | undefined) => (s ?? '').trim().toLowerCase();

/** Columns the tools add around the answers, by tool; matched case-insensitively on name or text. */
const ID_NAMES = new Set([
  'responseid',
  'response id',
  '_recordid',
  'respondentid',
  'respondent id',
  'respondent',
  'id',
  'respondent_id',
  '_id',
  'record_id',
  'participant_id',
  'response_id',
  'antwort-id',
  'svar-id',
  'respondentnummer',
  'løbenummer',
  'lopenummer',
]);
const PERSONAL_NAMES = new Set([
  'ipaddress',
  'ip address',
  'ip-adresse',
  'ipaddr',
  'ip',
  'recipientlastname',
  'recipientfirstname',
  'recipientemail',
  'emailaddress',
  'email address',
  'email',
  'e-mail',
  'e-postadresse',
  'e-mailadresse',
  'name',
  'navn',
  'first name',
  'last name',
  'firstname',
  'lastname',
  'locationlatitude',
  'locationlongitude',
  'locationaccuracy',
  'nachname des empfängers',
  'vorname des empfängers',
  'e-mail des empfängers',
  'ip-adresse',
  'breitengrad des standorts',
  'längengrad des standorts',
  'token',
  'phone',
  'telefon',
]);
const META_NAMES = new Set([
  'responseset',
  'startdate',
  'enddate',
  'status',
  'progress',
  'duration (in seconds)',
  'finished',
  'recordeddate',
  'externalreference',
  'externaldatareference',
  'distributionchannel',
  'userlanguage',
  'q_recaptchascore',
  'collectorid',
  'start date',
  'end date',
  'custom data',
  'custom data 1',
  'timestamp',
  'tidsmerke',
  'tidsstempel',
  'start time',
  'completion time',
  'last modified time',
  'submitdate',
  'lastpage',
  'startlanguage',
  'seed',
  'datestamp',
  'refurl',
  'interviewtime',
  'anfangsdatum',
  'enddatum',
  'antworttyp',
  'aktueller stand',
  'dauer (in sekunden)',
  'beendet',
  'erfassungsdatum',
  'externe datenreferenz',
  'verteilungskanal',
  'benutzersprache',
]);

/**
 * Kind of a column from the names it goes by (field id, text, the tool's internal id): the tools'
 * bookkeeping and personal data are named alike everywhere. An id name wins over the others, so
 * Qualtrics' `V1` / `ResponseID` pair is the respondent id.
 */
export function columnKind(...names: (string | null | undefined)[]): ColumnKind {
  // LimeSurvey's "code. text" headers ("id. Response ID") go by both parts.
  const ns = names
    .map((n) => lc(n ?? ''))
    .filter((n) => n !== '')
    .flatMap((n) => {
      const m = /^([a-z][\w]*)\.\s+(.+)$/.exec(n);
      return m ? [n, m[1]!, m[2]!] : [n];
    });
  if (ns.some((n) => ID_NAMES.has(n))) return 'id';
  if (ns.some((n) => WEIGHT_NAMES.has(n))) return 'weight';
  if (ns.some((n) => PERSONAL_NAMES.has(n))) return 'personal';
  if (ns.some((n) => META_NAMES.has(n))) return 'meta';
  return 'answer';
}

/** Respondent weight columns, as analysts and the tools name them. */
const WEIGHT_NAMES = new Set([
  'weight',
  'weights',
  'wt',
  'vekt',
  'vekting',
  'vægt',
  'vægtning',
  'vikt',
  'gewicht',
]);

export type ToolGuess = { tool: SurveyTool; headerRows: number; multiSeparator: string | null };

/**
 * Recognises a survey tool's export from its first rows, by the signatures each tool writes (all
 * checked on the real exports in tests/fixtures/import): returns the tool and how many header rows
 * it writes. Null when nothing matches; the generic header detection then decides.
 */
export function detectTool(rows: string[][], sheetNames: readonly string[] = []): ToolGuess | null {
  const r0 = (rows[0] ?? []).map(lc);
  const r1 = (rows[1] ?? []).map(lc);
  const r2 = rows[2] ?? [];
  const has = (r: string[], ...names: string[]) => names.every((n) => r.includes(n));
  const names = sheetNames.map(lc);
  if (has(names, 'dataset') && (names.includes('variables') || names.includes('labels'))) {
    return { tool: 'surveyxact', headerRows: 1, multiSeparator: null };
  }
  if (r0[0] === 'id' && r1[0] === 'respondent id')
    return { tool: 'template', headerRows: 2, multiSeparator: ';' };
  if (r2.some((c) => /^\{["']ImportId["']/.test(c)))
    return { tool: 'qualtrics', headerRows: 3, multiSeparator: ',' };
  if (r0[0] === 'v1' && r0[1] === 'v2' && (r1[0] === 'responseid' || r1.includes('responseid'))) {
    return { tool: 'qualtrics-legacy', headerRows: 2, multiSeparator: ',' };
  }
  if (r0[0] === 'responseid' && r1[0] === 'responseid' && r0.includes('responseset')) {
    return { tool: 'qualtrics-legacy', headerRows: 2, multiSeparator: ',' };
  }
  if (
    (r0[0] === 'respondentid' || r0[0] === 'respondent id') &&
    r1.some((c) => c === 'response' || c === 'open-ended response')
  ) {
    return { tool: 'surveymonkey', headerRows: 2, multiSeparator: null };
  }
  if (r0[0] === 'timestamp' || r0[0] === 'tidsmerke' || r0[0] === 'tidsstempel') {
    return { tool: 'google-forms', headerRows: 1, multiSeparator: ', ' };
  }
  if (r0[0] === 'id' && has(r0, 'start time', 'completion time')) {
    return { tool: 'microsoft-forms', headerRows: 1, multiSeparator: ';' };
  }
  if (r0[0] === 'id' && (has(r0, 'submitdate', 'lastpage') || has(r0, 'lastpage', 'startlanguage'))) {
    return { tool: 'limesurvey', headerRows: 1, multiSeparator: null };
  }
  return null;
}
