import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { E2E_PORT, E2E_TOKEN } from '../../playwright.config';
import { serveAppFile } from '../../src/main/security/app-protocol';
import { contentSecurityPolicy } from '../../src/main/security/csp';
import { StartPage } from './pages/StartPage';
import type { StudyPage } from './pages/StudyPage';

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => seen.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation;
      report(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  return seen;
}

/** Draws the sample study's dashboard and visits every page: every kind of content the renderer has. */
async function exercise(page: Page, study: StudyPage): Promise<void> {
  const dash = await study.dashboard();
  await expect(dash.npsValue).toBeVisible();
  await expect.poll(() => dash.isDrawn(dash.npsChart)).toBe(true);
  await expect(page.locator('body')).toHaveCSS('font-family', /Roboto/);
  // Then every other page of the study once, so whatever each one draws is under the policy too.
  const nav = page.locator('[data-testid^="nav-"]');
  const count = await nav.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) {
    await nav.nth(i).click();
    await expect(nav.nth(i)).toHaveAttribute('data-active', 'true');
    await page.waitForTimeout(300);
  }
}

test('the browser host page runs under its policy without a single violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const res = await page.goto(`/?token=${E2E_TOKEN}`);
  expect(res?.headers()['content-security-policy']).toBe(contentSecurityPolicy({ transport: 'http' }));
  await page.getByTestId('start-screen').waitFor();
  await exercise(page, await new StartPage(page).openSample());
  expect(violations).toEqual([]);
});

test('the desktop page runs under the app:// policy (no network at all) without a violation', async ({
  page,
}) => {
  // The page as the desktop app serves it: the real built renderer through the app:// handler's
  // code (same files, types and headers); `window.api` stands in for the preload and forwards each
  // call to the backend outside the page, as IPC does, so the page itself needs no connection.
  const rendererDir = join(process.cwd(), 'out/renderer');
  await page.route('http://touchpoint.test/**', (route) => {
    const u = new URL(route.request().url());
    const r = serveAppFile(rendererDir, `app://touchpoint${u.pathname}${u.search}`);
    return route.fulfill({ status: r.status, headers: r.headers, body: r.body });
  });
  await page.exposeFunction('__invoke', async (name: string, input: unknown) => {
    const res = await fetch(`http://127.0.0.1:${E2E_PORT}/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${E2E_TOKEN}` },
      body: JSON.stringify(input),
    });
    return (await res.json()) as unknown;
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __invoke: (n: string, i: unknown) => Promise<unknown>; api: unknown };
    w.api = { invoke: (n: string, i: unknown) => w.__invoke(n, i), on: () => () => {} };
  });
  const violations = await watchViolations(page);
  const res = await page.goto('http://touchpoint.test/');
  expect(res?.headers()['content-security-policy']).toBe(contentSecurityPolicy({ transport: 'ipc' }));
  await page.getByTestId('start-screen').waitFor();
  await exercise(page, await new StartPage(page).openSample());
  expect(violations).toEqual([]);

  // The policy is really in force: the page cannot reach any server, its own origin included.
  const blocked = await page.evaluate(() =>
    fetch('/index.html').then(
      () => 'fetched',
      () => 'blocked',
    ),
  );
  expect(blocked).toBe('blocked');
  await expect.poll(() => violations.some((v) => v.startsWith('connect-src'))).toBe(true);
});
