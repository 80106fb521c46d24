/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Filters for best practices. */
export type BestPracticeFilter = {
  /** Full-text search over title, summary and body; at most 200 characters (more is refused as BAD_USER_INPUT). */
  search?: string | null | undefined;
  /** Only practices in this review state (the secretariat sees every state; others see PUBLISHED). */
  status?: BestPracticeStatus | null | undefined;
  /** Only practices on this topic or one of its sub-topics. */
  topic?: string | null | undefined;
};

/** Review states of a best practice. */
export type BestPracticeStatus =
  /** Being written. */
  | 'DRAFT'
  /** Submitted for review by the secretariat. */
  | 'IN_REVIEW'
  /** Public. */
  | 'PUBLISHED';

/** Phases of evaluation. */
export type EvaluationPhase =
  /** Results, at the end and at follow-ups. */
  | 'AFTER'
  /** Baseline and objectives, before the exchange starts. */
  | 'BEFORE'
  /** Progress, while the exchange is under way. */
  | 'DURING';

/** Filters for exchanges. */
export type ExchangeFilter = {
  /** Only exchanges this local government association is involved in (UUID). */
  associationId?: string | number | null | undefined;
  /** Only the exchanges that impact figures with this filter count (for a drill-down from a figure): not cancelled, started in the period, of the format, answering a request from the country on the topic. */
  countedIn?: ImpactFilter | null | undefined;
  /**
   * Only exchanges hosted in this country, ISO 3166-1 alpha-2.
   * @deprecated Ambiguous: use hostCountryCode, which says whose country it is.
   */
  countryCode?: string | null | undefined;
  /** Only exchanges of this format. */
  format?: ExchangeFormat | null | undefined;
  /** Only exchanges whose days (startsOn to endsOn) overlap a period on or after this day. */
  from?: string | null | undefined;
  /** Only exchanges hosted in this country, ISO 3166-1 alpha-2; wins over the deprecated countryCode when both are given. */
  hostCountryCode?: string | null | undefined;
  /** Only exchanges this official takes part in, in any role (UUID). */
  officialId?: string | number | null | undefined;
  /** Only exchanges with an outcome of this kind. */
  outcomeKind?: OutcomeKind | null | undefined;
  /** Only exchanges evaluated at this phase (by the side in ratedBy, when given). */
  ratedAt?: EvaluationPhase | null | undefined;
  /** Only exchanges evaluated by this side (at the phase in ratedAt, when given). */
  ratedBy?: RespondentRole | null | undefined;
  /** Only exchanges answering this request (UUID). */
  requestId?: string | number | null | undefined;
  /** Only exchanges with an outcome contributing to this SDG target, such as 6.2. */
  sdgTarget?: string | null | undefined;
  /** Only exchanges in this status. */
  status?: ExchangeStatus | null | undefined;
  /** Only exchanges in one of these statuses; combined with status when both are given. */
  statuses?: Array<ExchangeStatus> | null | undefined;
  /** Only exchanges whose days (startsOn to endsOn) overlap a period on or before this day. */
  to?: string | null | undefined;
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

/** Which part of the platform's work impact figures speak of. Every filter is optional. */
export type ImpactFilter = {
  /**
   * Country of the requesting municipality, ISO 3166-1 alpha-2.
   * @deprecated Ambiguous: use requesterCountryCode, which says whose country it is.
   */
  countryCode?: string | null | undefined;
  /** Format of the exchanges; does not narrow request figures (a request only prefers formats). */
  format?: ExchangeFormat | null | undefined;
  /** First day of the period: requests submitted (or, never submitted, drafted) and exchanges started on or after it. */
  from?: string | null | undefined;
  /** Country of the requesting municipality, ISO 3166-1 alpha-2; wins over the deprecated countryCode when both are given. */
  requesterCountryCode?: string | null | undefined;
  /** Last day of the period, included. */
  to?: string | null | undefined;
  /** A topic code of the request, such as water; its sub-topics (sanitation, …) count too. */
  topic?: string | null | undefined;
};

/** The factors that make up a match score. */
export type MatchFactorKind =
  /** A municipality of similar kind and size. */
  | 'CONTEXT_SIMILARITY'
  /** Exchanges done and ratings received. */
  | 'EXPERIENCE'
  /** Fewer current engagements rank higher, to share the work. */
  | 'FAIRNESS'
  /** Same function area and same kind of mandate. */
  | 'ROLE_SIMILARITY'
  /** How closely the official's own summary speaks to the request's challenge. */
  | 'TEXT_RELEVANCE'
  /** Declared expertise in the request's topics, taxonomy-aware, with level and years. */
  | 'TOPIC_FIT';

/** Where a match stands. */
export type MatchStatus =
  /** The official accepted. */
  | 'ACCEPTED'
  /** The official declined. */
  | 'DECLINED'
  /** Proposed to the official by the secretariat. */
  | 'PROPOSED'
  /** Ranked by the platform; nobody has been asked yet. */
  | 'SUGGESTED'
  /** Withdrawn by the secretariat, or because the request was completed, withdrawn or closed. */
  | 'WITHDRAWN';

/** What a notification tells. */
export type NotificationKind =
  /** A best practice was published. */
  | 'BEST_PRACTICE_PUBLISHED'
  /** The secretariat returned a best practice draft for changes. */
  | 'BEST_PRACTICE_RETURNED'
  /** An exchange started or completed: an evaluation is due. */
  | 'EVALUATION_DUE'
  /** An exchange the viewer takes part in or accompanies was cancelled. */
  | 'EXCHANGE_CANCELLED'
  /** A planned exchange changed (dates, location, participants, associations or format). */
  | 'EXCHANGE_CHANGED'
  /** An exchange the viewer takes part in or accompanies was planned. */
  | 'EXCHANGE_PLANNED'
  /** A follow-up evaluation (3, 6 or 12 months after completion) is due. */
  | 'FOLLOW_UP_DUE'
  /** A proposed peer accepted, told to the request's contact official. */
  | 'PROPOSAL_ACCEPTED'
  /** A proposed peer declined, told to the request's contact official. */
  | 'PROPOSAL_DECLINED'
  /** The secretariat proposed the official as a peer for a request. */
  | 'PROPOSAL_RECEIVED'
  /** The secretariat rejected the official's request. */
  | 'REQUEST_REJECTED'
  /** The secretariat validated the official's request. */
  | 'REQUEST_VALIDATED';

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

/** An official and the role they take in a planned exchange. */
export type ParticipantInput = {
  /** The official (UUID). */
  officialId: string | number;
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

/** What a search of the expert pool looks for: a request that need not exist yet. */
export type PeerCriteria = {
  /** The challenge in the requester's words, compared with what peers wrote; at most 1,000 characters, like any string of a query. */
  challenge?: string | null | undefined;
  /** Earliest day of the exchange; omitted means any. */
  earliestStart?: string | null | undefined;
  /** Formats the exchange could take; omitted or empty means any. */
  formats?: Array<ExchangeFormat> | null | undefined;
  /** Working languages, ISO 639-1 codes such as en or fr, 1 to 10; a peer must share one. */
  languages: Array<string>;
  /** Latest day of the exchange; omitted means any. */
  latestEnd?: string | null | undefined;
  /** The municipality seeking help: its country is left out, its kind and size are compared. */
  municipalityId: string | number;
  /** Topic codes of the taxonomy, such as sanitation, 1 to 10. */
  topics: Array<string>;
};

/** Filters for requests. */
export type RequestFilter = {
  /** Only requests that name this format among their preferred formats. */
  format?: ExchangeFormat | null | undefined;
  /** Only requests of this municipality. */
  municipalityId?: string | number | null | undefined;
  /** Only requests whose requesting municipality is in this country, ISO 3166-1 alpha-2 (the country Impact's requestsByStatus counts a request for). */
  requesterCountryCode?: string | null | undefined;
  /** Only requests whose reference, title or challenge contain every word of this text, in any case (at most 200 characters). */
  search?: string | null | undefined;
  /** Only requests in this status. */
  status?: RequestStatus | null | undefined;
  /** Only requests submitted on or after this day (UTC); a request never submitted counts from its drafting, as in Impact's requestsByStatus. */
  submittedFrom?: string | null | undefined;
  /** Only requests submitted on or before this day (UTC), included; a request never submitted counts from its drafting. */
  submittedTo?: string | null | undefined;
  /** Only requests on this topic code or one of its sub-topics: water also finds sanitation. */
  topic?: string | null | undefined;
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

/** Which side an evaluation speaks for. */
export type RespondentRole =
  /** A local government association involved. */
  | 'ASSOCIATION'
  /** The peer who brought know-how. */
  | 'PEER'
  /** The requesting municipality. */
  | 'REQUESTER';

/** What changes in a planned exchange; a field left out stays as it is. The rules of planning apply to what changes. */
export type UpdateExchangeInput = {
  /** The associations involved, replacing the list: at least one, at most 10 (UUIDs). */
  associationIds?: Array<string | number> | null | undefined;
  /** The new last day, on or after the first. */
  endsOn?: string | null | undefined;
  /** The new format, one the request prefers. */
  format?: ExchangeFormat | null | undefined;
  /** Where it takes place, up to 200 characters; blank removes it. */
  location?: string | null | undefined;
  /** Why the secretariat makes a change that departs from the request or leaves no association; kept in the history. */
  overrideReason?: string | null | undefined;
  /** Everyone who takes part, replacing the list: exactly one HOST, and the match's official as HOST or EXPERT; at most 20. */
  participants?: Array<ParticipantInput> | null | undefined;
  /** The new first day; inside the request's window and the peer's availability. */
  startsOn?: string | null | undefined;
};

/** What a viewer signed in as. */
export type ViewerRole =
  /** A local government association. */
  | 'ASSOCIATION'
  /** A donor, reading impact figures. */
  | 'DONOR'
  /** A municipal official. */
  | 'OFFICIAL'
  /** The secretariat. */
  | 'STAFF';

export type BestPracticeListQueryVariables = Exact<{
  filter?: BestPracticeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  language?: string | null | undefined;
}>;


export type BestPracticeListQuery = { bestPractices: { nodes: Array<{ id: string, title: string, summary: string, language: string, status: BestPracticeStatus, publishedAt: string | null, topics: Array<{ code: string, label: string | null }>, municipalities: Array<{ name: string, countryCode: string }>, sourceExchange: { id: string, title: string, format: ExchangeFormat, hostCountryCode: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExchangeListQueryVariables = Exact<{
  filter?: ExchangeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  language?: string | null | undefined;
}>;


export type ExchangeListQuery = { exchanges: { nodes: Array<{ id: string, title: string, format: ExchangeFormat, status: ExchangeStatus, hostCountryCode: string, startsOn: string | null, endsOn: string | null, hostMunicipality: { name: string, countryCode: string } | null, request: { reference: string, title: string, topics: Array<{ code: string, label: string | null }>, requestingMunicipality: { name: string, countryCode: string } | null } | null, outcomes: Array<{ kind: OutcomeKind, description: string, sdgTargets: Array<string> }>, bestPractices: Array<{ id: string, title: string, status: BestPracticeStatus }> | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FindPeersQueryVariables = Exact<{
  criteria: PeerCriteria;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FindPeersQuery = { findPeers: { edges: Array<{ cursor: string, node: { rank: number, score: number, factors: Array<{ factor: MatchFactorKind, weight: number, value: number, contribution: number, explanation: string }>, official: { fullName: string, position: string, municipality: { name: string, countryCode: string } } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ImpactDashboardQueryVariables = Exact<{
  filter?: ImpactFilter | null | undefined;
}>;


export type ImpactDashboardQuery = { impact: { medianDaysSubmissionToValidation: number | null, medianDaysValidationToExchangeStart: number | null, requestsByStatus: Array<{ status: RequestStatus, count: number }>, exchangesByFormat: Array<{ format: ExchangeFormat, count: number }>, exchangesByCountry: Array<{ countryCode: string, count: number }>, outcomesByKind: Array<{ kind: OutcomeKind, count: number }>, outcomesBySdgTarget: Array<{ target: string, count: number }>, averageRatings: Array<{ phase: EvaluationPhase, respondentRole: RespondentRole, average: number, count: number }>, daysSubmissionToValidation: Array<{ fromDays: number, toDays: number | null, count: number }>, daysValidationToExchangeStart: Array<{ fromDays: number, toDays: number | null, count: number }> } };

export type ImpactFilterChoicesQueryVariables = Exact<{
  language?: string | null | undefined;
}>;


export type ImpactFilterChoicesQuery = { topics: Array<{ code: string, label: string | null, children: Array<{ code: string, label: string | null }> | null }>, impact: { exchangesByCountry: Array<{ countryCode: string }> } };

export type InboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unread?: boolean | null | undefined;
}>;


export type InboxQuery = { me: { id: string, notifications: { totalCount: number, unreadCount: number, nodes: Array<{ id: string, kind: NotificationKind, title: string, summary: string, requestId: string | null, exchangeId: string | null, matchId: string | null, bestPracticeId: string | null, createdAt: string, readAt: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
  all?: boolean | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { notifications: Array<{ id: string, readAt: string | null }>, me: { id: string, notifications: { unreadCount: number } } | null, userErrors: Array<{ code: string, message: string, field: string | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, role: ViewerRole, official: { id: string, fullName: string, position: string } | null, association: { id: string, name: string, acronym: string | null } | null, municipality: { id: string, name: string, countryCode: string } | null, notifications: { totalCount: number, unreadCount: number, nodes: Array<{ id: string, kind: NotificationKind, title: string, createdAt: string }> }, pendingProposals: { totalCount: number, nodes: Array<{ id: string, status: MatchStatus, proposedAt: string | null, request: { id: string } | null }> }, evaluationsDue: Array<{ phase: EvaluationPhase, followUpMonths: number | null, respondentRole: RespondentRole | null, dueOn: string, exchange: { id: string, format: ExchangeFormat, startsOn: string | null, endsOn: string | null } }>, requestCounts: Array<{ status: RequestStatus, count: number }>, requests: { totalCount: number, nodes: Array<{ id: string, reference: string, title: string, status: RequestStatus }> }, bestPracticeDrafts: { totalCount: number, nodes: Array<{ id: string, title: string }> }, bestPracticesToDocument: { totalCount: number }, bestPracticesToReview: { totalCount: number, nodes: Array<{ id: string, title: string }> } } | null };

export type RequestOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type RequestOverviewQuery = { request: { id: string, reference: string, title: string, status: RequestStatus, topics: Array<{ code: string, label: string | null }>, requestingMunicipality: { name: string, countryCode: string } | null, matches: Array<{ rank: number, score: number, status: MatchStatus, factors: Array<{ factor: MatchFactorKind, contribution: number, explanation: string }>, official: { fullName: string, position: string, municipality: { name: string, countryCode: string } } | null }> | null, exchanges: Array<{ format: ExchangeFormat, status: ExchangeStatus, startsOn: string | null, endsOn: string | null, associations: Array<{ name: string }> | null, evaluations: Array<{ phase: EvaluationPhase, overallRating: number }>, outcomes: Array<{ kind: OutcomeKind, description: string }>, bestPractices: Array<{ title: string, status: BestPracticeStatus }> | null }> | null } | null };

export type RequestsListQueryVariables = Exact<{
  filter?: RequestFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RequestsListQuery = { requests: { totalCount: number, nodes: Array<{ id: string, reference: string, title: string, status: RequestStatus, submittedAt: string | null, preferredFormats: Array<ExchangeFormat>, topics: Array<{ code: string }>, requestingMunicipality: { id: string, name: string, countryCode: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UpdateExchangeMutationVariables = Exact<{
  id: string | number;
  input: UpdateExchangeInput;
  idempotencyKey?: string | null | undefined;
}>;


export type UpdateExchangeMutation = { updateExchange: { exchange: { id: string, status: ExchangeStatus, format: ExchangeFormat, startsOn: string | null, endsOn: string | null, location: string | null, participants: Array<{ role: ParticipantRole, official: { id: string, fullName: string } | null }>, associations: Array<{ id: string, name: string }> | null, history: Array<{ from: ExchangeStatus | null, to: ExchangeStatus, at: string, actor: string, reason: string | null, changed: Array<string> | null }> } | null, userErrors: Array<{ code: string, message: string, field: string | null }> } };


export const BestPracticeListDocument = {"__meta__":{"hash":"207b42035b02f572290c37055890ff99985df14bac56e42b99f444296d1ad616"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BestPracticeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BestPracticeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"en","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bestPractices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountryCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<BestPracticeListQuery, BestPracticeListQueryVariables>;
export const ExchangeListDocument = {"__meta__":{"hash":"a9950ea158d40f530bc44be6b1fa3169f84ebdf6f0a3203be0dc89052298690e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExchangeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"en","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountryCode"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"hostMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"requestingMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sdgTargets"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestPractices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ExchangeListQuery, ExchangeListQueryVariables>;
export const FindPeersDocument = {"__meta__":{"hash":"0c5c64e7ed321600b7ff1ebb781502bb4b47975a3e91606fa1fd63b3775737e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindPeers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criteria"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeerCriteria"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findPeers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"criteria"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criteria"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FindPeersQuery, FindPeersQueryVariables>;
export const ImpactDashboardDocument = {"__meta__":{"hash":"b6793ce1e538452b9c854aceaa90de5d70278e6d837550cb8ebbc77200a96979"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exchangesByFormat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exchangesByCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesBySdgTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"respondentRole"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysSubmissionToValidation"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysValidationToExchangeStart"}},{"kind":"Field","name":{"kind":"Name","value":"daysSubmissionToValidation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromDays"}},{"kind":"Field","name":{"kind":"Name","value":"toDays"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysValidationToExchangeStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromDays"}},{"kind":"Field","name":{"kind":"Name","value":"toDays"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ImpactDashboardQuery, ImpactDashboardQueryVariables>;
export const ImpactFilterChoicesDocument = {"__meta__":{"hash":"707d6cff11f8cb72a42ec37cbfc524e2f9d64edec2a509f6c4d196b338dc2a39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactFilterChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"en","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"impact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchangesByCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}}]}}]} as unknown as DocumentNode<ImpactFilterChoicesQuery, ImpactFilterChoicesQueryVariables>;
export const InboxDocument = {"__meta__":{"hash":"63d246071d331e7138b6d53af984eddc1d7c9f89006aaebd09eb12e70431911b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unread"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unread"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unread"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"exchangeId"}},{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"bestPracticeId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"1643ea3af8b6cf7bb3dcdf4e0200fa25f705f8949ad8f767a0f397b8dbd1a785"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"all"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"90cf20d0c90e54ec5e128000e6ecf6a93c7a83857044cb9e6f3f0af0b5fcc0b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"unread"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluationsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"respondentRole"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestPracticeDrafts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestPracticesToDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestPracticesToReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RequestOverviewDocument = {"__meta__":{"hash":"dea129c84764d39e17d3c94c48cd7bba2fef0e061a803a97123bdb8c98f0358a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestingMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exchanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"associations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"overallRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestPractices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestOverviewQuery, RequestOverviewQueryVariables>;
export const RequestsListDocument = {"__meta__":{"hash":"bc1b65163415c2c583c00bdd0163c4172a23bcc4a95946b5ccd6d912ffc72433"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"preferredFormats"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestingMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RequestsListQuery, RequestsListQueryVariables>;
export const UpdateExchangeDocument = {"__meta__":{"hash":"0658093aabebaac0aaeae16a5b551bf736a0a0d2a88ffbf15f6bb40acfa972aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExchange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExchangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExchange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"associations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateExchangeMutation, UpdateExchangeMutationVariables>;