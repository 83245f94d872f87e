/**
 * Regenerates the bundled sample study (resources/sample): `npm run sample`.
 * The output is deterministic; commit the files it writes together with any change to the generator.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSample } from '../src/main/services/sample/generator/generate';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'sample');
mkdirSync(dir, { recursive: true });
for (const f of generateSample()) {
  writeFileSync(join(dir, f.name), f.content);
  console.log(`${join('resources', 'sample', f.name)}  ${Buffer.byteLength(f.content)} bytes`);
}
