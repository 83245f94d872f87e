import type { CliCommand } from '../command';
import { analysisCommands } from './analysis';
import { importCommands } from './import';
import { studyCommands } from './study';

/** Every CLI command. Features add their list here. */
export const COMMANDS: CliCommand[] = [...studyCommands, ...importCommands, ...analysisCommands];
