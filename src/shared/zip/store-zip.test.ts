import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, storeZip } from './store-zip';

describe('storeZip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
  it('writes a zip that unzip tests and zipfile reads byte for byte, UTF-8 names included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-zip-'));
    const a = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const b = new TextEncoder().encode('Ålesund – rapport');
    const path = join(dir, 'r.zip');
    writeFileSync(
      path,
      storeZip([
        { name: 'BRANCH-B1.pdf', data: a },
        { name: 'Ålesund.txt', data: b },
      ]),
    );
    execFileSync('unzip', ['-t', '-q', path]);
    // Python's zipfile honours the UTF-8 flag; it reads each entry back with its CRC checked.
    const read = execFileSync('python3', [
      '-c',
      'import sys,zipfile,hashlib,json; z=zipfile.ZipFile(sys.argv[1]); ' +
        'print(json.dumps({n: hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist()}))',
      path,
    ]).toString();
    const sha = (x: Uint8Array) => createHash('sha256').update(x).digest('hex');
    expect(JSON.parse(read)).toEqual({ 'BRANCH-B1.pdf': sha(a), 'Ålesund.txt': sha(b) });
  });
});
