import type { CliCommand } from '../command';
import { studyCommands } from './study';

/** Every CLI command. Features add their list here. */
export const COMMANDS: CliCommand[] = [...studyCommands];
