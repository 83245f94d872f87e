import type { Database } from 'better-sqlite3';
import { up as initial } from './001-initial';
import { up as importProfiles } from './002-import-profiles';
import { up as questionnaireHistory } from './003-questionnaire-history';
import { up as weightingTargets } from './004-weighting-targets';

/**
 * The ordered migration list. Entry i takes a file from user_version i to i + 1. Never edit or reorder
 * a released step: add a new one.
 */
export const MIGRATIONS: readonly ((db: Database) => void)[] = [
  initial,
  importProfiles,
  questionnaireHistory,
  weightingTargets,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
