import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { WaveAnalysis } from '../../../shared/analysis/analyze';
import type { Analysed } from '../../../shared/api/analysis';
import type { PlsIndexResult, PlsModel } from '../../../shared/api/pls';
import type { StudyOverview } from '../../../shared/domain/index';
import { cli } from '../../cli/test-cli';
import { makeTestStudy } from '../analysis/test-study';
import { buildSampleStudy } from '../sample/build-sample';
import { writePlsModel } from './store';
import { testDispatch, value } from '../test-dispatch';

const { dir, sessions, dispatch } = testDispatch('tp-pls-study-');
afterAll(() => sessions.closeAll());

/** Service quality (four touchpoint ratings, 1–5) → satisfaction (1–10) → loyalty (1–5). */
const model: PlsModel = {
  constructs: {
    Quality: { items: ['TP1_PERF', 'TP2_PERF', 'TP3_PERF', 'TP4_PERF'], mode: 'A' },
    Satisfaction: { items: ['SAT'] },
    Loyalty: { items: ['LOY'] },
  },
  paths: [
    ['Quality', 'Satisfaction'],
    ['Quality', 'Loyalty'],
    ['Satisfaction', 'Loyalty'],
  ],
  target: 'Satisfaction',
};

async function open(perWave = 240): Promise<{ studyId: string; path: string }> {
  const { path, db } = makeTestStudy(mkdtempSync(join(dir, 's-')), perWave);
  db.close();
  return { studyId: value<StudyOverview>(await dispatch('study/open', { path })).studyId, path };
}

