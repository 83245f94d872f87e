import type { ColumnReason, NamedColumns, NameRule } from './types';

/**
 * Names every tool's export may use for its own columns, matched on the lowercased field id, text or
 * the tool's internal id. Tool-specific names live in the tool's adapter.
 */
export const ID_NAMES: readonly NameRule[] = [
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
];

export const WEIGHT_NAMES: readonly NameRule[] = [
  'weight',
  'weights',
  'wt',
  'vekt',
  'vekting',
  'vægt',
  'vægtning',
  'vikt',
  'gewicht',
];

/** Bookkeeping any tool may write: times, status, language, the collector. */
export const COMMON_BOOKKEEPING: NamedColumns = [
  ['startTime', ['startdate', 'start date', 'start time', 'anfangsdatum', 'starttid', 'starttidspunkt']],
  ['endTime', ['enddate', 'end date', 'completion time', 'enddatum', 'sluttid', 'sluttidspunkt']],
  [
    'submitted',
    [
      'recordeddate',
      'submitdate',
      'timestamp',
      'tidsmerke',
      'tidsstempel',
      'datestamp',
      'erfassungsdatum',
      'last modified time',
    ],
  ],
  ['status', ['status', 'finished', 'progress', 'lastpage', 'beendet', 'aktueller stand', 'responseset']],
  ['duration', ['duration (in seconds)', 'interviewtime', 'dauer (in sekunden)']],
  ['language', ['userlanguage', 'startlanguage', 'benutzersprache']],
  [
    'bookkeeping',
    [
      'externalreference',
      'externaldatareference',
      'distributionchannel',
      'q_recaptchascore',
      'collectorid',
      'custom data',
      'custom data 1',
      'seed',
      'refurl',
      'antworttyp',
      'externe datenreferenz',
      'verteilungskanal',
    ],
  ],
];

/**
 * Personal data by header wording in English, Norwegian, Danish and Swedish (and the German the
 * Qualtrics exports carry): the whole header, or the header's words for the short ones.
 */
