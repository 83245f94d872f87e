import { readFileSync } from 'node:fs';
import { findResourcesDir } from '../services/paths';
import { join, dirname } from 'node:path';

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(dirname(findResourcesDir()), 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const version = readVersion();
