import type { CliCommand } from '../command';
import { analysisCommands } from './analysis';
import { brandingCommands } from './branding';
import { commentsCommands } from './comments';
import { exportCommands } from './export';
import { importCommands } from './import';
import { plsModelCommands } from './pls-model';
import { questionnaireCommands } from './questionnaire';
import { studyCommands } from './study';

/** Every CLI command. Features add their list here. */
export const COMMANDS: CliCommand[] = [
  ...studyCommands,
  ...questionnaireCommands,
  ...importCommands,
  ...analysisCommands,
  ...exportCommands,
  ...brandingCommands,
  ...commentsCommands,
  ...plsModelCommands,
];