export const PERSONAL_WORDS: NamedColumns = [
  [
    'ip',
    [
      'ipaddress',
      'ip address',
      'ip-adresse',
      'ip-adress',
      'ipaddr',
      'ip',
      'ip_address',
      /^(?:remote|client)[ _]?(?:addr|ip)$/,
    ],
  ],
  [
    'email',
    [
      'recipientemail',
      'emailaddress',
      'email address',
      'email',
      'e-mail',
      'epost',
      'e-post',
      'e-postadresse',
      'e-postadress',
      'e-mailadresse',
      'mailadresse',
      'e-mail des empfängers',
      /(?:^|[\s_])e-?mail(?:[\s_]?(?:address|adresse|adress))?(?:[\s_]\d+)?$/,
    ],
  ],
  [
    'name',
    [
      'recipientlastname',
      'recipientfirstname',
      'name',
      'navn',
      'namn',
      'full name',
      'first name',
      'last name',
      'firstname',
      'lastname',
      'first_name',
      'last_name',
      'fornavn',
      'etternavn',
      'efternavn',
      'förnamn',
      'efternamn',
      'fullt navn',
      'fulde navn',
      'nachname des empfängers',
      'vorname des empfängers',
      /(?:^|[\s_])(?:your|ditt|dit|ditt)[\s_](?:full[\s_])?(?:name|navn|namn)$/,
      /^(?:type|enter|skriv)[\s_](?:your|inn|ditt|dit)[\s_](?:name|navn|namn)$/,
      /^(?:respondent|participant|contact|kontakt)[\s_]?(?:name|navn|namn)$/,
    ],
  ],
  [
    'phone',
    [
      'phone',
      'telefon',
      'telephone',
      'phone number',
      'phonenumber',
      'mobile',
      'mobil',
      'mobilnummer',
      'telefonnummer',
      'tlf',
      'tlf.',
      /^(?:tele)?phone(?:[\s_]?(?:number|no|\d+))?$/,
      /^(?:mobil|telefon)(?:[\s_]?(?:nr|nummer|\d+))?$/,
    ],
  ],
  [
    'address',
    [
      'address',
      'adresse',
      'adress',
      'street address',
      'home address',
      'gateadresse',
      'postadresse',
      'bostedsadresse',
      'hjemmeadresse',
      'gatuadress',
      /^(?:street|home|postal|mailing)[\s_]?address(?:[\s_]\d+)?$/,
      /^address(?:[\s_]?(?:line)?[\s_]?\d+)?$/,
    ],
  ],
  [
    'birthDate',
    [
      'dob',
      'date of birth',
      'birth date',
      'birthdate',
      'birthday',
      'fødselsdato',
      'födelsedatum',
      'fødselsdag',
      'født',
      'personnummer',
      'fødselsnummer',
      'cpr',
      'cpr-nummer',
      /^(?:date[\s_]of[\s_]birth|birth[\s_]?date)$/,
    ],
  ],
  [
    'coordinates',
    [
      'locationlatitude',
      'locationlongitude',
      'locationaccuracy',
      'latitude',
      'longitude',
      'breddegrad',
      'lengdegrad',
      'længdegrad',
      'latitud',
      'longitud',
      'geopoint',
      'gps',
      'coordinates',
      'koordinater',
      '_geolocation',
      'breitengrad des standorts',
      'längengrad des standorts',
    ],
  ],
  ['token', ['token']],
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
// IPv6: eight hex groups, or fewer around one "::" (never a time such as 10:10:10).
const IPV6 = /^(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}$|^(?=.*::)[0-9a-f:]{3,39}$/i;
// Dates and times are answers, not phone numbers: 2018-05-06, 06.05.2018, 5/6/2018, 14:12.
const DATE_LIKE = /^\d{4}-\d{1,2}-\d{1,2}|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|^\d{1,2}:\d{2}/;
// A phone number: +country and 8 – 15 digits in groups, or 8 digits (a Nordic number) in groups.
const PHONE = /^(?:\+\d{1,3}[\s-]?)?(?:\(?\d{2,4}\)?[\s-]?){2,5}\d{2,4}$/;
// An ODK / Kobo geopoint "lat lon altitude accuracy", or "lat, lon".
const GEOPOINT = /^-?\d{1,2}\.\d{3,}[\s,]+-?\d{1,3}\.\d{3,}(?:\s+-?\d+(?:\.\d+)?){0,2}$/;

/**
 * Personal data from what a column holds: most of its non-empty values (and at least two) look like
 * e-mail addresses, IP addresses, phone numbers or coordinates.
 */
export function personalByContent(values: readonly string[]): ColumnReason | null {
  const sample: string[] = [];
  for (const v of values) {
    const t = v.trim();
    if (t !== '') sample.push(t);
    if (sample.length >= 200) break;
  }
  if (sample.length < 2) return null;
  const share = (re: RegExp) => sample.filter((v) => re.test(v)).length / sample.length;
  if (share(EMAIL) >= 0.6) return 'emailContent';
  if (share(IPV4) >= 0.8 || share(IPV6) >= 0.8) return 'ipContent';
  if (share(GEOPOINT) >= 0.8) return 'coordinatesContent';
  const phones = sample.filter(
    (v) => PHONE.test(v) && !DATE_LIKE.test(v) && v.replace(/\D/g, '').length >= 8,
  );
  // Plain numbers are answers (amounts, ids): a phone has a + or a space or dash between its groups.
  if (phones.length / sample.length >= 0.8 && phones.some((v) => /[+\s-]/.test(v))) return 'phoneContent';
  return null;
}

export const matchesRule = (name: string, rules: readonly NameRule[]): boolean =>
  rules.some((r) => (typeof r === 'string' ? r === name : r.test(name)));

export function namedReason(name: string, named: NamedColumns | undefined): ColumnReason | null {
  for (const [why, rules] of named ?? []) if (matchesRule(name, rules)) return why;
  return null;
}
