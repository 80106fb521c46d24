// The edge as a browser meets it, in Debian's Chromium driven by playwright-core: a page
// served from another local origin reads RequestOverview through fetch when CORS_ORIGINS
// lists its origin and is blocked when it does not; the explorer opens on the headline
// query with its variables, runs it with one click under its Content-Security-Policy,
// and shows the Agona West answer.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultGatewaySettings } from '@connect/gateway';
import { demo } from '@connect/kit';
import { operation, startTestPlatform, type TestPlatform } from './support/platform.ts';

const CHROMIUM = '/usr/bin/chromium';
const chromiumPresent = existsSync(CHROMIUM);
if (!chromiumPresent) {
  process.stdout.write(`browser tests skipped: ${CHROMIUM} is absent (install it with: apt-get install -y chromium)\n`);
}

/** A page on an origin of its own (loopback, a port the system picks), with nothing in it. */
async function staticOrigin(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>a web client</title><p>client</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe.skipIf(!chromiumPresent)('in Chromium', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let allowed: { server: Server; origin: string };
  let refused: { server: Server; origin: string };

  beforeAll(async () => {
    allowed = await staticOrigin();
    refused = await staticOrigin();
    platform = await startTestPlatform({
      transport: 'http',
      gatewaySettings: { ...defaultGatewaySettings, cors: { origins: [allowed.origin], credentials: false, maxAgeSeconds: 600 } },
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    for (const { server } of [allowed, refused]) if (server) await new Promise((resolve) => server.close(resolve));
    await platform?.dispose();
  });

  /** Opens the origin's page and has it fetch RequestOverview from the gateway. */
  async function readFrom(origin: string): Promise<{ reference?: string; blocked?: string; consoleErrors: string[] }> {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    try {
      await page.goto(`${origin}/`);
      const result = await page.evaluate(
        async ({ url, query, id }) => {
          try {
            const response = await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query, variables: { id } }),
            });
            const body = (await response.json()) as { data: { request: { reference: string } } };
            return { reference: body.data.request.reference };
          } catch (error) {
            return { blocked: String(error) };
          }
        },
        { url: platform.url!, query: operation('RequestOverview'), id: demo.requests.agonaWestSanitation },
      );
      return { ...result, consoleErrors };
    } finally {
      await page.close();
    }
  }

  it('lets a page on an origin CORS_ORIGINS lists read RequestOverview', async () => {
    const result = await readFrom(allowed.origin);
    expect(result).toMatchObject({ reference: 'REQ-2017-0001' });
  });

  it('blocks a page on an origin the list does not name', async () => {
    const result = await readFrom(refused.origin);
    expect(result.reference).toBeUndefined();
    expect(result.blocked).toMatch(/Failed to fetch/);
    expect(result.consoleErrors.join('\n')).toMatch(/CORS policy/);
  });

  describe('the explorer', () => {
    let page: Page;
    const problems: string[] = [];

    beforeAll(async () => {
      page = await browser.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(String(error)));
      await page.goto(platform.url!.replace(/\/graphql$/, '/'), { timeout: 90_000 });
    });
    afterAll(() => page?.close());

    it('opens on the headline query with its variables filled in', async () => {
      await expect.poll(() => editorText(page, '.graphiql-query-editor'), { timeout: 90_000 }).toContain('query RequestOverview');
      await expect.poll(() => editorText(page, '.graphiql-editor-tool'), { timeout: 90_000 }).toContain(demo.requests.agonaWestSanitation);
    }, 120_000);

    it('runs it with one click and shows the Agona West answer, within its Content-Security-Policy', async () => {
      await page.click('.graphiql-execute-button');
      await expect.poll(() => editorText(page, '.graphiql-response'), { timeout: 90_000 }).toContain('Agona West');
      expect(await editorText(page, '.graphiql-response')).toContain('REQ-2017-0001');
      expect(problems).toEqual([]);
    }, 120_000);
  });
});

/** The text an editor area shows (Monaco renders its lines as separate elements). */
async function editorText(page: Page, selector: string): Promise<string> {
  const locator = page.locator(selector).first();
  if ((await locator.count()) === 0) return '';
  return (await locator.innerText()).replace(/\u00a0/g, ' ');
}
