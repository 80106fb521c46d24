import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RequestRow } from '../db/tables.ts';
import type { RequestPage, ValidationOfRequest, TransitionOfRequest, EndorsementOfRequest } from '../resolvers/request.ts';
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

/** A request the secretariat closes. */
export type CloseRequestInput = {
  /** Any unique string: sending the same request again with it returns the first result instead of closing twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why it is closed (up to 2000 characters); required unless the request is COMPLETED (REASON_REQUIRED). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The request to close: COMPLETED, or VALIDATED or MATCHED with a reason. */
  requestId: Scalars['ID']['input'];
};

/** The outcome of closeRequest. */
export type CloseRequestPayload = {
  __typename?: 'CloseRequestPayload';
  /** The request as closed, or null when refused. */
  request?: Maybe<Request>;
  /** Why closing was refused (REASON_REQUIRED, TRANSITION_NOT_ALLOWED); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A new request, drafted by an official for their own municipality. */
export type DraftRequestInput = {
  /** The challenge, in the requester's words (1 to 5000 characters). */
  challenge: Scalars['String']['input'];
  /** Earliest day an exchange could start. */
  earliestStart?: InputMaybe<Scalars['Date']['input']>;
  /** The outcome the municipality hopes for (1 to 5000 characters). */
  expectedOutcome: Scalars['String']['input'];
  /** Any unique string: sending the same request again with it returns the first result instead of drafting twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Working languages acceptable to the municipality, ISO 639-1 such as en (1 to 10). */
  languages: Array<Scalars['String']['input']>;
  /** Latest day an exchange could end; after earliestStart. */
  latestEnd?: InputMaybe<Scalars['Date']['input']>;
  /** Formats of exchange the municipality would welcome, preferred first (at least one, each once). */
  preferredFormats: Array<ExchangeFormat>;
  /** Short title of the challenge (1 to 200 characters). */
  title: Scalars['String']['input'];
  /** Topic codes of the knowledge taxonomy, such as sanitation (1 to 10, lower-case words joined by hyphens). */
  topics: Array<Scalars['String']['input']>;
};

/** The outcome of draftRequest. */
export type DraftRequestPayload = {
  __typename?: 'DraftRequestPayload';
  /** The request drafted, or null when refused. */
  request?: Maybe<Request>;
  /** Why drafting was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** An association's support for a member municipality's request. */
export type EndorseRequestInput = {
  /** What the association says in support (up to 2000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The request to endorse; submitted or validated. */
  requestId: Scalars['ID']['input'];
};

/** The outcome of endorseRequest. */
export type EndorseRequestPayload = {
  __typename?: 'EndorseRequestPayload';
  /** The request with its endorsements, or null when refused. */
  request?: Maybe<Request>;
  /** Why the endorsement was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A local government association's support for a member municipality's request. */
export type Endorsement = {
  __typename?: 'Endorsement';
  /** The association that endorses; null, with an error, when the directory cannot name it right now. */
  association?: Maybe<Association>;
  /** When the association endorsed the request. */
  endorsedAt: Scalars['DateTime']['output'];
  /** What the association says in support, when it said something. For the secretariat, the officials of the requesting municipality and the associations it belongs to; anyone else gets null with FORBIDDEN. */
  note?: Maybe<Scalars['String']['output']>;
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

/** The signed-in viewer and their work, in one query: the municipalities service owns it (role, official, association, municipality, inbox) and every other service adds the viewer's work it keeps under the same id. A `Me` resolves only for the viewer it is about. */
export type Me = {
  __typename?: 'Me';
  /** The viewer: "OFFICIAL:<id>", "ASSOCIATION:<id>", or the role and subject of staff and donors. */
  id: Scalars['ID']['output'];
  /** How many of the viewer's requests (as in requests) stand in each status, in lifecycle order; statuses with none are left out. */
  requestCounts: Array<RequestStatusCount>;
  /** The viewer's requests, by reference: an official's, those of their municipality (drafts included); an association's, those of its member municipalities and those it endorsed; the secretariat's, every request; anyone else's, none. */
  requests: RequestConnection;
};


/** The signed-in viewer and their work, in one query: the municipalities service owns it (role, official, association, municipality, inbox) and every other service adds the viewer's work it keeps under the same id. A `Me` resolves only for the viewer it is about. */
export type MeRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RequestStatus>;
};

/** A local or regional government. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The municipality's requests, by reference; drafts only for its officials and the secretariat. */
  requests: RequestConnection;
};


/** A local or regional government. */
export type MunicipalityRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Closes a completed request, or with a reason a validated or matched one that will go no further (staff). */
  closeRequest: CloseRequestPayload;
  /** Drafts a request for the calling official's own municipality, with the official as contact (officials). */
  draftRequest: DraftRequestPayload;
  /** Endorses a submitted or validated request of a member municipality, once per association (associations). */
  endorseRequest: EndorseRequestPayload;
  /** Rejects a submitted request, saying why (staff). */
  rejectRequest: RejectRequestPayload;
  /** Submits a draft for validation by the secretariat (officials of the requesting municipality). */
  submitRequest: SubmitRequestPayload;
  /** Changes a request while it is a draft (officials of the requesting municipality). */
  updateRequest: UpdateRequestPayload;
  /** Validates a submitted request against the published criteria (staff). */
  validateRequest: ValidateRequestPayload;
  /** Withdraws a request before its exchange starts (officials of the requesting municipality). */
  withdrawRequest: WithdrawRequestPayload;
};


export type MutationCloseRequestArgs = {
  input: CloseRequestInput;
};


export type MutationDraftRequestArgs = {
  input: DraftRequestInput;
};


export type MutationEndorseRequestArgs = {
  input: EndorseRequestInput;
};


export type MutationRejectRequestArgs = {
  input: RejectRequestInput;
};


export type MutationSubmitRequestArgs = {
  input: SubmitRequestInput;
};


export type MutationUpdateRequestArgs = {
  input: UpdateRequestInput;
};


export type MutationValidateRequestArgs = {
  input: ValidateRequestInput;
};


export type MutationWithdrawRequestArgs = {
  input: WithdrawRequestInput;
};

/** A municipal official, elected or staff. */
export type Official = {
  __typename?: 'Official';
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
};

/** Where a page ends and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Everything the platform holds about one official: each service adds the part it keeps. */
export type PersonalDataExport = {
  __typename?: 'PersonalDataExport';
  /** The official the export is about. */
  officialId: Scalars['ID']['output'];
  /** What the requests service holds: requests they speak for or drafted, and every transition they made. */
  requests?: Maybe<Scalars['JSON']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** One request by id; null when unknown or a draft the caller may not see. */
  request?: Maybe<Request>;
  /** One request by its reference, such as REQ-2017-0001; null when unknown or a draft the caller may not see. */
  requestByReference?: Maybe<Request>;
  /** Requests, newest reference last, filtered; drafts only for their municipality's officials and the secretariat. */
  requests: RequestConnection;
};


export type QueryRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRequestByReferenceArgs = {
  reference: Scalars['String']['input'];
};


export type QueryRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The secretariat's rejection of a submitted request. */
export type RejectRequestInput = {
  /** Why the request is rejected, for the requester (1 to 2000 characters). */
  reason: Scalars['String']['input'];
  /** The request to reject. */
  requestId: Scalars['ID']['input'];
};

/** The outcome of rejectRequest. */
export type RejectRequestPayload = {
  __typename?: 'RejectRequestPayload';
  /** The request as rejected, or null when refused. */
  request?: Maybe<Request>;
  /** Why the rejection was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A municipality's request for help with a challenge. Everything starts with a request. */
export type Request = {
  __typename?: 'Request';
  /** The challenge, in the requester's words. */
  challenge: Scalars['String']['output'];
  /** The official who speaks for the request. */
  contact?: Maybe<Official>;
  /** When the request was drafted. */
  createdAt: Scalars['DateTime']['output'];
  /** Earliest day an exchange could start. */
  earliestStart?: Maybe<Scalars['Date']['output']>;
  /** Endorsements by local government associations of the requesting municipality, oldest first. */
  endorsements: Array<Endorsement>;
  /** The outcome the municipality hopes for. */
  expectedOutcome: Scalars['String']['output'];
  /** Every status change, oldest first. */
  history: Array<RequestTransition>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Working languages acceptable to the municipality, ISO 639-1. */
  languages: Array<Scalars['String']['output']>;
  /** Latest day an exchange could end. */
  latestEnd?: Maybe<Scalars['Date']['output']>;
  /** Formats of exchange the municipality would welcome, preferred first. */
  preferredFormats: Array<ExchangeFormat>;
  /** Human reference, such as REQ-2017-0001: year of drafting and a number within it, four digits or more. */
  reference: Scalars['String']['output'];
  /** The municipality that asks. */
  requestingMunicipality?: Maybe<Municipality>;
  /** Where the request stands in its lifecycle. */
  status: RequestStatus;
  /** When the request was submitted for validation. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Short title of the challenge. */
  title: Scalars['String']['output'];
  /** Themes of the challenge, from the knowledge taxonomy. */
  topics: Array<Topic>;
  /** The secretariat's decision, once taken. */
  validation?: Maybe<Validation>;
};

/** A page of requests. */
export type RequestConnection = {
  __typename?: 'RequestConnection';
  /** The requests with their cursors. */
  edges: Array<RequestEdge>;
  /** The requests alone. */
  nodes: Array<Request>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many requests the whole list holds, every page, with the same filter. */
  totalCount: Scalars['Int']['output'];
};

/** A request with its cursor. */
export type RequestEdge = {
  __typename?: 'RequestEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The request. */
  node: Request;
};

/** Filters for requests. */
export type RequestFilter = {
  /** Only requests that name this format among their preferred formats. */
  format?: InputMaybe<ExchangeFormat>;
  /** Only requests of this municipality. */
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only requests whose requesting municipality is in this country, ISO 3166-1 alpha-2 (the country Impact's requestsByStatus counts a request for). */
  requesterCountryCode?: InputMaybe<Scalars['String']['input']>;
  /** Only requests whose reference, title or challenge contain every word of this text, in any case (at most 200 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only requests in this status. */
  status?: InputMaybe<RequestStatus>;
  /** Only requests submitted on or after this day (UTC); a request never submitted counts from its drafting, as in Impact's requestsByStatus. */
  submittedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only requests submitted on or before this day (UTC), included; a request never submitted counts from its drafting. */
  submittedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only requests on this topic code or one of its sub-topics: water also finds sanitation. */
  topic?: InputMaybe<Scalars['String']['input']>;
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

/** One change of a request's status: who, when and why. */
export type RequestTransition = {
  __typename?: 'RequestTransition';
  /** Who did it, as role and id, such as OFFICIAL:<id>, or STAFF:<who> (STAFF alone when the token names nobody). Only staff readers see who: others see a named member of staff as STAFF·<pseudonym>, eight hex digits, the same in every history. */
  actor: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Status before; null for the first entry. */
  from?: Maybe<RequestStatus>;
  /** Why, when a reason was given. For the secretariat, the officials of the requesting municipality and the associations it belongs to; anyone else gets null with FORBIDDEN. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Status after. */
  to: RequestStatus;
};

/** A draft to submit for validation. */
export type SubmitRequestInput = {
  /** The request to submit. */
  requestId: Scalars['ID']['input'];
};

/** The outcome of submitRequest. */
export type SubmitRequestPayload = {
  __typename?: 'SubmitRequestPayload';
  /** The request as submitted, or null when refused. */
  request?: Maybe<Request>;
  /** Why submitting was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A theme of municipal work, such as sanitation or ecotourism, in a two-level taxonomy. */
export type Topic = {
  __typename?: 'Topic';
  /** Stable code of the topic, such as sanitation. */
  code: Scalars['String']['output'];
};

/** Changes to a draft: a field left out stays as it is. */
export type UpdateRequestInput = {
  /** New challenge (1 to 5000 characters). */
  challenge?: InputMaybe<Scalars['String']['input']>;
  /** New earliest start; null removes it. */
  earliestStart?: InputMaybe<Scalars['Date']['input']>;
  /** New expected outcome (1 to 5000 characters). */
  expectedOutcome?: InputMaybe<Scalars['String']['input']>;
  /** New working languages, ISO 639-1 (1 to 10); replaces the list. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New latest end, after the earliest start; null removes it. */
  latestEnd?: InputMaybe<Scalars['Date']['input']>;
  /** New preferred formats, preferred first; replaces the list. */
  preferredFormats?: InputMaybe<Array<ExchangeFormat>>;
  /** The request to change; it must still be a draft. */
  requestId: Scalars['ID']['input'];
  /** New title (1 to 200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New topic codes (1 to 10); replaces the list. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The outcome of updateRequest. */
export type UpdateRequestPayload = {
  __typename?: 'UpdateRequestPayload';
  /** The request as changed, or null when refused. */
  request?: Maybe<Request>;
  /** Why the change was refused; empty when it succeeded. */
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

/** The secretariat's validation of a submitted request. */
export type ValidateRequestInput = {
  /** The published criteria the request meets (at least one). */
  criteriaChecked: Array<ValidationCriterion>;
  /** Why, in the secretariat's words (up to 2000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The request to validate. */
  requestId: Scalars['ID']['input'];
};

/** The outcome of validateRequest. */
export type ValidateRequestPayload = {
  __typename?: 'ValidateRequestPayload';
  /** The request as validated, or null when refused. */
  request?: Maybe<Request>;
  /** Why the validation was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** The secretariat's decision on a request. */
export type Validation = {
  __typename?: 'Validation';
  /** The published criteria the secretariat checked. */
  criteriaChecked: Array<ValidationCriterion>;
  /** When the decision was taken. */
  decidedAt: Scalars['DateTime']['output'];
  /** Validated or rejected. */
  decision: ValidationDecision;
  /** Why, in the secretariat's words. For the secretariat, the officials of the requesting municipality and the associations it belongs to; anyone else gets null with FORBIDDEN. */
  note?: Maybe<Scalars['String']['output']>;
};

/** The published criteria against which the secretariat validates a request. */
export type ValidationCriterion =
  /** The outcome hoped for is clear enough to tell afterwards whether it was reached. */
  | 'CLEAR_OUTCOME'
  /** The challenge comes from the municipality itself, not from a donor or a consultant. */
  | 'DEMAND_DRIVEN'
  /** The exchange fits in the time window and within about a year. */
  | 'FEASIBLE_WINDOW'
  /** Peer officials who do the same job elsewhere can help: the request asks for know-how from colleagues. */
  | 'PEER_TO_PEER'
  /** The exchange serves the public and the municipality's residents, not a private interest. */
  | 'PUBLIC_BENEFIT';

/** What the secretariat decided. */
export type ValidationDecision =
  /** The request does not meet the criteria. */
  | 'REJECTED'
  /** The request meets the criteria. */
  | 'VALIDATED';

/** A request its municipality no longer wants. */
export type WithdrawRequestInput = {
  /** Why it is withdrawn (up to 2000 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The request to withdraw; possible until its exchange starts. */
  requestId: Scalars['ID']['input'];
};

/** The outcome of withdrawRequest. */
export type WithdrawRequestPayload = {
  __typename?: 'WithdrawRequestPayload';
  /** The request as withdrawn, or null when refused. */
  request?: Maybe<Request>;
  /** Why withdrawing was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
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
  Me: Me;
  Municipality: Municipality;
  PersonalDataExport: PersonalDataExport;
  Request: Request;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Me:
    ( { __typename: 'Me' }
    & GraphQLRecursivePick<FederationTypes['Me'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"id":true}> );
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
  CloseRequestInput: CloseRequestInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CloseRequestPayload: ResolverTypeWrapper<Omit<CloseRequestPayload, 'request'> & { request?: Maybe<ResolversTypes['Request']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DraftRequestInput: DraftRequestInput;
  DraftRequestPayload: ResolverTypeWrapper<Omit<DraftRequestPayload, 'request'> & { request?: Maybe<ResolversTypes['Request']> }>;
  EndorseRequestInput: EndorseRequestInput;
  EndorseRequestPayload: ResolverTypeWrapper<Omit<EndorseRequestPayload, 'request'> & { request?: Maybe<ResolversTypes['Request']> }>;
  Endorsement: ResolverTypeWrapper<EndorsementOfRequest>;
  ExchangeFormat: ExchangeFormat;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Me: ResolverTypeWrapper<{ id: string }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Municipality: ResolverTypeWrapper<{ id: string }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Official: ResolverTypeWrapper<{ id: string }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PersonalDataExport: ResolverTypeWrapper<{ officialId: string }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RejectRequestInput: RejectRequestInput;
  RejectRequestPayload: ResolverTypeWrapper<Omit<RejectRequestPayload, 'request'> & { request?: Maybe<ResolversTypes['Request']> }>;
  Request: ResolverTypeWrapper<RequestRow>;
  RequestConnection: ResolverTypeWrapper<RequestPage>;
  RequestEdge: ResolverTypeWrapper<Omit<RequestEdge, 'node'> & { node: ResolversTypes['Request'] }>;
  RequestFilter: RequestFilter;
  RequestStatus: RequestStatus;
  RequestStatusCount: ResolverTypeWrapper<RequestStatusCount>;
  RequestTransition: ResolverTypeWrapper<TransitionOfRequest>;
  SubmitRequestInput: SubmitRequestInput;
  SubmitRequestPayload: ResolverTypeWrapper<Omit<SubmitRequestPayload, 'request'> & { request?: Maybe<ResolversTypes['Request']> }>;
  Topic: ResolverTypeWrapper<{ code: string }>;
  UpdateRequestInput: UpdateRequestInput;
  UpdateRequestPayload: ResolverTypeWrapper<Omit<UpdateRequestPayload, 'request'> & { request?: Maybe<ResolversTypes['Request']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  ValidateRequestInput: ValidateRequestInput;
  ValidateRequestPayload: ResolverTypeWrapper<Omit<ValidateRequestPayload, 'request'> & { request?: Maybe<ResolversTypes['Request']> }>;
  Validation: ResolverTypeWrapper<ValidationOfRequest>;
  ValidationCriterion: ValidationCriterion;
  ValidationDecision: ValidationDecision;
  WithdrawRequestInput: WithdrawRequestInput;
  WithdrawRequestPayload: ResolverTypeWrapper<Omit<WithdrawRequestPayload, 'request'> & { request?: Maybe<ResolversTypes['Request']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Association: { id: string };
  ID: Scalars['ID']['output'];
  CloseRequestInput: CloseRequestInput;
  String: Scalars['String']['output'];
  CloseRequestPayload: Omit<CloseRequestPayload, 'request'> & { request?: Maybe<ResolversParentTypes['Request']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DraftRequestInput: DraftRequestInput;
  DraftRequestPayload: Omit<DraftRequestPayload, 'request'> & { request?: Maybe<ResolversParentTypes['Request']> };
  EndorseRequestInput: EndorseRequestInput;
  EndorseRequestPayload: Omit<EndorseRequestPayload, 'request'> & { request?: Maybe<ResolversParentTypes['Request']> };
  Endorsement: EndorsementOfRequest;
  JSON: Scalars['JSON']['output'];
  Me: { id: string };
  Int: Scalars['Int']['output'];
  Municipality: { id: string };
  Mutation: Record<PropertyKey, never>;
  Official: { id: string };
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PersonalDataExport: { officialId: string };
  Query: Record<PropertyKey, never>;
  RejectRequestInput: RejectRequestInput;
  RejectRequestPayload: Omit<RejectRequestPayload, 'request'> & { request?: Maybe<ResolversParentTypes['Request']> };
  Request: RequestRow;
  RequestConnection: RequestPage;
  RequestEdge: Omit<RequestEdge, 'node'> & { node: ResolversParentTypes['Request'] };
  RequestFilter: RequestFilter;
  RequestStatusCount: RequestStatusCount;
  RequestTransition: TransitionOfRequest;
  SubmitRequestInput: SubmitRequestInput;
  SubmitRequestPayload: Omit<SubmitRequestPayload, 'request'> & { request?: Maybe<ResolversParentTypes['Request']> };
  Topic: { code: string };
  UpdateRequestInput: UpdateRequestInput;
  UpdateRequestPayload: Omit<UpdateRequestPayload, 'request'> & { request?: Maybe<ResolversParentTypes['Request']> };
  UserError: UserError;
  ValidateRequestInput: ValidateRequestInput;
  ValidateRequestPayload: Omit<ValidateRequestPayload, 'request'> & { request?: Maybe<ResolversParentTypes['Request']> };
  Validation: ValidationOfRequest;
  WithdrawRequestInput: WithdrawRequestInput;
  WithdrawRequestPayload: Omit<WithdrawRequestPayload, 'request'> & { request?: Maybe<ResolversParentTypes['Request']> };
};

export type AssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Association'] = ResolversParentTypes['Association']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CloseRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CloseRequestPayload'] = ResolversParentTypes['CloseRequestPayload']> = {
  request?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DraftRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DraftRequestPayload'] = ResolversParentTypes['DraftRequestPayload']> = {
  request?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EndorseRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EndorseRequestPayload'] = ResolversParentTypes['EndorseRequestPayload']> = {
  request?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EndorsementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Endorsement'] = ResolversParentTypes['Endorsement']> = {
  association?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType>;
  endorsedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me'], FederationReferenceType extends FederationReferenceTypes['Me'] = FederationReferenceTypes['Me']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Me']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestCounts?: Resolver<Array<ResolversTypes['RequestStatusCount']>, ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['RequestConnection'], ParentType, ContextType, RequireFields<MeRequestsArgs, 'first'>>;
};

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['RequestConnection'], ParentType, ContextType, RequireFields<MunicipalityRequestsArgs, 'first'>>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  closeRequest?: Resolver<ResolversTypes['CloseRequestPayload'], ParentType, ContextType, RequireFields<MutationCloseRequestArgs, 'input'>>;
  draftRequest?: Resolver<ResolversTypes['DraftRequestPayload'], ParentType, ContextType, RequireFields<MutationDraftRequestArgs, 'input'>>;
  endorseRequest?: Resolver<ResolversTypes['EndorseRequestPayload'], ParentType, ContextType, RequireFields<MutationEndorseRequestArgs, 'input'>>;
  rejectRequest?: Resolver<ResolversTypes['RejectRequestPayload'], ParentType, ContextType, RequireFields<MutationRejectRequestArgs, 'input'>>;
  submitRequest?: Resolver<ResolversTypes['SubmitRequestPayload'], ParentType, ContextType, RequireFields<MutationSubmitRequestArgs, 'input'>>;
  updateRequest?: Resolver<ResolversTypes['UpdateRequestPayload'], ParentType, ContextType, RequireFields<MutationUpdateRequestArgs, 'input'>>;
  validateRequest?: Resolver<ResolversTypes['ValidateRequestPayload'], ParentType, ContextType, RequireFields<MutationValidateRequestArgs, 'input'>>;
  withdrawRequest?: Resolver<ResolversTypes['WithdrawRequestPayload'], ParentType, ContextType, RequireFields<MutationWithdrawRequestArgs, 'input'>>;
};

export type OfficialResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Official'] = ResolversParentTypes['Official']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonalDataExportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalDataExport'] = ResolversParentTypes['PersonalDataExport'], FederationReferenceType extends FederationReferenceTypes['PersonalDataExport'] = FederationReferenceTypes['PersonalDataExport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalDataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  officialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requests?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  request?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType, RequireFields<QueryRequestArgs, 'id'>>;
  requestByReference?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType, RequireFields<QueryRequestByReferenceArgs, 'reference'>>;
  requests?: Resolver<ResolversTypes['RequestConnection'], ParentType, ContextType, RequireFields<QueryRequestsArgs, 'first'>>;
};

export type RejectRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RejectRequestPayload'] = ResolversParentTypes['RejectRequestPayload']> = {
  request?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Request'] = ResolversParentTypes['Request'], FederationReferenceType extends FederationReferenceTypes['Request'] = FederationReferenceTypes['Request']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Request']> | FederationReferenceType, FederationReferenceType, ContextType>;
  challenge?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  earliestStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endorsements?: Resolver<Array<ResolversTypes['Endorsement']>, ParentType, ContextType>;
  expectedOutcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['RequestTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  latestEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  preferredFormats?: Resolver<Array<ResolversTypes['ExchangeFormat']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestingMunicipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RequestStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  validation?: Resolver<Maybe<ResolversTypes['Validation']>, ParentType, ContextType>;
};

export type RequestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestConnection'] = ResolversParentTypes['RequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RequestEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Request']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RequestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestEdge'] = ResolversParentTypes['RequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Request'], ParentType, ContextType>;
};

export type RequestStatusCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestStatusCount'] = ResolversParentTypes['RequestStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RequestStatus'], ParentType, ContextType>;
};

export type RequestTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestTransition'] = ResolversParentTypes['RequestTransition']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['RequestStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['RequestStatus'], ParentType, ContextType>;
};

export type SubmitRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitRequestPayload'] = ResolversParentTypes['SubmitRequestPayload']> = {
  request?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TopicResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UpdateRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateRequestPayload'] = ResolversParentTypes['UpdateRequestPayload']> = {
  request?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ValidateRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ValidateRequestPayload'] = ResolversParentTypes['ValidateRequestPayload']> = {
  request?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ValidationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Validation'] = ResolversParentTypes['Validation']> = {
  criteriaChecked?: Resolver<Array<ResolversTypes['ValidationCriterion']>, ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['ValidationDecision'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WithdrawRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WithdrawRequestPayload'] = ResolversParentTypes['WithdrawRequestPayload']> = {
  request?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Association?: AssociationResolvers<ContextType>;
  CloseRequestPayload?: CloseRequestPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DraftRequestPayload?: DraftRequestPayloadResolvers<ContextType>;
  EndorseRequestPayload?: EndorseRequestPayloadResolvers<ContextType>;
  Endorsement?: EndorsementResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Me?: MeResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Official?: OfficialResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PersonalDataExport?: PersonalDataExportResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RejectRequestPayload?: RejectRequestPayloadResolvers<ContextType>;
  Request?: RequestResolvers<ContextType>;
  RequestConnection?: RequestConnectionResolvers<ContextType>;
  RequestEdge?: RequestEdgeResolvers<ContextType>;
  RequestStatusCount?: RequestStatusCountResolvers<ContextType>;
  RequestTransition?: RequestTransitionResolvers<ContextType>;
  SubmitRequestPayload?: SubmitRequestPayloadResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  UpdateRequestPayload?: UpdateRequestPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  ValidateRequestPayload?: ValidateRequestPayloadResolvers<ContextType>;
  Validation?: ValidationResolvers<ContextType>;
  WithdrawRequestPayload?: WithdrawRequestPayloadResolvers<ContextType>;
};

