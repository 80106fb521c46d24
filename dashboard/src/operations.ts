// The operations the dashboard sends: documented client operations (schema/operations),
// typed by graphql-codegen in @connect/client, so the gateway's limits, its trusted
// documents and the schema checks cover exactly what the page asks.
import type { ExchangeListQuery, ImpactDashboardQuery, ImpactFilterChoicesQuery, RequestsListQuery } from '@connect/client';

export {
  ExchangeListDocument as ExchangeList,
  ImpactDashboardDocument as ImpactDashboard,
  ImpactFilterChoicesDocument as ImpactFilterChoices,
  RequestsListDocument as RequestList,
  type ExchangeFilter,
  type ExchangeFormat,
  type ImpactFilter,
  type OutcomeKind,
  type RequestFilter,
  type RequestStatus,
} from '@connect/client';

export type ImpactFigures = ImpactDashboardQuery['impact'];
export type DaysBand = ImpactFigures['daysSubmissionToValidation'][number];
export type TopicChoice = ImpactFilterChoicesQuery['topics'][number];
export type ExchangeBehindFigure = ExchangeListQuery['exchanges']['nodes'][number];
export type RequestBehindFigure = RequestsListQuery['requests']['nodes'][number];
