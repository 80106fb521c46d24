// The local GraphQL explorer: GraphiQL bundled in an npm package, inlined into one page,
// so it works with no internet connection. It opens on the headline operation from
// schema/operations. Built once, on first request.
import { readFileSync } from 'node:fs';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { demo, type Page } from '@connect/kit';

let page: Page | undefined;

export function explorerPage(): Page {
  page ??= {
    contentType: 'text/html; charset=utf-8',
    body: renderGraphiQL({
      title: 'CONNECT explorer',
      endpoint: '/graphql',
      defaultTabs: [
        {
          query: readFileSync(new URL('../../schema/operations/RequestOverview.graphql', import.meta.url), 'utf8'),
          // The Agona West sanitation request of the demo story.
          variables: JSON.stringify({ id: demo.requests.agonaWestSanitation }, null, 2),
        },
      ],
    }),
  };
  return page;
}
