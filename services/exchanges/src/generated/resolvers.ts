import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ExchangeRow, EvaluationRow, OutcomeRow, EvaluationCorrectionRow } from '../db/tables.ts';
import type { ExchangeTransitionView, EvaluationPage } from '../resolvers/exchange.ts';
import type { OutcomeCorrectionView } from '../resolvers/outcome.ts';
import type { ImpactScope } from '../db/impact.ts';
import type { ExchangePage } from '../resolvers/query.ts';
import type { EvaluationDueView } from '../evaluations-due.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 with offset. */
  DateTime: { input: Date; output: Date | string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A local government association: the national voice of its member municipalities. */
export type Association = {
  __typename?: 'Association';
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
};

/** Which exchange to call off, and why. */
export type CancelExchangeInput = {
  /** The exchange (UUID). */
  exchangeId: Scalars['ID']['input'];
  /** Why it is called off; required, up to 1000 characters. */
  reason: Scalars['String']['input'];
};

/** The exchange cancelled, or why not. */
export type CancelExchangePayload = {
  __typename?: 'CancelExchangePayload';
  /** The exchange, now CANCELLED; null when refused. */
  exchange?: Maybe<Exchange>;
  /** Why the exchange was not cancelled; empty on success. */
  userErrors: Array<UserError>;
};

/** Which exchange to complete. */
export type CompleteExchangeInput = {
  /** The exchange (UUID). */
  exchangeId: Scalars['ID']['input'];
  /** How it ended, for the history; up to 1000 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The exchange completed, or why not. */
export type CompleteExchangePayload = {
  __typename?: 'CompleteExchangePayload';
  /** The exchange, now COMPLETED; null when refused. */
  exchange?: Maybe<Exchange>;
  /** Why the exchange was not completed; empty on success. */
  userErrors: Array<UserError>;
};

/** A correction of an evaluation by its author: the whole new value (ratings and narrative), replacing the one before. */
export type CorrectEvaluationInput = {
  /** The evaluation to correct (UUID). */
  evaluationId: Scalars['ID']['input'];
  /** A key of the caller's choosing: a retry with the same key and input returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Scores on named indicators, at most 20; omitted, none. */
  indicators?: InputMaybe<Array<IndicatorScoreInput>>;
  /** The evaluation in the author's words, up to 4000 characters; omitted, none. */
  narrative?: InputMaybe<Scalars['String']['input']>;
  /** Overall rating, 1 (poor) to 5 (excellent). */
  overallRating: Scalars['Int']['input'];
  /** Why it is corrected, up to 1000 characters; kept with the values before. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The evaluation corrected, or why not. */
export type CorrectEvaluationPayload = {
  __typename?: 'CorrectEvaluationPayload';
  /** The evaluation with its corrected values; null when refused. */
  evaluation?: Maybe<Evaluation>;
  /** Why it was not corrected (CORRECTION_WINDOW_CLOSED, INVALID_INPUT, NOT_FOUND); empty on success. */
  userErrors: Array<UserError>;
};

/** A correction of an outcome by whoever recorded it: the whole new value. */
export type CorrectOutcomeInput = {
  /** What was achieved, up to 1000 characters. */
  description: Scalars['String']['input'];
  /** A key of the caller's choosing: a retry with the same key and input returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What kind of result. */
  kind: OutcomeKind;
  /** The outcome to correct (UUID). */
  outcomeId: Scalars['ID']['input'];
  /** Why it is corrected, up to 1000 characters; kept with the values before. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** SDG targets it contributes to, such as 6.2; at most 20; omitted, none. */
  sdgTargets?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The outcome corrected, or why not. */
export type CorrectOutcomePayload = {
  __typename?: 'CorrectOutcomePayload';
  /** The outcome with its corrected values; null when refused. */
  outcome?: Maybe<Outcome>;
  /** Why it was not corrected (CORRECTION_WINDOW_CLOSED, INVALID_INPUT, NOT_FOUND); empty on success. */
  userErrors: Array<UserError>;
};

/** How many exchanges answered requests from one country. */
export type CountryCount = {
  __typename?: 'CountryCount';
  /** How many exchanges. */
  count: Scalars['Int']['output'];
  /** ISO 3166-1 alpha-2 code. */
  countryCode: Scalars['String']['output'];
};

/** How many waits fell in one band of days. */
export type DaysBandCount = {
  __typename?: 'DaysBandCount';
  /** How many requests (or exchanges) waited that long. */
  count: Scalars['Int']['output'];
  /** Fewest days in the band, included. */
  fromDays: Scalars['Int']['output'];
  /** Most days in the band, excluded; null for the last band, which has no end. */
  toDays?: Maybe<Scalars['Int']['output']>;
};

/** An evaluation of an exchange by one side, at one phase. */
export type Evaluation = {
  __typename?: 'Evaluation';
  /** The official who wrote it; null when an association wrote it. For the secretariat, the officials taking part and the associations involved; anyone else gets null with FORBIDDEN. */
  author?: Maybe<Official>;
  /** The association that wrote it, for ASSOCIATION evaluations written by association staff. Same readers as author. */
  authorAssociation?: Maybe<Association>;
  /** The values it had before each correction by its author, oldest first; empty when never corrected. Same readers as author. */
  corrections?: Maybe<Array<EvaluationCorrection>>;
  /** For AFTER evaluations: months after the end (0 at the end, then 3, 6, 12). */
  followUpMonths?: Maybe<Scalars['Int']['output']>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Scores on named indicators. */
  indicators: Array<IndicatorScore>;
  /** The evaluation in the author's words. For the secretariat, the officials taking part and the associations involved; anyone else gets null with FORBIDDEN. */
  narrative?: Maybe<Scalars['String']['output']>;
  /** Overall rating, 1 (poor) to 5 (excellent). */
  overallRating: Scalars['Int']['output'];
  /** Before, during or after the exchange. */
  phase: EvaluationPhase;
  /** Why the secretariat recorded it for its author (early or late follow-ups); null when the author recorded it. Same readers as author. */
  recordedReason?: Maybe<Scalars['String']['output']>;
  /** Which side the author speaks for. */
  respondentRole: RespondentRole;
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
};

/** A page of evaluations, oldest first. */
export type EvaluationConnection = {
  __typename?: 'EvaluationConnection';
  /** The evaluations with their cursors. */
  edges: Array<EvaluationEdge>;
  /** The evaluations alone. */
  nodes: Array<Evaluation>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many evaluations the whole list holds (of the phase asked for), every page together. */
  totalCount: Scalars['Int']['output'];
};

/** What an evaluation said before its author corrected it. */
export type EvaluationCorrection = {
  __typename?: 'EvaluationCorrection';
  /** When it was corrected. */
  correctedAt: Scalars['DateTime']['output'];
  /** The indicator scores before. */
  previousIndicators: Array<IndicatorScore>;
  /** The narrative before. */
  previousNarrative?: Maybe<Scalars['String']['output']>;
  /** The overall rating before. */
  previousOverallRating: Scalars['Int']['output'];
  /** Why, when the author said. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** An evaluation the viewer is expected to give. */
export type EvaluationDue = {
  __typename?: 'EvaluationDue';
  /** When it is due: the first day for BEFORE, the last day for DURING, the day the exchange completed (or the follow-up opened) for AFTER. */
  dueOn: Scalars['Date']['output'];
  /** The exchange to evaluate. */
  exchange: Exchange;
  /** For AFTER: 0 at the end, or the follow-up's months; null otherwise. */
  followUpMonths?: Maybe<Scalars['Int']['output']>;
  /** The phase: BEFORE while it is planned, DURING while under way, AFTER once completed. */
  phase: EvaluationPhase;
  /** The side the viewer answers for; null when an official's role does not tell (they choose when recording). */
  respondentRole?: Maybe<RespondentRole>;
};

/** An evaluation with its cursor. */
export type EvaluationEdge = {
  __typename?: 'EvaluationEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The evaluation. */
  node: Evaluation;
};

/** Phases of evaluation. */
export type EvaluationPhase =
  /** Results, at the end and at follow-ups. */
  | 'AFTER'
  /** Baseline and objectives, before the exchange starts. */
  | 'BEFORE'
  /** Progress, while the exchange is under way. */
  | 'DURING';

/** An exchange of know-how between peers, in one of four formats. */
export type Exchange = {
  __typename?: 'Exchange';
  /** Local government associations involved; null while the directory (municipalities) cannot be reached, so that the rest of the exchange still resolves. */
  associations?: Maybe<Array<Association>>;
  /** Last day. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /**
   * Evaluations before, during and after, oldest first.
   * @deprecated Unbounded; use evaluationsConnection, which pages.
   */
  evaluations: Array<Evaluation>;
  /** Evaluations before, during and after, oldest first, a page at a time. */
  evaluationsConnection: EvaluationConnection;
  /** The format of the exchange. */
  format: ExchangeFormat;
  /** Every status change, oldest first. */
  history: Array<ExchangeTransition>;
  /** Country of the host municipality, ISO 3166-1 alpha-2. */
  hostCountryCode: Scalars['String']['output'];
  /** The municipality that hosts the exchange. */
  hostMunicipality?: Maybe<Municipality>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Where it takes place. */
  location?: Maybe<Scalars['String']['output']>;
  /** The accepted match the exchange was planned from. */
  match?: Maybe<Match>;
  /** What the exchange achieved, oldest first. */
  outcomes: Array<Outcome>;
  /** The officials taking part, with their roles. */
  participants: Array<Participant>;
  /** The request the exchange answers. */
  request?: Maybe<Request>;
  /** First day. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** Where the exchange stands. */
  status: ExchangeStatus;
  /** Short title. */
  title: Scalars['String']['output'];
};


/** An exchange of know-how between peers, in one of four formats. */
export type ExchangeEvaluationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  phase?: InputMaybe<EvaluationPhase>;
};

/** A page of exchanges. */
export type ExchangeConnection = {
  __typename?: 'ExchangeConnection';
  /** The exchanges with their cursors. */
  edges: Array<ExchangeEdge>;
  /** The exchanges alone. */
  nodes: Array<Exchange>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many exchanges the whole list holds with this filter, every page together. */
  totalCount: Scalars['Int']['output'];
};

/** An exchange with its cursor. */
export type ExchangeEdge = {
  __typename?: 'ExchangeEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The exchange. */
  node: Exchange;
};

/** Filters for exchanges. */
export type ExchangeFilter = {
  /** Only exchanges this local government association is involved in (UUID). */
  associationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the exchanges that impact figures with this filter count (for a drill-down from a figure): not cancelled, started in the period, of the format, answering a request from the country on the topic. */
  countedIn?: InputMaybe<ImpactFilter>;
  /**
   * Only exchanges hosted in this country, ISO 3166-1 alpha-2.
   * @deprecated Ambiguous: use hostCountryCode, which says whose country it is.
   */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Only exchanges of this format. */
  format?: InputMaybe<ExchangeFormat>;
  /** Only exchanges whose days (startsOn to endsOn) overlap a period on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only exchanges hosted in this country, ISO 3166-1 alpha-2; wins over the deprecated countryCode when both are given. */
  hostCountryCode?: InputMaybe<Scalars['String']['input']>;
  /** Only exchanges this official takes part in, in any role (UUID). */
  officialId?: InputMaybe<Scalars['ID']['input']>;
  /** Only exchanges with an outcome of this kind. */
  outcomeKind?: InputMaybe<OutcomeKind>;
  /** Only exchanges evaluated at this phase (by the side in ratedBy, when given). */
  ratedAt?: InputMaybe<EvaluationPhase>;
  /** Only exchanges evaluated by this side (at the phase in ratedAt, when given). */
  ratedBy?: InputMaybe<RespondentRole>;
  /** Only exchanges answering this request (UUID). */
  requestId?: InputMaybe<Scalars['ID']['input']>;
  /** Only exchanges with an outcome contributing to this SDG target, such as 6.2. */
  sdgTarget?: InputMaybe<Scalars['String']['input']>;
  /** Only exchanges in this status. */
  status?: InputMaybe<ExchangeStatus>;
  /** Only exchanges in one of these statuses; combined with status when both are given. */
  statuses?: InputMaybe<Array<ExchangeStatus>>;
  /** Only exchanges whose days (startsOn to endsOn) overlap a period on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** The four formats of exchange. */
export type ExchangeFormat =
  /** A peer expert works with the requester on site or remotely. */
  | 'EXPERT_ASSIGNMENT'
  /** Several peers meet to discuss a common challenge. */
  | 'ROUNDTABLE'
  /** The requester visits a peer municipality to see a practice at work. */
  | 'STUDY_VISIT'
  /** An official works for a time in the peer's administration. */
  | 'WORK_PLACEMENT';

/** How many exchanges have one format. */
export type ExchangeFormatCount = {
  __typename?: 'ExchangeFormatCount';
  /** How many exchanges. */
  count: Scalars['Int']['output'];
  /** The format. */
  format: ExchangeFormat;
};

/** Where an exchange stands. */
export type ExchangeStatus =
  /** Called off; the history says why. */
  | 'CANCELLED'
  /** Done. */
  | 'COMPLETED'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Agreed and planned; not started. */
  | 'PLANNED';

/** One change of an exchange's status: who, when and why. */
export type ExchangeTransition = {
  __typename?: 'ExchangeTransition';
  /** Who did it, as role and id, such as OFFICIAL:<id>, or STAFF:<who> (STAFF alone when the token names nobody). Only staff readers see who: others see a named member of staff as STAFF·<pseudonym>, eight hex digits, the same in every history. */
  actor: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** For a change of a planned exchange (from PLANNED to PLANNED): the fields updateExchange changed, such as startsOn or participants; null for a change of status. */
  changed?: Maybe<Array<Scalars['String']['output']>>;
  /** Status before; null for the first entry, when the exchange was planned. */
  from?: Maybe<ExchangeStatus>;
  /** Why, when a reason was given. For the secretariat, the officials taking part and the associations involved; anyone else gets null with FORBIDDEN. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Status after. */
  to: ExchangeStatus;
};

/** What the exchanges achieved, for the filter given. Groups with nothing in them are left out. */
export type Impact = {
  __typename?: 'Impact';
  /** Average overall rating of those exchanges' evaluations, by phase and side. */
  averageRatings: Array<RatingAverage>;
  /** How the days from submission to validation spread, in fixed bands (0, 7, 14, 30, 60, 90, 180 days and over). */
  daysSubmissionToValidation: Array<DaysBandCount>;
  /** How the days from validation to the start of the exchange spread, in the same bands. */
  daysValidationToExchangeStart: Array<DaysBandCount>;
  /** Exchanges (not cancelled) by the country of the requesting municipality (the host's when the request is unknown). */
  exchangesByCountry: Array<CountryCount>;
  /** Exchanges (not cancelled) by format. */
  exchangesByFormat: Array<ExchangeFormatCount>;
  /** Median days from a request's submission to its validation, to one decimal; null without such requests. */
  medianDaysSubmissionToValidation?: Maybe<Scalars['Float']['output']>;
  /** Median days from a request's validation to the start of its exchange, to one decimal; null without started exchanges. */
  medianDaysValidationToExchangeStart?: Maybe<Scalars['Float']['output']>;
  /** Outcomes of those exchanges by kind. */
  outcomesByKind: Array<OutcomeKindCount>;
  /** Outcomes of those exchanges by SDG target, by goal then target. */
  outcomesBySdgTarget: Array<SdgTargetCount>;
  /** Requests by where they stand now, in lifecycle order. */
  requestsByStatus: Array<RequestStatusCount>;
};

/** Which part of the platform's work impact figures speak of. Every filter is optional. */
export type ImpactFilter = {
  /**
   * Country of the requesting municipality, ISO 3166-1 alpha-2.
   * @deprecated Ambiguous: use requesterCountryCode, which says whose country it is.
   */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Format of the exchanges; does not narrow request figures (a request only prefers formats). */
  format?: InputMaybe<ExchangeFormat>;
  /** First day of the period: requests submitted (or, never submitted, drafted) and exchanges started on or after it. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Country of the requesting municipality, ISO 3166-1 alpha-2; wins over the deprecated countryCode when both are given. */
  requesterCountryCode?: InputMaybe<Scalars['String']['input']>;
  /** Last day of the period, included. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** A topic code of the request, such as water; its sub-topics (sanitation, …) count too. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** A score on one indicator. */
export type IndicatorScore = {
  __typename?: 'IndicatorScore';
  /** The indicator, such as relevance or applicability. */
  indicator: Scalars['String']['output'];
  /** Score, 1 to 5. */
  score: Scalars['Int']['output'];
};

/** A score on one indicator, as the author gives it. */
export type IndicatorScoreInput = {
  /** The indicator, such as relevance or applicability; up to 80 characters, each once. */
  indicator: Scalars['String']['input'];
  /** Score, 1 to 5. */
  score: Scalars['Int']['input'];
};

/** A peer official proposed for a request, with a score and its explanation. */
export type Match = {
  __typename?: 'Match';
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
};

/** The signed-in viewer and their work, in one query: the municipalities service owns it (role, official, association, municipality, inbox) and every other service adds the viewer's work it keeps under the same id. A `Me` resolves only for the viewer it is about. */
export type Me = {
  __typename?: 'Me';
  /** Evaluations the viewer (an official taking part, or an association involved) is expected to give and has not: the phase an exchange is in now, the evaluation at the end once it completed, and each 3-, 6- and 12-month follow-up that has opened. By due day; empty for other roles. */
  evaluationsDue: Array<EvaluationDue>;
  /** The viewer: "OFFICIAL:<id>", "ASSOCIATION:<id>", or the role and subject of staff and donors. */
  id: Scalars['ID']['output'];
};

/** A local or regional government. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Exchanges hosted by the municipality, by start date. */
  exchanges?: Maybe<Array<Exchange>>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Calls off a planned or running exchange, with a reason (staff). */
  cancelExchange: CancelExchangePayload;
  /** Completes an exchange under way (staff). */
  completeExchange: CompleteExchangePayload;
  /** Corrects an evaluation: by its author only (the official or association it is from), within CORRECTION_WINDOW_DAYS of its submission. The values before are kept in Evaluation.corrections. */
  correctEvaluation: CorrectEvaluationPayload;
  /** Corrects an outcome: by whoever recorded it only, within CORRECTION_WINDOW_DAYS of its recording. The values before are kept in Outcome.corrections. */
  correctOutcome: CorrectOutcomePayload;
  /** Plans an exchange from an accepted match (staff). One live exchange per match. */
  planExchange: PlanExchangePayload;
  /** Records an evaluation: by an official taking part, or by an association involved; staff record one for them with a reason. */
  recordEvaluation: RecordEvaluationPayload;
  /** Records what an exchange under way or completed achieved (staff, or an official taking part). */
  recordOutcome: RecordOutcomePayload;
  /** Starts a planned exchange once it has a baseline (a BEFORE evaluation) (staff). */
  startExchange: StartExchangePayload;
  /** Changes a planned exchange (staff): its format, dates, location, participants or associations, under the rules of planning. Refused once it has started, completed or been cancelled. */
  updateExchange: UpdateExchangePayload;
};


export type MutationCancelExchangeArgs = {
  input: CancelExchangeInput;
};


export type MutationCompleteExchangeArgs = {
  input: CompleteExchangeInput;
};


export type MutationCorrectEvaluationArgs = {
  input: CorrectEvaluationInput;
};


export type MutationCorrectOutcomeArgs = {
  input: CorrectOutcomeInput;
};


export type MutationPlanExchangeArgs = {
  input: PlanExchangeInput;
};


export type MutationRecordEvaluationArgs = {
  input: RecordEvaluationInput;
};


export type MutationRecordOutcomeArgs = {
  input: RecordOutcomeInput;
};


export type MutationStartExchangeArgs = {
  input: StartExchangeInput;
};


export type MutationUpdateExchangeArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: UpdateExchangeInput;
};

/** A municipal official, elected or staff. */
export type Official = {
  __typename?: 'Official';
  /** Exchanges the official takes part in, by start date. */
  exchanges?: Maybe<Array<Exchange>>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
};

/** Something an exchange achieved. */
export type Outcome = {
  __typename?: 'Outcome';
  /** The values it had before each correction, oldest first; empty when never corrected. */
  corrections: Array<OutcomeCorrection>;
  /** What was achieved. */
  description: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** What kind of result. */
  kind: OutcomeKind;
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** UN Sustainable Development Goal targets it contributes to, such as 6.2. */
  sdgTargets: Array<Scalars['String']['output']>;
};

/** What an outcome said before it was corrected. */
export type OutcomeCorrection = {
  __typename?: 'OutcomeCorrection';
  /** When it was corrected. */
  correctedAt: Scalars['DateTime']['output'];
  /** The description before. */
  previousDescription: Scalars['String']['output'];
  /** The kind before. */
  previousKind: OutcomeKind;
  /** The SDG targets before. */
  previousSdgTargets: Array<Scalars['String']['output']>;
  /** Why, when the author said. For the secretariat, the officials taking part and the associations involved; anyone else gets null with FORBIDDEN. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** Kinds of outcome. */
export type OutcomeKind =
  /** A concrete solution put in place. */
  | 'CONCRETE_SOLUTION'
  /** A lasting connection between peers or institutions. */
  | 'CONNECTION'
  /** A new idea to try. */
  | 'NEW_IDEA'
  /** A plan formally adopted. */
  | 'PLAN_ADOPTED';

/** How many outcomes are of one kind. */
export type OutcomeKindCount = {
  __typename?: 'OutcomeKindCount';
  /** How many outcomes. */
  count: Scalars['Int']['output'];
  /** The kind of outcome. */
  kind: OutcomeKind;
};

/** Where a page ends and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An official taking part in an exchange. */
export type Participant = {
  __typename?: 'Participant';
  /** The official. */
  official?: Maybe<Official>;
  /** What they do in the exchange. */
  role: ParticipantRole;
};

/** An official and the role they take in a planned exchange. */
export type ParticipantInput = {
  /** The official (UUID). */
  officialId: Scalars['ID']['input'];
  /** What they do in the exchange. */
  role: ParticipantRole;
};

/** Roles in an exchange. */
export type ParticipantRole =
  /** Coordinates for an association or the secretariat. */
  | 'COORDINATOR'
  /** The peer who brings know-how. */
  | 'EXPERT'
  /** Hosts the exchange in their own municipality. */
  | 'HOST'
  /** Takes part, such as a colleague on a study visit. */
  | 'PARTICIPANT';

/** Everything the platform holds about one official: each service adds the part it keeps. */
export type PersonalDataExport = {
  __typename?: 'PersonalDataExport';
  /** What the exchanges service holds: participations, evaluations they wrote, transitions they made, accepted matches (with the availability they declared), their municipality as the directory told it. */
  exchanges?: Maybe<Scalars['JSON']['output']>;
  /** The official the export is about. */
  officialId: Scalars['ID']['output'];
};

/** What is needed to plan an exchange from an accepted match. */
export type PlanExchangeInput = {
  /** Local government associations involved (UUIDs), at most 10. */
  associationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Last day, on or after the first. */
  endsOn: Scalars['Date']['input'];
  /** The format of the exchange. */
  format: ExchangeFormat;
  /** The municipality that hosts the exchange (UUID); its country must be known. */
  hostMunicipalityId: Scalars['ID']['input'];
  /** A key of the caller's choosing: a retry with the same key and input returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Where it takes place, up to 200 characters. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** The accepted match the exchange answers (UUID). */
  matchId: Scalars['ID']['input'];
  /** Why the secretariat plans the exchange although it departs from the request (format, window, peer availability) or names no association; kept in the history. Without it, such a plan is refused. */
  overrideReason?: InputMaybe<Scalars['String']['input']>;
  /** Who takes part: exactly one HOST, and the match's official as HOST or EXPERT; at most 20. */
  participants: Array<ParticipantInput>;
  /** First day. */
  startsOn: Scalars['Date']['input'];
  /** Short title, up to 200 characters. */
  title: Scalars['String']['input'];
};

/** The exchange planned, or why not. */
export type PlanExchangePayload = {
  __typename?: 'PlanExchangePayload';
  /** The planned exchange; null when refused. */
  exchange?: Maybe<Exchange>;
  /** Why the exchange was not planned; empty on success. */
  userErrors: Array<UserError>;
};

export type Query = {
  __typename?: 'Query';
  /** One exchange by id. */
  exchange?: Maybe<Exchange>;
  /** Exchanges, by start date, filtered. */
  exchanges: ExchangeConnection;
  /** What the exchanges achieved, by country, topic, format and period: for donors and the secretariat. */
  impact: Impact;
};


export type QueryExchangeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExchangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExchangeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryImpactArgs = {
  filter?: InputMaybe<ImpactFilter>;
};

/** The average overall rating given by one side at one phase. */
export type RatingAverage = {
  __typename?: 'RatingAverage';
  /** Average overall rating, 1 to 5, to two decimals. */
  average: Scalars['Float']['output'];
  /** How many evaluations. */
  count: Scalars['Int']['output'];
  /** The phase. */
  phase: EvaluationPhase;
  /** The side that rated. */
  respondentRole: RespondentRole;
};

/** An evaluation of an exchange by one side, at one phase. */
export type RecordEvaluationInput = {
  /** Staff only, recording for someone else: the association involved whose evaluation this is (UUID). */
  authorAssociationId?: InputMaybe<Scalars['ID']['input']>;
  /** Staff only, recording for someone else: the official taking part whose evaluation this is (UUID). */
  authorOfficialId?: InputMaybe<Scalars['ID']['input']>;
  /** The exchange evaluated (UUID). */
  exchangeId: Scalars['ID']['input'];
  /** For AFTER evaluations only: 0 at the end, or a follow-up 3, 6 or 12 months later. A follow-up at N months opens N months after the exchange's completion (FOLLOW_UP_NOT_OPEN before). */
  followUpMonths?: InputMaybe<Scalars['Int']['input']>;
  /** A key of the caller's choosing: a retry with the same key and input returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Scores on named indicators, at most 20. */
  indicators?: InputMaybe<Array<IndicatorScoreInput>>;
  /** The evaluation in the author's words, up to 4000 characters. */
  narrative?: InputMaybe<Scalars['String']['input']>;
  /** Overall rating, 1 (poor) to 5 (excellent). */
  overallRating: Scalars['Int']['input'];
  /** BEFORE while the exchange is PLANNED, DURING while IN_PROGRESS, AFTER once COMPLETED. */
  phase: EvaluationPhase;
  /** Staff only, required then: why the secretariat records it (a follow-up given early or late, on paper, by phone); kept with the evaluation. Staff may record a follow-up before it opens. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Which side the author speaks for: ASSOCIATION for associations, REQUESTER or PEER for officials. Derived from the author's part in the exchange when omitted. */
  respondentRole?: InputMaybe<RespondentRole>;
};

/** The evaluation recorded, or why not. */
export type RecordEvaluationPayload = {
  __typename?: 'RecordEvaluationPayload';
  /** The recorded evaluation; null when refused. */
  evaluation?: Maybe<Evaluation>;
  /** Why the evaluation was not recorded; empty on success. */
  userErrors: Array<UserError>;
};

/** Something an exchange achieved. */
export type RecordOutcomeInput = {
  /** What was achieved, up to 1000 characters. */
  description: Scalars['String']['input'];
  /** The exchange (UUID), IN_PROGRESS or COMPLETED. */
  exchangeId: Scalars['ID']['input'];
  /** A key of the caller's choosing: a retry with the same key and input returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What kind of result. */
  kind: OutcomeKind;
  /** SDG targets it contributes to, such as 6.2, 17.16 or 6.a (goal 1 to 17); at most 20. */
  sdgTargets?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The outcome recorded, or why not. */
export type RecordOutcomePayload = {
  __typename?: 'RecordOutcomePayload';
  /** The recorded outcome; null when refused. */
  outcome?: Maybe<Outcome>;
  /** Why the outcome was not recorded; empty on success. */
  userErrors: Array<UserError>;
};

/** A municipality's request for help with a challenge. Everything starts with a request. */
export type Request = {
  __typename?: 'Request';
  /** Exchanges planned for the request, by start date. */
  exchanges?: Maybe<Array<Exchange>>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
};

/** The lifecycle of a request. */
export type RequestStatus =
  /** Follow-up is over; nothing more is expected. */
  | 'CLOSED'
  /** The exchange has been completed. */
  | 'COMPLETED'
  /** Being written by the requester; only its municipality's officials and the secretariat see it. */
  | 'DRAFT'
  /** An exchange is under way. */
  | 'IN_EXCHANGE'
  /** A peer has accepted a proposal. */
  | 'MATCHED'
  /** Not accepted; the validation says why. */
  | 'REJECTED'
  /** Waiting for validation by the secretariat. */
  | 'SUBMITTED'
  /** Checked against the published criteria and accepted. */
  | 'VALIDATED'
  /** Withdrawn by the requester. */
  | 'WITHDRAWN';

/** How many requests stand in one status. */
export type RequestStatusCount = {
  __typename?: 'RequestStatusCount';
  /** How many requests. */
  count: Scalars['Int']['output'];
  /** A request status, such as VALIDATED. */
  status: RequestStatus;
};

/** Which side an evaluation speaks for. */
export type RespondentRole =
  /** A local government association involved. */
  | 'ASSOCIATION'
  /** The peer who brought know-how. */
  | 'PEER'
  /** The requesting municipality. */
  | 'REQUESTER';

/** How many outcomes contribute to one SDG target. */
export type SdgTargetCount = {
  __typename?: 'SdgTargetCount';
  /** How many outcomes. */
  count: Scalars['Int']['output'];
  /** The target, such as 6.2. */
  target: Scalars['String']['output'];
};

/** Which exchange to start. */
export type StartExchangeInput = {
  /** The exchange (UUID). */
  exchangeId: Scalars['ID']['input'];
  /** Why or how it starts, for the history; up to 1000 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The exchange started, or why not. */
export type StartExchangePayload = {
  __typename?: 'StartExchangePayload';
  /** The exchange, now IN_PROGRESS; null when refused. */
  exchange?: Maybe<Exchange>;
  /** Why the exchange was not started; empty on success. */
  userErrors: Array<UserError>;
};

/** What changes in a planned exchange; a field left out stays as it is. The rules of planning apply to what changes. */
export type UpdateExchangeInput = {
  /** The associations involved, replacing the list: at least one, at most 10 (UUIDs). */
  associationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The new last day, on or after the first. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The new format, one the request prefers. */
  format?: InputMaybe<ExchangeFormat>;
  /** Where it takes place, up to 200 characters; blank removes it. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Why the secretariat makes a change that departs from the request or leaves no association; kept in the history. */
  overrideReason?: InputMaybe<Scalars['String']['input']>;
  /** Everyone who takes part, replacing the list: exactly one HOST, and the match's official as HOST or EXPERT; at most 20. */
  participants?: InputMaybe<Array<ParticipantInput>>;
  /** The new first day; inside the request's window and the peer's availability. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
};

/** The exchange changed, or why not. */
export type UpdateExchangePayload = {
  __typename?: 'UpdateExchangePayload';
  /** The exchange as changed; null when refused. */
  exchange?: Maybe<Exchange>;
  /** Why the exchange was not changed; empty on success. */
  userErrors: Array<UserError>;
};

/** A refused mutation: what went wrong and which input field it concerns. */
export type UserError = {
  __typename?: 'UserError';
  /** Stable, machine-readable reason, such as TRANSITION_NOT_ALLOWED. */
  code: Scalars['String']['output'];
  /** The input field concerned, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Evaluation: Evaluation;
  Exchange: Exchange;
  Me: Me;
  Municipality: Municipality;
  Official: Official;
  Outcome: Outcome;
  PersonalDataExport: PersonalDataExport;
  Request: Request;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Evaluation:
    ( { __typename: 'Evaluation' }
    & GraphQLRecursivePick<FederationTypes['Evaluation'], {"id":true}> );
  Exchange:
    ( { __typename: 'Exchange' }
    & GraphQLRecursivePick<FederationTypes['Exchange'], {"id":true}> );
  Me:
    ( { __typename: 'Me' }
    & GraphQLRecursivePick<FederationTypes['Me'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"id":true}> );
  Official:
    ( { __typename: 'Official' }
    & GraphQLRecursivePick<FederationTypes['Official'], {"id":true}> );
  Outcome:
    ( { __typename: 'Outcome' }
    & GraphQLRecursivePick<FederationTypes['Outcome'], {"id":true}> );
  PersonalDataExport:
    ( { __typename: 'PersonalDataExport' }
    & GraphQLRecursivePick<FederationTypes['PersonalDataExport'], {"officialId":true}> );
  Request:
    ( { __typename: 'Request' }
    & GraphQLRecursivePick<FederationTypes['Request'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Association: ResolverTypeWrapper<{ id: string }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CancelExchangeInput: CancelExchangeInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CancelExchangePayload: ResolverTypeWrapper<Omit<CancelExchangePayload, 'exchange'> & { exchange?: Maybe<ResolversTypes['Exchange']> }>;
  CompleteExchangeInput: CompleteExchangeInput;
  CompleteExchangePayload: ResolverTypeWrapper<Omit<CompleteExchangePayload, 'exchange'> & { exchange?: Maybe<ResolversTypes['Exchange']> }>;
  CorrectEvaluationInput: CorrectEvaluationInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CorrectEvaluationPayload: ResolverTypeWrapper<Omit<CorrectEvaluationPayload, 'evaluation'> & { evaluation?: Maybe<ResolversTypes['Evaluation']> }>;
  CorrectOutcomeInput: CorrectOutcomeInput;
  CorrectOutcomePayload: ResolverTypeWrapper<Omit<CorrectOutcomePayload, 'outcome'> & { outcome?: Maybe<ResolversTypes['Outcome']> }>;
  CountryCount: ResolverTypeWrapper<CountryCount>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DaysBandCount: ResolverTypeWrapper<DaysBandCount>;
  Evaluation: ResolverTypeWrapper<EvaluationRow>;
  EvaluationConnection: ResolverTypeWrapper<EvaluationPage>;
  EvaluationCorrection: ResolverTypeWrapper<EvaluationCorrectionRow>;
  EvaluationDue: ResolverTypeWrapper<EvaluationDueView>;
  EvaluationEdge: ResolverTypeWrapper<Omit<EvaluationEdge, 'node'> & { node: ResolversTypes['Evaluation'] }>;
  EvaluationPhase: EvaluationPhase;
  Exchange: ResolverTypeWrapper<ExchangeRow>;
  ExchangeConnection: ResolverTypeWrapper<ExchangePage>;
  ExchangeEdge: ResolverTypeWrapper<Omit<ExchangeEdge, 'node'> & { node: ResolversTypes['Exchange'] }>;
  ExchangeFilter: ExchangeFilter;
  ExchangeFormat: ExchangeFormat;
  ExchangeFormatCount: ResolverTypeWrapper<ExchangeFormatCount>;
  ExchangeStatus: ExchangeStatus;
  ExchangeTransition: ResolverTypeWrapper<ExchangeTransitionView>;
  Impact: ResolverTypeWrapper<ImpactScope>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ImpactFilter: ImpactFilter;
  IndicatorScore: ResolverTypeWrapper<IndicatorScore>;
  IndicatorScoreInput: IndicatorScoreInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Match: ResolverTypeWrapper<{ id: string }>;
  Me: ResolverTypeWrapper<{ id: string }>;
  Municipality: ResolverTypeWrapper<{ id: string }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Official: ResolverTypeWrapper<{ id: string }>;
  Outcome: ResolverTypeWrapper<OutcomeRow>;
  OutcomeCorrection: ResolverTypeWrapper<OutcomeCorrectionView>;
  OutcomeKind: OutcomeKind;
  OutcomeKindCount: ResolverTypeWrapper<OutcomeKindCount>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Participant: ResolverTypeWrapper<Omit<Participant, 'official'> & { official?: Maybe<ResolversTypes['Official']> }>;
  ParticipantInput: ParticipantInput;
  ParticipantRole: ParticipantRole;
  PersonalDataExport: ResolverTypeWrapper<{ officialId: string }>;
  PlanExchangeInput: PlanExchangeInput;
  PlanExchangePayload: ResolverTypeWrapper<Omit<PlanExchangePayload, 'exchange'> & { exchange?: Maybe<ResolversTypes['Exchange']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RatingAverage: ResolverTypeWrapper<RatingAverage>;
  RecordEvaluationInput: RecordEvaluationInput;
  RecordEvaluationPayload: ResolverTypeWrapper<Omit<RecordEvaluationPayload, 'evaluation'> & { evaluation?: Maybe<ResolversTypes['Evaluation']> }>;
  RecordOutcomeInput: RecordOutcomeInput;
  RecordOutcomePayload: ResolverTypeWrapper<Omit<RecordOutcomePayload, 'outcome'> & { outcome?: Maybe<ResolversTypes['Outcome']> }>;
  Request: ResolverTypeWrapper<{ id: string }>;
  RequestStatus: RequestStatus;
  RequestStatusCount: ResolverTypeWrapper<RequestStatusCount>;
  RespondentRole: RespondentRole;
  SdgTargetCount: ResolverTypeWrapper<SdgTargetCount>;
  StartExchangeInput: StartExchangeInput;
  StartExchangePayload: ResolverTypeWrapper<Omit<StartExchangePayload, 'exchange'> & { exchange?: Maybe<ResolversTypes['Exchange']> }>;
  UpdateExchangeInput: UpdateExchangeInput;
  UpdateExchangePayload: ResolverTypeWrapper<Omit<UpdateExchangePayload, 'exchange'> & { exchange?: Maybe<ResolversTypes['Exchange']> }>;
  UserError: ResolverTypeWrapper<UserError>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Association: { id: string };
  ID: Scalars['ID']['output'];
  CancelExchangeInput: CancelExchangeInput;
  String: Scalars['String']['output'];
  CancelExchangePayload: Omit<CancelExchangePayload, 'exchange'> & { exchange?: Maybe<ResolversParentTypes['Exchange']> };
  CompleteExchangeInput: CompleteExchangeInput;
  CompleteExchangePayload: Omit<CompleteExchangePayload, 'exchange'> & { exchange?: Maybe<ResolversParentTypes['Exchange']> };
  CorrectEvaluationInput: CorrectEvaluationInput;
  Int: Scalars['Int']['output'];
  CorrectEvaluationPayload: Omit<CorrectEvaluationPayload, 'evaluation'> & { evaluation?: Maybe<ResolversParentTypes['Evaluation']> };
  CorrectOutcomeInput: CorrectOutcomeInput;
  CorrectOutcomePayload: Omit<CorrectOutcomePayload, 'outcome'> & { outcome?: Maybe<ResolversParentTypes['Outcome']> };
  CountryCount: CountryCount;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DaysBandCount: DaysBandCount;
  Evaluation: EvaluationRow;
  EvaluationConnection: EvaluationPage;
  EvaluationCorrection: EvaluationCorrectionRow;
  EvaluationDue: EvaluationDueView;
  EvaluationEdge: Omit<EvaluationEdge, 'node'> & { node: ResolversParentTypes['Evaluation'] };
  Exchange: ExchangeRow;
  ExchangeConnection: ExchangePage;
  ExchangeEdge: Omit<ExchangeEdge, 'node'> & { node: ResolversParentTypes['Exchange'] };
  ExchangeFilter: ExchangeFilter;
  ExchangeFormatCount: ExchangeFormatCount;
  ExchangeTransition: ExchangeTransitionView;
  Impact: ImpactScope;
  Float: Scalars['Float']['output'];
  ImpactFilter: ImpactFilter;
  IndicatorScore: IndicatorScore;
  IndicatorScoreInput: IndicatorScoreInput;
  JSON: Scalars['JSON']['output'];
  Match: { id: string };
  Me: { id: string };
  Municipality: { id: string };
  Mutation: Record<PropertyKey, never>;
  Official: { id: string };
  Outcome: OutcomeRow;
  OutcomeCorrection: OutcomeCorrectionView;
  OutcomeKindCount: OutcomeKindCount;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Participant: Omit<Participant, 'official'> & { official?: Maybe<ResolversParentTypes['Official']> };
  ParticipantInput: ParticipantInput;
  PersonalDataExport: { officialId: string };
  PlanExchangeInput: PlanExchangeInput;
  PlanExchangePayload: Omit<PlanExchangePayload, 'exchange'> & { exchange?: Maybe<ResolversParentTypes['Exchange']> };
  Query: Record<PropertyKey, never>;
  RatingAverage: RatingAverage;
  RecordEvaluationInput: RecordEvaluationInput;
  RecordEvaluationPayload: Omit<RecordEvaluationPayload, 'evaluation'> & { evaluation?: Maybe<ResolversParentTypes['Evaluation']> };
  RecordOutcomeInput: RecordOutcomeInput;
  RecordOutcomePayload: Omit<RecordOutcomePayload, 'outcome'> & { outcome?: Maybe<ResolversParentTypes['Outcome']> };
  Request: { id: string };
  RequestStatusCount: RequestStatusCount;
  SdgTargetCount: SdgTargetCount;
  StartExchangeInput: StartExchangeInput;
  StartExchangePayload: Omit<StartExchangePayload, 'exchange'> & { exchange?: Maybe<ResolversParentTypes['Exchange']> };
  UpdateExchangeInput: UpdateExchangeInput;
  UpdateExchangePayload: Omit<UpdateExchangePayload, 'exchange'> & { exchange?: Maybe<ResolversParentTypes['Exchange']> };
  UserError: UserError;
};

export type AssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Association'] = ResolversParentTypes['Association']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CancelExchangePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancelExchangePayload'] = ResolversParentTypes['CancelExchangePayload']> = {
  exchange?: Resolver<Maybe<ResolversTypes['Exchange']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CompleteExchangePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompleteExchangePayload'] = ResolversParentTypes['CompleteExchangePayload']> = {
  exchange?: Resolver<Maybe<ResolversTypes['Exchange']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CorrectEvaluationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectEvaluationPayload'] = ResolversParentTypes['CorrectEvaluationPayload']> = {
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CorrectOutcomePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectOutcomePayload'] = ResolversParentTypes['CorrectOutcomePayload']> = {
  outcome?: Resolver<Maybe<ResolversTypes['Outcome']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CountryCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountryCount'] = ResolversParentTypes['CountryCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DaysBandCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DaysBandCount'] = ResolversParentTypes['DaysBandCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EvaluationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation'], FederationReferenceType extends FederationReferenceTypes['Evaluation'] = FederationReferenceTypes['Evaluation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Evaluation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  authorAssociation?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType>;
  corrections?: Resolver<Maybe<Array<ResolversTypes['EvaluationCorrection']>>, ParentType, ContextType>;
  followUpMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['IndicatorScore']>, ParentType, ContextType>;
  narrative?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overallRating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['EvaluationPhase'], ParentType, ContextType>;
  recordedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  respondentRole?: Resolver<ResolversTypes['RespondentRole'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type EvaluationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationConnection'] = ResolversParentTypes['EvaluationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EvaluationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvaluationCorrectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationCorrection'] = ResolversParentTypes['EvaluationCorrection']> = {
  correctedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  previousIndicators?: Resolver<Array<ResolversTypes['IndicatorScore']>, ParentType, ContextType>;
  previousNarrative?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousOverallRating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EvaluationDueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationDue'] = ResolversParentTypes['EvaluationDue']> = {
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  exchange?: Resolver<ResolversTypes['Exchange'], ParentType, ContextType>;
  followUpMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['EvaluationPhase'], ParentType, ContextType>;
  respondentRole?: Resolver<Maybe<ResolversTypes['RespondentRole']>, ParentType, ContextType>;
};

export type EvaluationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationEdge'] = ResolversParentTypes['EvaluationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType>;
};

export type ExchangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Exchange'] = ResolversParentTypes['Exchange'], FederationReferenceType extends FederationReferenceTypes['Exchange'] = FederationReferenceTypes['Exchange']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Exchange']> | FederationReferenceType, FederationReferenceType, ContextType>;
  associations?: Resolver<Maybe<Array<ResolversTypes['Association']>>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evaluations?: Resolver<Array<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  evaluationsConnection?: Resolver<ResolversTypes['EvaluationConnection'], ParentType, ContextType, RequireFields<ExchangeEvaluationsConnectionArgs, 'first'>>;
  format?: Resolver<ResolversTypes['ExchangeFormat'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ExchangeTransition']>, ParentType, ContextType>;
  hostCountryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hostMunicipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  request?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExchangeStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExchangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExchangeConnection'] = ResolversParentTypes['ExchangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ExchangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Exchange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExchangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExchangeEdge'] = ResolversParentTypes['ExchangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Exchange'], ParentType, ContextType>;
};

export type ExchangeFormatCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExchangeFormatCount'] = ResolversParentTypes['ExchangeFormatCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ExchangeFormat'], ParentType, ContextType>;
};

export type ExchangeTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExchangeTransition'] = ResolversParentTypes['ExchangeTransition']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changed?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ExchangeStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ExchangeStatus'], ParentType, ContextType>;
};

export type ImpactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Impact'] = ResolversParentTypes['Impact']> = {
  averageRatings?: Resolver<Array<ResolversTypes['RatingAverage']>, ParentType, ContextType>;
  daysSubmissionToValidation?: Resolver<Array<ResolversTypes['DaysBandCount']>, ParentType, ContextType>;
  daysValidationToExchangeStart?: Resolver<Array<ResolversTypes['DaysBandCount']>, ParentType, ContextType>;
  exchangesByCountry?: Resolver<Array<ResolversTypes['CountryCount']>, ParentType, ContextType>;
  exchangesByFormat?: Resolver<Array<ResolversTypes['ExchangeFormatCount']>, ParentType, ContextType>;
  medianDaysSubmissionToValidation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianDaysValidationToExchangeStart?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outcomesByKind?: Resolver<Array<ResolversTypes['OutcomeKindCount']>, ParentType, ContextType>;
  outcomesBySdgTarget?: Resolver<Array<ResolversTypes['SdgTargetCount']>, ParentType, ContextType>;
  requestsByStatus?: Resolver<Array<ResolversTypes['RequestStatusCount']>, ParentType, ContextType>;
};

export type IndicatorScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorScore'] = ResolversParentTypes['IndicatorScore']> = {
  indicator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Match'] = ResolversParentTypes['Match']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me'], FederationReferenceType extends FederationReferenceTypes['Me'] = FederationReferenceTypes['Me']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Me']> | FederationReferenceType, FederationReferenceType, ContextType>;
  evaluationsDue?: Resolver<Array<ResolversTypes['EvaluationDue']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  exchanges?: Resolver<Maybe<Array<ResolversTypes['Exchange']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  cancelExchange?: Resolver<ResolversTypes['CancelExchangePayload'], ParentType, ContextType, RequireFields<MutationCancelExchangeArgs, 'input'>>;
  completeExchange?: Resolver<ResolversTypes['CompleteExchangePayload'], ParentType, ContextType, RequireFields<MutationCompleteExchangeArgs, 'input'>>;
  correctEvaluation?: Resolver<ResolversTypes['CorrectEvaluationPayload'], ParentType, ContextType, RequireFields<MutationCorrectEvaluationArgs, 'input'>>;
  correctOutcome?: Resolver<ResolversTypes['CorrectOutcomePayload'], ParentType, ContextType, RequireFields<MutationCorrectOutcomeArgs, 'input'>>;
  planExchange?: Resolver<ResolversTypes['PlanExchangePayload'], ParentType, ContextType, RequireFields<MutationPlanExchangeArgs, 'input'>>;
  recordEvaluation?: Resolver<ResolversTypes['RecordEvaluationPayload'], ParentType, ContextType, RequireFields<MutationRecordEvaluationArgs, 'input'>>;
  recordOutcome?: Resolver<ResolversTypes['RecordOutcomePayload'], ParentType, ContextType, RequireFields<MutationRecordOutcomeArgs, 'input'>>;
  startExchange?: Resolver<ResolversTypes['StartExchangePayload'], ParentType, ContextType, RequireFields<MutationStartExchangeArgs, 'input'>>;
  updateExchange?: Resolver<ResolversTypes['UpdateExchangePayload'], ParentType, ContextType, RequireFields<MutationUpdateExchangeArgs, 'id' | 'input'>>;
};

export type OfficialResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Official'] = ResolversParentTypes['Official'], FederationReferenceType extends FederationReferenceTypes['Official'] = FederationReferenceTypes['Official']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Official']> | FederationReferenceType, FederationReferenceType, ContextType>;
  exchanges?: Resolver<Maybe<Array<ResolversTypes['Exchange']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type OutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Outcome'] = ResolversParentTypes['Outcome'], FederationReferenceType extends FederationReferenceTypes['Outcome'] = FederationReferenceTypes['Outcome']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Outcome']> | FederationReferenceType, FederationReferenceType, ContextType>;
  corrections?: Resolver<Array<ResolversTypes['OutcomeCorrection']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OutcomeKind'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sdgTargets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OutcomeCorrectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OutcomeCorrection'] = ResolversParentTypes['OutcomeCorrection']> = {
  correctedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  previousDescription?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousKind?: Resolver<ResolversTypes['OutcomeKind'], ParentType, ContextType>;
  previousSdgTargets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OutcomeKindCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OutcomeKindCount'] = ResolversParentTypes['OutcomeKindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OutcomeKind'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant']> = {
  official?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ParticipantRole'], ParentType, ContextType>;
};

export type PersonalDataExportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalDataExport'] = ResolversParentTypes['PersonalDataExport'], FederationReferenceType extends FederationReferenceTypes['PersonalDataExport'] = FederationReferenceTypes['PersonalDataExport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalDataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  exchanges?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  officialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PlanExchangePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanExchangePayload'] = ResolversParentTypes['PlanExchangePayload']> = {
  exchange?: Resolver<Maybe<ResolversTypes['Exchange']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  exchange?: Resolver<Maybe<ResolversTypes['Exchange']>, ParentType, ContextType, RequireFields<QueryExchangeArgs, 'id'>>;
  exchanges?: Resolver<ResolversTypes['ExchangeConnection'], ParentType, ContextType, RequireFields<QueryExchangesArgs, 'first'>>;
  impact?: Resolver<ResolversTypes['Impact'], ParentType, ContextType, Partial<QueryImpactArgs>>;
};

export type RatingAverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RatingAverage'] = ResolversParentTypes['RatingAverage']> = {
  average?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['EvaluationPhase'], ParentType, ContextType>;
  respondentRole?: Resolver<ResolversTypes['RespondentRole'], ParentType, ContextType>;
};

export type RecordEvaluationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordEvaluationPayload'] = ResolversParentTypes['RecordEvaluationPayload']> = {
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RecordOutcomePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordOutcomePayload'] = ResolversParentTypes['RecordOutcomePayload']> = {
  outcome?: Resolver<Maybe<ResolversTypes['Outcome']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Request'] = ResolversParentTypes['Request'], FederationReferenceType extends FederationReferenceTypes['Request'] = FederationReferenceTypes['Request']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Request']> | FederationReferenceType, FederationReferenceType, ContextType>;
  exchanges?: Resolver<Maybe<Array<ResolversTypes['Exchange']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RequestStatusCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestStatusCount'] = ResolversParentTypes['RequestStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RequestStatus'], ParentType, ContextType>;
};

export type SdgTargetCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SdgTargetCount'] = ResolversParentTypes['SdgTargetCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StartExchangePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StartExchangePayload'] = ResolversParentTypes['StartExchangePayload']> = {
  exchange?: Resolver<Maybe<ResolversTypes['Exchange']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateExchangePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateExchangePayload'] = ResolversParentTypes['UpdateExchangePayload']> = {
  exchange?: Resolver<Maybe<ResolversTypes['Exchange']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Association?: AssociationResolvers<ContextType>;
  CancelExchangePayload?: CancelExchangePayloadResolvers<ContextType>;
  CompleteExchangePayload?: CompleteExchangePayloadResolvers<ContextType>;
  CorrectEvaluationPayload?: CorrectEvaluationPayloadResolvers<ContextType>;
  CorrectOutcomePayload?: CorrectOutcomePayloadResolvers<ContextType>;
  CountryCount?: CountryCountResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DaysBandCount?: DaysBandCountResolvers<ContextType>;
  Evaluation?: EvaluationResolvers<ContextType>;
  EvaluationConnection?: EvaluationConnectionResolvers<ContextType>;
  EvaluationCorrection?: EvaluationCorrectionResolvers<ContextType>;
  EvaluationDue?: EvaluationDueResolvers<ContextType>;
  EvaluationEdge?: EvaluationEdgeResolvers<ContextType>;
  Exchange?: ExchangeResolvers<ContextType>;
  ExchangeConnection?: ExchangeConnectionResolvers<ContextType>;
  ExchangeEdge?: ExchangeEdgeResolvers<ContextType>;
  ExchangeFormatCount?: ExchangeFormatCountResolvers<ContextType>;
  ExchangeTransition?: ExchangeTransitionResolvers<ContextType>;
  Impact?: ImpactResolvers<ContextType>;
  IndicatorScore?: IndicatorScoreResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Match?: MatchResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Official?: OfficialResolvers<ContextType>;
  Outcome?: OutcomeResolvers<ContextType>;
  OutcomeCorrection?: OutcomeCorrectionResolvers<ContextType>;
  OutcomeKindCount?: OutcomeKindCountResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  PersonalDataExport?: PersonalDataExportResolvers<ContextType>;
  PlanExchangePayload?: PlanExchangePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RatingAverage?: RatingAverageResolvers<ContextType>;
  RecordEvaluationPayload?: RecordEvaluationPayloadResolvers<ContextType>;
  RecordOutcomePayload?: RecordOutcomePayloadResolvers<ContextType>;
  Request?: RequestResolvers<ContextType>;
  RequestStatusCount?: RequestStatusCountResolvers<ContextType>;
  SdgTargetCount?: SdgTargetCountResolvers<ContextType>;
  StartExchangePayload?: StartExchangePayloadResolvers<ContextType>;
  UpdateExchangePayload?: UpdateExchangePayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

