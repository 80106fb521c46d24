// The local GraphQL explorer: GraphiQL bundled in an npm package, inlined into one page,
// so it works with no internet connection. It opens on the headline operation from
// schema/operations with its variables. Built once, on first request.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { demo, type Page } from '@connect/kit';

let page: Page | undefined;

export function explorerPage(): Page {
  if (page) return page;
  const query = readFileSync(new URL('../../schema/operations/RequestOverview.graphql', import.meta.url), 'utf8');
  // The Agona West sanitation request of the demo story.
  const variables = JSON.stringify({ id: demo.requests.agonaWestSanitation }, null, 2);
  const body = renderGraphiQL({
    title: 'CONNECT explorer',
    endpoint: '/graphql',
    defaultTabs: [{ query, variables }],
    // GraphiQL 5 fills its variables editor from `initialVariables` only, never from the
    // first tab, so a page given tabs alone opens with an empty Variables pane. Yoga's
    // renderer passes `query` and `variables` on as those initial values; its types omit them.
    ...{ query, variables },
  });
  page = {
    contentType: 'text/html; charset=utf-8',
    body,
    contentSecurityPolicy: explorerContentSecurityPolicy(body),
    maxAgeSeconds: 300,
  };
  return page;
}

/**
 * The page runs only its own inline script (named by hash, so an injected one does not
 * run), starts its editors' workers from blob: URLs it makes itself, talks only to
 * this origin, and may be framed by no one. Styles may be inline: the editors write
 * theirs at run time.
 */
function explorerContentSecurityPolicy(html: string): Record<string, string[]> {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, source]) => `'sha256-${createHash('sha256').update(source!, 'utf8').digest('base64')}'`,
  );
  return {
    defaultSrc: ["'none'"],
    scriptSrc: scripts,
    workerSrc: ['blob:'],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
    frameAncestors: ["'none'"],
  };
}
