import type { ToolAdapter } from './types';
import { hasAll, headerRow } from './header';

/**
 * Questback EFS (Unipark) result-data export, following the "Export" page of the Questback EFS
 * documentation (qbdocs.atlassian.net, DOC space, "Export" — its table of system variables): `lfdn`
 * (participant number), `external_lfdn`, `tester`, `dispcode` (disposition code), `lastpage`,
 * `quality`, `duration`, `datetime`, `lastaccs`. No real Questback file was available: the
 * recognition is tested on headers written from that table only.
 */
export const questback: ToolAdapter = {
  id: 'questback',
  name: 'Questback',
  source: 'Questback EFS documentation "Export", system variables table (no real file available)',
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
    ['coordinates', ['participant_latitude', 'participant_longitude']],
    ['email', ['u_email']],
    ['name', ['u_firstname', 'u_name']],
  ],
  labels: 'codes',
};
