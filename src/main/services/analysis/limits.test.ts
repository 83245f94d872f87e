import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { createDispatch, createHandlers, StudySessions } from '../index';
import type { HandlerMap } from '../api/handlers';
import { api, b64, makeStudy, tempDir } from '../import/test-helpers';
import { analysisLimit } from './limits';
import { join } from 'node:path';

const dir = tempDir();
const a = api(dir);
afterAll(() => a.close());

/** 40 respondents; Q1 (web shop) everyone rated 4, Q2 and NPS vary. */
function csv(): string {
  const rows = ['id,Q1,Q2,NPS,DEPT'];
  for (let i = 1; i <= 40; i++)
    rows.push(`r${i},4,${1 + (i % 5)},${(i * 7) % 11},${i % 2 ? 'North' : 'South'}`);
  return rows.join('\n');
}

describe('a data limit has its own code and says what to do; a bug is INTERNAL and logged', () => {
  it('a driver everyone answered alike is ANALYSIS_NO_VARIANCE naming it, not INVALID_INPUT', async () => {
    const path = join(dir, 'flat.tpstudy');
    makeStudy(path);
    const { studyId } = await a.call('study/open', { path });
    await a.call('import/commit', {
      studyId,
      file: { name: 'flat.csv', base64: b64(csv()) },
      waveYear: 2026,
      onError: 'abort',
      createQuestions: true,
    });
    const r = await a.raw('analysis/drivers', { studyId, outcome: 'NPS', drivers: ['Q1', 'Q2'] });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'ANALYSIS_NO_VARIANCE', details: { question: 'Q1' } },
    });
    expect(r.ok ? '' : r.error.message).toMatch(/Q1: every respondent gave the same answer.*leave it out/);
  });

  it('maps the statistics functions’ limits to codes with their numbers, and leaves bugs alone', () => {
    const cases: [string, string, Record<string, unknown>?][] = [
      ['allSubsetsR2: 32 drivers, at most 24', 'ANALYSIS_TOO_MANY_DRIVERS', { drivers: 32, max: 24 }],
      ['owen: 31 groups, at most 30', 'ANALYSIS_TOO_MANY_DRIVERS', { drivers: 31, max: 30 }],
      [
        'correlationMatrix: only 2 complete respondents (need 3)',
        'ANALYSIS_TOO_FEW_RESPONDENTS',
        { n: 2, need: 3 },
      ],
      ['bootstrapImportance: only 4 complete respondents', 'ANALYSIS_TOO_FEW_RESPONDENTS', { n: 4 }],
      [
        'deriveImportance: 12 respondents are too few for 13 drivers (need 15)',
        'ANALYSIS_TOO_FEW_RESPONDENTS',
        { n: 12, need: 15 },
      ],
      [
        'deriveImportance: the correlation matrix is not positive definite (R² > 1)',
        'ANALYSIS_TOO_FEW_RESPONDENTS',
      ],
      ['solveGaussian: matrix is singular at column 2', 'ANALYSIS_COLLINEAR'],
      ['defaultOutcome: the study has no satisfaction or recommendation question', 'ANALYSIS_NO_OUTCOME'],
      ['driverAnalysis: no driver questions', 'ANALYSIS_NO_DRIVERS'],
      ['question: the study has no question XYZ', 'INVALID_INPUT'],
    ];
    for (const [message, code, details] of cases) {
      const e = analysisLimit(new Error(message));
      expect(e, message).toBeInstanceOf(AppError);
      expect(e!.code, message).toBe(code);
      if (details) expect(e!.details, message).toMatchObject(details);
    }
    expect(analysisLimit(new Error('groupedHistogram: weights have the wrong length'))).toBeNull();
    expect(analysisLimit(new TypeError("Cannot read properties of undefined (reading 'n')"))).toBeNull();
  });

  it('a handler that throws a plain error answers INTERNAL with a reference, logs the stack, sends none', async () => {
    const lines: string[] = [];
    const handlers = {
      ...createHandlers(),
      'app/info': () => {
        const x = undefined as unknown as { n: number };
        return { n: x.n };
      },
    } as unknown as HandlerMap;
    const sessions = new StudySessions();
    const dispatch = createDispatch(
      handlers,
      { sessions, dataDir: dir, resourcesDir: dir, version: 't', transport: 'http', dialogs: null },
      (m) => lines.push(m),
    );
    const r = await dispatch('app/info', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const error = r.ok ? null : r.error;
    expect(error!.message).toMatch(
      /^app\/info failed because of an error inside the app \(reference [0-9a-f]{8}/,
    );
    expect(JSON.stringify(error)).not.toMatch(/TypeError|\bat \S+ \(|\.ts:\d+/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`internal error ${String(error!.details!['ref'])}`);
    expect(lines[0]).toMatch(/TypeError: Cannot read properties of undefined[\s\S]*\n\s+at /);
  });
});
