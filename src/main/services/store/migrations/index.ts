import type { Database } from 'better-sqlite3';
import { up as initial } from './001-initial';
import { up as importProfiles } from './002-import-profiles';
import { up as questionnaireHistory } from './003-questionnaire-history';
import { up as weightingTargets } from './004-weighting-targets';
import { up as answerColumns } from './005-answer-columns';
import { up as reportLayout } from './006-report-layout';
import { up as commentCoding } from './007-comment-coding';
import { up as plsModel } from './008-pls-model';
import { up as unitRules } from './009-unit-rules';
import { up as waveResponse } from './010-wave-response';
import { up as fileBytesLast } from './011-file-bytes-last';

/**
 * The ordered migration list. Entry i takes a file from user_version i to i + 1. Never edit or reorder
 * a released step: add a new one. A step may log what it does (the runner passes its log).
 */
export const MIGRATIONS: readonly ((db: Database, log: (m: string) => void) => void)[] = [
  initial,
  importProfiles,
  questionnaireHistory,
  weightingTargets,
  answerColumns,
  reportLayout,
  commentCoding,
  plsModel,
  unitRules,
  waveResponse,
  fileBytesLast,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
