// The local GraphQL explorer: GraphiQL bundled in an npm package, inlined into one page,
// so it works with no internet connection. Built once, on first request.
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Page } from '@connect/kit';

let page: Page | undefined;

export function explorerPage(): Page {
  page ??= {
    contentType: 'text/html; charset=utf-8',
    body: renderGraphiQL({
      title: 'CONNECT explorer',
      endpoint: '/graphql',
      defaultQuery: `# The headline operation: a request with everything the five services know about it.
# Try it with the variables below, from the demo data.
query RequestOverview($id: ID!) {
  request(id: $id) {
    id reference title status
    topics { code label }
    requestingMunicipality { name countryCode }
    matches {
      rank score status
      factors { factor contribution explanation }
      official { fullName position municipality { name countryCode } }
    }
    exchanges {
      format status startsOn endsOn
      associations { name }
      evaluations { phase overallRating }
      outcomes { kind description }
      bestPractices { title status }
    }
  }
}
`,
    }),
  };
  return page;
}
