import type { ToolAdapter } from './types';
import { hasAll, headerRow } from './header';

/**
 * Questback EFS (Unipark) result-data export, following the "Export" page of the Questback EFS
 * documentation (qbdocs.atlassian.net/wiki/spaces/DOC/pages/2013298810/Export, its table of system
 * variables; the same table in an earlier version of the page, qbdocs page 1231913034): `lfdn`
 * (participant number), `external_lfdn`, `tester` ("1" a tester, "0" a participant), `dispcode`
 * (disposition code, only exported when the user may see it), `lastpage`, `quality`, `duration`
 * (seconds; -1 after a break), `datetime` (start), `lastaccs` (last access), `p_000n` (URL
 * parameters), `v_000n` (the project's questions), `ex_host` and `ip_addr` (the participant's host and
 * IP), browser, referer, device type and quota. Participant variables all begin `u_` (page
 * "Participant Variables", qbdocs page 3302260790). No real Questback file was available: the
 * recognition is tested on headers written from those tables only.
 */
export const questback: ToolAdapter = {
  id: 'questback',
  name: 'Questback',
  source:
    'Questback EFS documentation "Export" (qbdocs.atlassian.net, DOC page 2013298810), system variables table (no real file available)',
  recognise: (input) => {
    const r0 = headerRow(input, 0);
    return r0.includes('lfdn') && (hasAll(r0, 'dispcode') || hasAll(r0, 'lastpage', 'datetime'))
      ? { confidence: 0.85, headerRows: 1, multiSeparator: null }
      : null;
  },
  ids: ['lfdn'],
  bookkeeping: [
    ['startTime', ['datetime']],
    ['endTime', ['lastaccs']],
    ['status', ['dispcode', 'lastpage', 'tester', 'quality']],
    ['duration', ['duration']],
    [
      'bookkeeping',
      [
        /^p_\d+$/,
        'external_lfdn',
        'browser',
        'referer',
        'device_type',
        'quota',
        'quota_assignment',
        'page_history',
        'hflip',
        'vflip',
        'output_mode',
        'javascript',
        'flash',
        'session_id',
        'language',
        'cookie',
        'search_pattern',
        'devicetype',
        'participant_browser',
        'participant_browser_version',
        'participant_os',
        'participant_os_version',
        'participant_device',
        'participant_brand',
        'participant_model',
        'participant_isbot',
        'participant_continent',
        'participant_country',
        'participant_region',
        'participant_city',
        'participant_latitude',
        'participant_longitude',
      ],
    ],
  ],
  personal: [
    ['ip', ['ip_addr', 'ex_host']],
    ['coordinates', ['participant_latitude', 'participant_longitude']],
    ['email', ['u_email']],
    ['name', ['u_firstname', 'u_name']],
  ],
  // `tester` 1 marks a tester's response (the EFS system-variable table), not a participant's.
  testResponses: [{ column: ['tester'], values: ['1'] }],
  labels: 'codes',
};
