// The operations the dashboard sends, with the types of their answers. Each is also a
// documented client operation (schema/operations), so the gateway's limits and the
// schema checks cover exactly what the page asks.
import type { Operation } from './graphql.ts';

const operation = <TResult, TVariables>(source: string): Operation<TResult, TVariables> => ({ toString: () => source });

export type ExchangeFormat = 'EXPERT_ASSIGNMENT' | 'WORK_PLACEMENT' | 'ROUNDTABLE' | 'STUDY_VISIT';
export type OutcomeKind = 'CONCRETE_SOLUTION' | 'NEW_IDEA' | 'CONNECTION' | 'PLAN_ADOPTED';
export type EvaluationPhase = 'BEFORE' | 'DURING' | 'AFTER';
export type RespondentRole = 'REQUESTER' | 'PEER' | 'ASSOCIATION';

export interface ImpactFilter {
  from?: string | null;
  to?: string | null;
  countryCode?: string | null;
  topic?: string | null;
  format?: ExchangeFormat | null;
}

export interface DaysBand {
  fromDays: number;
  toDays: number | null;
  count: number;
}

export interface ImpactFigures {
  requestsByStatus: { status: string; count: number }[];
  exchangesByFormat: { format: ExchangeFormat; count: number }[];
  exchangesByCountry: { countryCode: string; count: number }[];
  outcomesByKind: { kind: OutcomeKind; count: number }[];
  outcomesBySdgTarget: { target: string; count: number }[];
  averageRatings: { phase: EvaluationPhase; respondentRole: RespondentRole; average: number; count: number }[];
  medianDaysSubmissionToValidation: number | null;
  medianDaysValidationToExchangeStart: number | null;
  daysSubmissionToValidation: DaysBand[];
  daysValidationToExchangeStart: DaysBand[];
}

export const ImpactDashboard = operation<{ impact: ImpactFigures }, { filter: ImpactFilter }>(`query ImpactDashboard($filter: ImpactFilter) {
  impact(filter: $filter) {
    requestsByStatus { status count }
    exchangesByFormat { format count }
    exchangesByCountry { countryCode count }
    outcomesByKind { kind count }
    outcomesBySdgTarget { target count }
    averageRatings { phase respondentRole average count }
    medianDaysSubmissionToValidation
    medianDaysValidationToExchangeStart
    daysSubmissionToValidation { fromDays toDays count }
    daysValidationToExchangeStart { fromDays toDays count }
  }
}`);

export interface TopicChoice {
  code: string;
  label: string | null;
  children: { code: string; label: string | null }[] | null;
}

export const ImpactFilterChoices = operation<
  { topics: TopicChoice[]; impact: { exchangesByCountry: { countryCode: string }[] } },
  { language: string }
>(`query ImpactFilterChoices($language: String!) {
  topics {
    code
    label(language: $language)
    children { code label(language: $language) }
  }
  impact { exchangesByCountry { countryCode } }
}`);

export interface ExchangeFilter {
  status?: 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED' | null;
  countedIn?: ImpactFilter | null;
  outcomeKind?: OutcomeKind | null;
  sdgTarget?: string | null;
}

export interface ExchangeBehindFigure {
  id: string;
  title: string;
  format: ExchangeFormat;
  status: string;
  startsOn: string | null;
  endsOn: string | null;
  hostCountryCode: string;
  hostMunicipality: { name: string } | null;
  request: {
    reference: string;
    title: string;
    topics: { code: string; label: string | null }[];
    requestingMunicipality: { name: string; countryCode: string } | null;
  } | null;
  outcomes: { kind: OutcomeKind; description: string; sdgTargets: string[] }[];
  bestPractices: { id: string; title: string; status: string }[] | null;
}

export const ExchangesBehindFigure = operation<
  { exchanges: { nodes: ExchangeBehindFigure[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } },
  { filter: ExchangeFilter; language: string; first: number; after?: string | null }
>(`query ExchangesBehindFigure($filter: ExchangeFilter, $language: String!, $first: Int, $after: String) {
  exchanges(filter: $filter, first: $first, after: $after) {
    nodes {
      id title format status startsOn endsOn hostCountryCode
      hostMunicipality { name }
      request {
        reference title
        topics { code label(language: $language) }
        requestingMunicipality { name countryCode }
      }
      outcomes { kind description sdgTargets }
      bestPractices { id title status }
    }
    pageInfo { hasNextPage endCursor }
  }
}`);
