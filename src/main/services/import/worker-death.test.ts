import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportJobState } from '../../../shared/api/import';
import { api, b64, fileHash, makeStudy, tempDir } from './test-helpers';

afterEach(() => {
  delete process.env['TOUCHPOINT_READ_MEMORY_MB'];
});

describe('an import worker that dies', () => {
  it('ends the job with a message naming the file, and leaves the study unchanged', async () => {
    const dir = tempDir();
    const study = join(dir, 'study.tpstudy');
    makeStudy(study);
    const before = fileHash(study);
    const a = api(dir);
    const { studyId } = await a.call('study/open', { path: study });
    // A worker heap far too small for the file: the worker is stopped by V8, not by us.
    process.env['TOUCHPOINT_READ_MEMORY_MB'] = '8';
    const lines = ['id,Q1,Q2,NPS,COMMENT'];
    for (let i = 0; i < 200_000; i++)
      lines.push(`r${i},${(i % 5) + 1},${(i % 4) + 1},${i % 11},comment ${i}`);
    const { jobId } = await a.call('import/start', {
      studyId,
      file: { name: 'huge.csv', base64: b64(lines.join('\n')) },
      waveYear: 2026,
    });
    let end: ImportJobState | null = null;
    for (let i = 0; i < 1200 && !end; i++) {
      const s = await a.call('import/progress', { jobId });
      if (s.state !== 'running') end = s;
      else await new Promise((r) => setTimeout(r, 25));
    }
    a.close();
    expect(end?.state).toBe('failed');
    expect(end?.error?.code).toBe('IMPORT_TOO_LARGE');
    expect(end?.error?.message).toMatch(
      /^huge\.csv: the import ran out of memory and stopped; the study is unchanged/,
    );
    expect(fileHash(study)).toBe(before);
  }, 60_000);
});
