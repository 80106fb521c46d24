// The donor dashboard as a reader meets it, in Debian's Chromium driven by playwright-core:
// served by the gateway at /dashboard/ under its Content-Security-Policy, it takes a
// DONOR token, shows the demo story's figures, speaks Portuguese when asked, narrows to a
// country, opens the exchanges behind a figure with their best practice, downloads a
// table as CSV and the completed exchanges as IATI XML, and fits a desktop and a phone
// screen (screenshots are written to test-results/, not committed).
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardSite, signToken } from '@connect/gateway';
import { DEVELOPMENT_JWT_SECRET } from '@connect/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.ts';

const CHROMIUM = '/usr/bin/chromium';
const chromiumPresent = existsSync(CHROMIUM);
const artifacts = new URL('../test-results/', import.meta.url).pathname;

describe.skipIf(!chromiumPresent)('the donor dashboard in Chromium', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dashboard: string;
  const problems: string[] = [];

  beforeAll(async () => {
    // Built here when dist/ is missing or stale, as `npm start` does; CI has built it already.
    const site = await dashboardSite({ build: true });
    platform = await startTestPlatform({ transport: 'http', pages: site!.pages });
    dashboard = platform.url!.replace(/\/graphql$/, '/dashboard/');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', acceptDownloads: true });
    page = await context.newPage();
    // A script or style the policy blocks, or a request that fails, shows up here.
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await platform?.dispose();
  });

  const figure = (name: string) => page.locator(`[data-figure="${name}"]`);
  const rowHeaders = (name: string) => figure(name).locator('tbody th').allTextContents();

  it('signs in with a donor token and shows the demo figures', async () => {
    await page.goto(dashboard);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('CONNECT impact dashboard');
    await page.getByLabel('Access token (DONOR or STAFF)').fill(await signToken({ role: 'DONOR' }, DEVELOPMENT_JWT_SECRET, '1h', { development: true }));
    await page.getByRole('button', { name: 'Sign in' }).press('Enter');

    await figure('exchanges-by-country').locator('tbody tr').first().waitFor();
    expect(await rowHeaders('exchanges-by-country')).toEqual(['Colombia', 'Ghana']);
    expect(await rowHeaders('requests-by-status')).toHaveLength(9);
    expect(await rowHeaders('outcomes-by-sdg-target')).toEqual(['Target 6.2', 'Target 6.3', 'Target 11.6', 'Target 17.16']);
    expect(await figure('days-to-validation-and-exchange').locator('.medians').textContent()).toContain('Median: 14 days');
    // The charts load on demand after the tables: wait for the chart, do not count it at once.
    await expect.poll(() => figure('average-ratings').locator('.chart .recharts-wrapper').count()).toBe(1);

    // Every control has a label, every button a name.
    const unnamed = await page.evaluate(() => [
      ...[...document.querySelectorAll('input, select, textarea')].filter((e) => (e as HTMLInputElement).labels?.length === 0).map((e) => e.outerHTML),
      ...[...document.querySelectorAll('button')].filter((b) => !(b.getAttribute('aria-label') || b.textContent?.trim())).map((b) => b.outerHTML),
    ]);
    expect(unnamed).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('maps the exchanges by country, and a country opens its exchanges from the keyboard', async () => {
    const map = figure('exchanges-by-country').locator('.map');
    await map.locator('svg').waitFor();
    // The world's country shapes, each country with exchanges shaded and focusable.
    expect(await map.locator('svg path').count()).toBeGreaterThan(150);
    const counts = Object.fromEntries(
      (await figure('exchanges-by-country').locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th')!.textContent, r.querySelector('td')!.textContent]))) as [string, string][],
    );
    const countries = map.locator('path[tabindex="0"]');
    expect(await countries.evaluateAll((paths) => paths.map((p) => p.getAttribute('aria-label')))).toEqual(
      Object.entries(counts).map(([country, count]) => `${country}, exchanges: ${count}`),
    );
    expect(await countries.evaluateAll((paths) => paths.every((p) => (p as SVGPathElement).getBBox().width > 0))).toBe(true);

    const ghana = map.getByRole('button', { name: `Ghana, exchanges: ${counts.Ghana}` });
    await ghana.focus();
    await page.keyboard.press('Enter');
    const drill = page.getByRole('region', { name: 'Exchanges behind: Exchanges by requesting country: Ghana' });
    await drill.locator('li.exchange').first().waitFor();
    expect(await drill.locator('li.exchange').count()).toBe(Number(counts.Ghana));
    expect(await drill.locator('li.exchange dd').allTextContents()).toContain('Ghana');
    await drill.getByRole('button', { name: 'Close' }).click();
    expect(problems).toEqual([]);
  });

  /** Opens the requests behind each status of the figure; each lists as many as the figure counts. */
  const requestsBehindEachStatus = async () => {
    const counts = (await figure('requests-by-status')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [r.querySelector('th')!.textContent!, Number(r.querySelector('td')!.textContent)]))) as [string, number][];
    expect(counts.length).toBeGreaterThan(0);
    for (const [status, count] of counts) {
      await figure('requests-by-status').getByRole('button', { name: `Show the requests behind Requests by status: ${status}` }).press('Enter');
      const drill = page.getByRole('region', { name: `Requests behind: Requests by status: ${status}` });
      await expect.poll(() => drill.getAttribute('aria-busy')).toBe('false');
      const listed = await drill.locator('tbody tr').count();
      // A donor sees no drafts: the panel says how many the figure counts that it cannot list.
      const note = (await drill.locator('.help', { hasText: 'drafts' }).allTextContents()).join('');
      const hidden = Number(note.match(/\d+/)?.[0] ?? 0);
      expect(listed + hidden, status).toBe(count);
      if (listed > 0) {
        expect(await drill.getByRole('status').textContent()).toBe(`${listed} of ${listed} requests shown`);
        expect(new Set(await drill.locator('tbody td:nth-child(4)').allTextContents()), status).toEqual(new Set([status]));
      }
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Requests behind: Requests by status: ${status}`);
    }
    return counts;
  };

  it('lists the requests behind each status of the requests figure', async () => {
    const counts = await requestsBehindEachStatus();
    expect(counts.map(([status]) => status)).toContain('Draft');
    const drill = page.getByRole('region', { name: /Requests behind: Requests by status/ });
    expect(await drill.locator('thead th').allTextContents()).toEqual(['Reference', 'Title', 'Municipality', 'Status', 'Submitted']);
    await drill.getByRole('button', { name: 'Close' }).click();
    expect(problems).toEqual([]);
  });

  it('speaks Portuguese, topic labels and numbers included', async () => {
    await page.getByLabel('Language', { exact: true }).selectOption('pt');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Painel de impacto CONNECT');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pt');
    expect(await rowHeaders('exchanges-by-format')).toEqual(['Missão de perito', 'Visita de estudo']);
    expect(await rowHeaders('exchanges-by-country')).toEqual(['Colômbia', 'Gana']);
    expect(await figure('average-ratings').locator('tbody').textContent()).toContain('4,5');
    await expect.poll(() => page.getByLabel('Tema', { exact: true }).locator('option', { hasText: 'Saneamento' }).count()).toBe(1);

    await page.getByLabel('Idioma', { exact: true }).selectOption('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('CONNECT impact dashboard');
  });

  it('narrows every figure to a country', async () => {
    await page.getByLabel('Country', { exact: true }).selectOption('GH');
    await expect.poll(() => rowHeaders('exchanges-by-country')).toEqual(['Ghana']);
    expect(await rowHeaders('requests-by-status')).toEqual(['Submitted', 'Completed']);
    expect(await rowHeaders('exchanges-by-format')).toEqual(['Expert assignment']);
    // The requests behind a status keep the figure's country.
    await requestsBehindEachStatus();
    const drill = page.getByRole('region', { name: /Requests behind: Requests by status/ });
    expect(await drill.locator('tbody td:nth-child(3)').allTextContents()).toEqual([expect.stringContaining('(Ghana)')]);
    await drill.getByRole('button', { name: 'Close' }).click();
  });

  it('opens the exchanges and best practices behind a figure', async () => {
    await figure('outcomes-by-kind').getByRole('button', { name: /Plan adopted/ }).click();
    const drill = page.getByRole('region', { name: /Exchanges behind: Outcomes by kind: Plan adopted/ });
    await drill.locator('li.exchange').first().waitFor();
    expect(await drill.locator('li.exchange h3').allTextContents()).toEqual(['Sanitation management planning in Agona West']);
    expect(await drill.textContent()).toContain('Building a joint sanitation management plan with every stakeholder at the table');
    // The focus moved to what opened, for keyboard and screen reader users.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  });

  it('downloads a table as CSV and the completed exchanges as IATI XML', async () => {
    const [csv] = await Promise.all([page.waitForEvent('download'), figure('exchanges-by-country').getByRole('button', { name: /Download CSV/ }).click()]);
    expect(csv.suggestedFilename()).toBe('exchanges-by-country.csv');
    expect(readFileSync((await csv.path())!, 'utf8')).toBe('\uFEFFCountry,Count\r\nGH,1\r\n');

    await page.getByLabel('Reporting organisation identifier').fill('XM-DAC-41114');
    const [xml] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /IATI XML/ }).click()]);
    const activities = readFileSync((await xml.path())!, 'utf8');
    expect(activities).toContain('<iati-activities version="2.03"');
    expect(activities.match(/<iati-activity /g)).toHaveLength(1);
    expect(activities).toContain('<sector vocabulary="1" code="14032"');
    expect(problems).toEqual([]);
  });

  it('fits a desktop and a phone screen', async () => {
    mkdirSync(artifacts, { recursive: true });
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => rowHeaders('exchanges-by-country')).toEqual(['Colombia', 'Ghana']);
    // With the map drawn and the requests behind a status open, whose table is the widest.
    await figure('exchanges-by-country').locator('.map svg').waitFor();
    await figure('requests-by-status').getByRole('button', { name: /Show the requests behind Requests by status: Submitted/ }).press('Enter');
    await page.getByRole('region', { name: /Requests behind/ }).locator('tbody tr').first().waitFor();
    // No chart tooltip under a resting pointer.
    await page.mouse.move(0, 0);
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(300);
      const file = join(artifacts, `dashboard-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(statSync(file).size, file).toBeGreaterThan(10_000);
      // Nothing sticks out sideways: the page scrolls only down.
      const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        // The outermost elements that reach past the right edge, to say what sticks out.
        const past = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > width + 1);
        const wide = past.filter((e) => !past.includes(e.parentElement!)).map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
        return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, wide };
      });
      expect(scrollWidth, `${name}: ${wide.join(', ')}`).toBeLessThanOrEqual(clientWidth);
    }
  });
});
