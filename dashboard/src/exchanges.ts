// Reading the exchanges behind a figure, a page at a time or all of them (for an export).
import { request } from './graphql.ts';
import { ExchangeList, type ExchangeBehindFigure, type ExchangeFilter } from './operations.ts';

export interface ExchangePage {
  exchanges: ExchangeBehindFigure[];
  next: string | null;
}

export async function exchangesPage(
  token: string,
  filter: ExchangeFilter,
  language: string,
  after: string | null,
  first = 20,
  signal?: AbortSignal,
): Promise<ExchangePage> {
  const { exchanges } = await request(ExchangeList, { filter, language, first, after }, token, signal);
  return { exchanges: exchanges.nodes, next: exchanges.pageInfo.hasNextPage ? exchanges.pageInfo.endCursor : null };
}

/** Every exchange the filter selects, a hundred (the API's largest page) at a time. */
export async function allExchanges(token: string, filter: ExchangeFilter, language: string): Promise<ExchangeBehindFigure[]> {
  const all: ExchangeBehindFigure[] = [];
  let after: string | null = null;
  do {
    const page: ExchangePage = await exchangesPage(token, filter, language, after, 100);
    all.push(...page.exchanges);
    after = page.next;
  } while (after);
  return all;
}