describe('the PLS model in the study', () => {
  it('is stored in the study file and read back after reopening', async () => {
    const { studyId, path } = await open();
    expect(value(await dispatch('study/getPlsModel', { studyId }))).toEqual({ model: null });
    expect(value(await dispatch('study/setPlsModel', { studyId, model }))).toEqual({ model });
    await dispatch('study/close', { studyId });
    const again = value<StudyOverview>(await dispatch('study/open', { path })).studyId;
    expect(value(await dispatch('study/getPlsModel', { studyId: again }))).toEqual({ model });
    expect(value(await dispatch('study/setPlsModel', { studyId: again, model: null }))).toEqual({
      model: null,
    });
    expect(value(await dispatch('study/getPlsModel', { studyId: again }))).toEqual({ model: null });
  });

  it.each<[string, PlsModel, string]>([
    [
      'a construct mixing answer scales',
      { ...model, constructs: { ...model.constructs, Loyalty: { items: ['LOY', 'NPS'] } } },
      'construct Loyalty mixes the answer scales 1–5 and 0–10',
    ],
    [
      'a question the study does not have',
      { ...model, constructs: { ...model.constructs, Loyalty: { items: ['STAY'] } } },
      'construct Loyalty names STAY, which is not a rating question of the study',
    ],
    ['a cycle', { ...model, paths: [...model.paths, ['Loyalty', 'Quality']] }, 'the paths form a cycle'],
    [
      'a construct with no items',
      { ...model, constructs: { ...model.constructs, Loyalty: { items: [] } } },
      'construct Loyalty has no items',
    ],
  ])('refuses %s in one line and keeps the stored model', async (_, bad, message) => {
    const { studyId } = await open();
    value(await dispatch('study/setPlsModel', { studyId, model }));
    const r = await dispatch('study/setPlsModel', { studyId, model: bad });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.message).toContain(message);
    expect(r.error.message).not.toContain('\n');
    expect(value(await dispatch('study/getPlsModel', { studyId }))).toEqual({ model });
  });

  it('estimates the index of a wave: a single-item target is the 0–100 index of its question', async () => {
    const { studyId } = await open();
    value(await dispatch('study/setPlsModel', { studyId, model }));
    const r = value<PlsIndexResult>(
      await dispatch('analysis/plsIndex', { studyId, waveYear: 2026, bootstrap: 100, seed: 3 }),
    );
    expect(r.waveYear).toBe(2026);
    if ('suppressed' in r.result) throw new Error('suppressed');
    expect(r.result.respondents).toBe(240);
    expect(r.result.converged).toBe(true);
    expect(r.result.constructs.Satisfaction.r2).toBeGreaterThan(0.2);
    const a = value<Analysed<WaveAnalysis>>(
      await dispatch('analysis/analyze', {
        studyId,
        waveYear: 2026,
        lang: 'en',
        weighting: { kind: 'none' },
      }),
    );
    if ('suppressed' in a.result) throw new Error('suppressed');
    const sat = a.result.descriptives.find((d) => d.code === 'SAT')?.result;
    if (!sat || 'suppressed' in sat || sat.kind === 'nps') throw new Error('no SAT index');
    expect(r.result.index?.value).toBeCloseTo(sat.index, 8);
    expect(r.result.index?.ci?.[0]).toBeLessThan(r.result.index?.value as number);
    const quality = r.result.ipma?.find((p) => p.construct === 'Quality');
    expect(quality?.importance).toBeGreaterThan(0);
    expect(quality?.performance).toBeGreaterThan(0);
    expect(quality?.performance).toBeLessThan(100);
  });

  it('compares the index with an earlier wave by a seeded two-sample bootstrap', async () => {
    const { studyId } = await open();
    value(await dispatch('study/setPlsModel', { studyId, model }));
    const idx = async (waveYear: number) => {
      const r = value<PlsIndexResult>(await dispatch('analysis/plsIndex', { studyId, waveYear }));
      if ('suppressed' in r.result) throw new Error('suppressed');
      return r.result.index?.value as number;
    };
    const call = () =>
      dispatch('analysis/plsIndex', { studyId, waveYear: 2026, compareWith: 2025, bootstrap: 200, seed: 9 });
    const r = value<PlsIndexResult>(await call());
    const c = r.comparison?.result;
    if (!c || 'suppressed' in c) throw new Error('no comparison');
    expect(r.comparison?.waveYear).toBe(2025);
    expect(c.before).toBeCloseTo(await idx(2025), 10);
    expect(c.after).toBeCloseTo(await idx(2026), 10);
    expect(c.difference).toBeCloseTo(c.after - c.before, 12);
    expect(c.se).toBeGreaterThan(0);
    expect(c.lower).toBeLessThan(c.upper);
    expect(c.p).toBeGreaterThanOrEqual(0);
    expect(c.p).toBeLessThanOrEqual(1);
    expect(value<PlsIndexResult>(await call()).comparison).toEqual(r.comparison);
  });

  it('hides the index of a wave under k respondents', async () => {
    const { studyId } = await open(60);
    value(await dispatch('study/setPlsModel', { studyId, model }));
    value(await dispatch('study/update', { studyId, anonymityK: 60 }));
    const shown = value<PlsIndexResult>(await dispatch('analysis/plsIndex', { studyId }));
    expect(shown.result).toHaveProperty('respondents', 60);
    value(await dispatch('study/update', { studyId, anonymityK: 61 }));
    const r = value<PlsIndexResult>(await dispatch('analysis/plsIndex', { studyId }));
    expect(r.result).toEqual({ suppressed: true, k: 61, reason: 'below-k' });
  });

  it('is in `touchpoint analyze` when the study has a model, and only then', async () => {
    const { path, db } = makeTestStudy(mkdtempSync(join(dir, 'cli-')));
    const without = await cli('analyze', path, '--json');
    expect(without.code).toBe(0);
    expect(JSON.parse(without.stdout)).not.toHaveProperty('plsIndex');
    writePlsModel(db, model);
    db.close();
    const withModel = await cli('analyze', path, '--json');
    expect(withModel.code).toBe(0);
    const doc = JSON.parse(withModel.stdout) as { plsIndex: PlsIndexResult };
    expect(doc.plsIndex.waveYear).toBe(2026);
    expect(doc.plsIndex.result).toHaveProperty('index.target', 'Satisfaction');
    const text = await cli('analyze', path);
    expect(text.stdout).toMatch(
      /EPSI-style index \(PLS path model, n = 240\)\n {2}Satisfaction: \d+\.\d \(0–100\)/,
    );
    expect(text.stdout).toMatch(/\+1 point in Quality → \+\d\.\d\d in Satisfaction/);
  });

  it("names the constructs in `analyze --lang` from the model's labels", async () => {
    const { path, db } = makeTestStudy(mkdtempSync(join(dir, 'cli-labels-')));
    const labelled: PlsModel = {
      ...model,
      constructs: {
        ...model.constructs,
        Satisfaction: {
          ...model.constructs.Satisfaction,
          labels: { en: 'Satisfaction', da: 'Kundetilfredshed' },
        },
        Quality: { ...model.constructs.Quality, labels: { en: 'Quality', da: 'Kvalitet' } },
      },
    };
    writePlsModel(db, labelled);
    db.close();
    const da = await cli('analyze', path, '--lang', 'da');
    expect(da.code).toBe(0);
    expect(da.stdout).toMatch(/\n {2}Kundetilfredshed: \d+\.\d \(0–100\)/);
    expect(da.stdout).toMatch(/\+1 point in Kvalitet → \+\d\.\d\d in Kundetilfredshed/);
    const json = JSON.parse((await cli('analyze', path, '--lang', 'da', '--json')).stdout) as {
      plsIndex: PlsIndexResult;
    };
    expect(json.plsIndex.result).toHaveProperty('index.target', 'Satisfaction');
  });

  it('ships with the sample study: an EPSI model whose index and impacts come out of both waves', async () => {
    const path = join(mkdtempSync(join(dir, 'sample-')), 'sample.tpstudy');
    buildSampleStudy(fileURLToPath(new URL('../../../../resources/sample', import.meta.url)), path);
    const studyId = value<StudyOverview>(await dispatch('study/open', { path })).studyId;
    const { model: stored } = value<{ model: PlsModel | null }>(
      await dispatch('study/getPlsModel', { studyId }),
    );
    expect(stored?.target).toBe('Satisfaction');
    for (const waveYear of [2025, 2026]) {
      const r = value<PlsIndexResult>(await dispatch('analysis/plsIndex', { studyId, waveYear }));
      if ('suppressed' in r.result) throw new Error('suppressed');
      expect(r.result.converged).toBe(true);
      expect(r.result.respondents).toBeGreaterThan(300);
      expect(r.result.index?.value).toBeGreaterThan(40);
      expect(r.result.index?.value).toBeLessThan(95);
      expect(r.result.ipma?.map((p) => p.construct).sort()).toEqual([
        'Advice',
        'Claims',
        'Onboarding',
        'Service',
      ]);
      // the stages drive satisfaction in the simulated sample
      expect(r.result.constructs.Satisfaction.r2).toBeGreaterThan(0.2);
    }
  });

  it('is set, shown and removed with `touchpoint pls-model`; a bad model is refused in one line', async () => {
    const { path, db } = makeTestStudy(mkdtempSync(join(dir, 'cli-set-')));
    db.close();
    const file = join(dir, 'model.json');
    writeFileSync(file, JSON.stringify(model));
    const set = await cli(
      'pls-model',
      path,
      '--set',
      file,
      '--wave',
      '2025',
      '--bootstrap',
      '50',
      '--seed',
      '2',
      '--json',
    );
    expect(set.code).toBe(0);
    const doc = JSON.parse(set.stdout) as { model: PlsModel; index: PlsIndexResult };
    expect(doc.model).toEqual(model);
    expect(doc.index.waveYear).toBe(2025);
    expect(doc.index.result).toHaveProperty('bootstrap', { samples: 50, seed: 2, level: 0.95, failed: 0 });
    const shown = await cli('pls-model', path);
    expect(shown.stdout).toContain('PLS model, target Satisfaction:');
    expect(shown.stdout).toMatch(/Quality {10}A {2}TP1_PERF, TP2_PERF, TP3_PERF, TP4_PERF/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...model, paths: [...model.paths, ['Loyalty', 'Quality']] }));
    const refused = await cli('pls-model', path, '--set', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr.split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('the paths form a cycle through');
    expect(JSON.parse((await cli('pls-model', path, '--json')).stdout)).toHaveProperty('model', model);
    const removed = await cli('pls-model', path, '--remove', '--json');
    expect(JSON.parse(removed.stdout)).toEqual({ model: null, index: null });
  });
});
