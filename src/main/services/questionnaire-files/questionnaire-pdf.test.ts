import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileBytes } from '../../../shared/api/study';
import { ok, testDispatch } from './test-context';

const t = testDispatch();
afterAll(() => t.sessions.closeAll());

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const poppler = hasTool('pdftotext') && hasTool('pdfinfo');

describe('the printable questionnaire', () => {
  it.runIf(poppler)(
    'holds title, client, stages, touchpoints and every question text in the chosen language',
    async () => {
      const s = await t.sample();
      const lang = 'nb';
      const file = ok<FileBytes>(
        await t.dispatch('questionnaire/export', { studyId: s.studyId, format: 'pdf', lang }),
      );
      expect(file.name).toMatch(/questionnaire \(nb\)\.pdf$/);
      const dir = mkdtempSync(join(tmpdir(), 'tp-qpdf-'));
      const path = join(dir, 'q.pdf');
      writeFileSync(path, Buffer.from(file.base64, 'base64'));
      if (process.env.TP_KEEP_PDF) writeFileSync(process.env.TP_KEEP_PDF, Buffer.from(file.base64, 'base64'));
      const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(12);
      expect(text).toContain('Spørreskjema');
      expect(text).toContain(s.o.meta.client);
      const q = s.o.questionnaire;
      for (const st of q.stages) if (st.texts.nb) expect(text).toContain(st.texts.nb.replace(/\s+/g, ' '));
      for (const x of q.questions) expect(text).toContain(x.texts.nb!.replace(/\s+/g, ' ').slice(0, 40));
      expect(text).toContain(`${q.questions.length}. `);
      expect(text).toContain(`Side 1 / ${pages}`);
    },
  );
});
