import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MatchRow, ExpertiseRow, ExpertProfileRow } from '../db/tables.ts';
import type { MatchPage, TransitionOfMatch } from '../resolvers/match.ts';
import type { PeerPage, PeerSuggestion as RankedPeer } from '../resolvers/find-peers.ts';
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

/** A stretch of days, both ends included. */
export type AvailabilityWindow = {
  __typename?: 'AvailabilityWindow';
  /** First day. */
  from: Scalars['Date']['output'];
  /** Last day. */
  to: Scalars['Date']['output'];
};

/** A stretch of days, both ends included. */
export type AvailabilityWindowInput = {
  /** First day. */
  from: Scalars['Date']['input'];
  /** Last day, on or after the first. */
  to: Scalars['Date']['input'];
};

/** A whole declaration of expertise: it replaces the previous one. */
export type DeclareExpertiseInput = {
  /** When the official can take part in an exchange; windows may not overlap. */
  availability: Array<AvailabilityWindowInput>;
  /** The exchange formats the official is willing to take part in. */
  formatsAccepted: Array<ExchangeFormat>;
  /** Languages to add to those of the municipal profile, ISO 639-1, such as fr. */
  languages: Array<Scalars['String']['input']>;
  /** How many exchanges the official takes on at the same time, 1 to 10. */
  maxConcurrentEngagements?: InputMaybe<Scalars['Int']['input']>;
  /** What the official has done and can share, in their own words; at most 2,000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The topics the official knows, one entry per topic, at least one. */
  topics: Array<ExpertiseTopicInput>;
};

/** The official's declaration, or why it was refused. */
export type DeclareExpertisePayload = {
  __typename?: 'DeclareExpertisePayload';
  /** The official, with the expertise and profile just declared. */
  official?: Maybe<Official>;
  /** Why the declaration was refused; empty when it was stored. */
  userErrors: Array<UserError>;
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

/** What an official declares about helping peers, besides the topics they know. */
export type ExpertProfile = {
  __typename?: 'ExpertProfile';
  /** When the official can take part in an exchange, earliest first; none means not available. */
  availability: Array<AvailabilityWindow>;
  /** When the official last declared their expertise. */
  declaredAt: Scalars['DateTime']['output'];
  /** The exchange formats the official is willing to take part in. */
  formatsAccepted: Array<ExchangeFormat>;
  /** Languages the official adds to those of their municipal profile, ISO 639-1. */
  languages: Array<Scalars['String']['output']>;
  /** How many exchanges the official takes on at the same time. */
  maxConcurrentEngagements: Scalars['Int']['output'];
  /** What the official has done and can share, in their own words. */
  summary?: Maybe<Scalars['String']['output']>;
};

/** What an official declares to know about one topic. */
export type Expertise = {
  __typename?: 'Expertise';
  /** How deep the knowledge goes. */
  level: ExpertiseLevel;
  /** What the official has done, in their own words. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The topic. */
  topic: Topic;
  /** Years of hands-on experience in the topic. */
  yearsOfExperience: Scalars['Int']['output'];
};

/** How deep an official's knowledge of a topic goes. */
export type ExpertiseLevel =
  /** Has led work on it. */
  | 'EXPERIENCED'
  /** Recognised by peers as a reference. */
  | 'EXPERT'
  /** Has worked on it. */
  | 'PRACTITIONER';

/** What the official knows about one topic. */
export type ExpertiseTopicInput = {
  /** How deep the knowledge goes. */
  level: ExpertiseLevel;
  /** What the official has done in this topic, in their own words; at most 1,000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Code of the topic in the taxonomy, such as sanitation. */
  topic: Scalars['String']['input'];
  /** Years of hands-on experience in the topic, 0 to 60. */
  yearsOfExperience: Scalars['Int']['input'];
};

/** A peer official proposed for a request, with a score and its explanation. */
export type Match = {
  __typename?: 'Match';
  /** When the match was computed. */
  createdAt: Scalars['DateTime']['output'];
  /** How the score was reached, one factor each. */
  factors: Array<MatchFactor>;
  /** Every change of status since the match was suggested, oldest first. */
  history: Array<MatchTransition>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The matched peer official. */
  official?: Maybe<Official>;
  /** When the secretariat proposed the exchange to the official. */
  proposedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Position in the ranking for the request, 1 first. */
  rank: Scalars['Int']['output'];
  /** The request the official is matched to. */
  request?: Maybe<Request>;
  /** When the official accepted or declined. */
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the official said when accepting or declining. For the secretariat and the official; anyone else gets null with FORBIDDEN. */
  responseNote?: Maybe<Scalars['String']['output']>;
  /** Overall fit, 0 to 1: the sum of the factors' contributions. */
  score: Scalars['Float']['output'];
  /** Where the match stands. */
  status: MatchStatus;
};

/** A page of matches. */
export type MatchConnection = {
  __typename?: 'MatchConnection';
  /** The matches with their cursors. */
  edges: Array<MatchEdge>;
  /** The matches alone. */
  nodes: Array<Match>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many matches the whole list holds, every page and the same filter. */
  totalCount: Scalars['Int']['output'];
};

/** A match with its cursor. */
export type MatchEdge = {
  __typename?: 'MatchEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The match. */
  node: Match;
};

/** One factor of a match score. */
export type MatchFactor = {
  __typename?: 'MatchFactor';
  /** weight × value: what this factor adds to the score. */
  contribution: Scalars['Float']['output'];
  /** One sentence a person understands. */
  explanation: Scalars['String']['output'];
  /** Which factor. */
  factor: MatchFactorKind;
  /** How well the official does on this factor, 0 to 1. */
  value: Scalars['Float']['output'];
  /** Its weight in the score; the weights add up to 1. */
  weight: Scalars['Float']['output'];
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

/** One change of a match's status: who, when and why. */
export type MatchTransition = {
  __typename?: 'MatchTransition';
  /** Who did it, as role and id, such as OFFICIAL:<id>, or STAFF:<who> (STAFF alone when the token names nobody); SYSTEM when an event caused it. Only staff readers see who: others see a named member of staff as STAFF·<pseudonym>, eight hex digits, the same in every history. */
  actor: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Status before. */
  from: MatchStatus;
  /** Why, when a reason was given (an official's answer among them). For the secretariat and the official; anyone else gets null with FORBIDDEN. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Status after. */
  to: MatchStatus;
};

/** The signed-in viewer and their work, in one query: the municipalities service owns it (role, official, association, municipality, inbox) and every other service adds the viewer's work it keeps under the same id. A `Me` resolves only for the viewer it is about. */
export type Me = {
  __typename?: 'Me';
  /** The viewer: "OFFICIAL:<id>", "ASSOCIATION:<id>", or the role and subject of staff and donors. */
  id: Scalars['ID']['output'];
  /**
   * Proposals waiting for an answer, the longest waiting first: for an official, those
   * put to them; for the secretariat, every proposal still unanswered; for anyone else,
   * none.
   */
  pendingProposals: MatchConnection;
};


/** The signed-in viewer and their work, in one query: the municipalities service owns it (role, official, association, municipality, inbox) and every other service adds the viewer's work it keeps under the same id. A `Me` resolves only for the viewer it is about. */
export type MePendingProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The signed-in official declares what they know and when and how they can help, replacing their previous declaration. */
  declareExpertise: DeclareExpertisePayload;
  /** The secretariat puts a suggested match to its official. */
  proposeMatch: ProposeMatchPayload;
  /** The official of a proposed match accepts or declines it. */
  respondToProposal: RespondToProposalPayload;
  /** The secretariat ranks the expert pool for an open request and keeps the best as SUGGESTED matches, replacing earlier suggestions. */
  runMatching: RunMatchingPayload;
  /** The secretariat withdraws a suggested or proposed match, giving the reason; the official and the other services learn it from MatchWithdrawn. */
  withdrawMatch: WithdrawMatchPayload;
};


export type MutationDeclareExpertiseArgs = {
  input: DeclareExpertiseInput;
};


export type MutationProposeMatchArgs = {
  input: ProposeMatchInput;
};


export type MutationRespondToProposalArgs = {
  input: RespondToProposalInput;
};


export type MutationRunMatchingArgs = {
  input: RunMatchingInput;
};


export type MutationWithdrawMatchArgs = {
  input: WithdrawMatchInput;
};

/** A municipal official, elected or staff. */
export type Official = {
  __typename?: 'Official';
  /** How and when the official can help as a peer expert; null until they declare it. */
  expertProfile?: Maybe<ExpertProfile>;
  /** Declared expertise, one entry per topic. */
  expertise?: Maybe<Array<Expertise>>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Matches proposed to this official, newest first. */
  proposals?: Maybe<Array<Match>>;
};

/** Where a page ends and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A page of peers found by findPeers. */
export type PeerConnection = {
  __typename?: 'PeerConnection';
  /** The peers with their cursors. */
  edges: Array<PeerEdge>;
  /** The peers alone. */
  nodes: Array<PeerSuggestion>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many peers these criteria reach in all pages, at most 200 (the reach of a search). */
  totalCount: Scalars['Int']['output'];
};

/** What a search of the expert pool looks for: a request that need not exist yet. */
export type PeerCriteria = {
  /** The challenge in the requester's words, compared with what peers wrote; at most 1,000 characters, like any string of a query. */
  challenge?: InputMaybe<Scalars['String']['input']>;
  /** Earliest day of the exchange; omitted means any. */
  earliestStart?: InputMaybe<Scalars['Date']['input']>;
  /** Formats the exchange could take; omitted or empty means any. */
  formats?: InputMaybe<Array<ExchangeFormat>>;
  /** Working languages, ISO 639-1 codes such as en or fr, 1 to 10; a peer must share one. */
  languages: Array<Scalars['String']['input']>;
  /** Latest day of the exchange; omitted means any. */
  latestEnd?: InputMaybe<Scalars['Date']['input']>;
  /** The municipality seeking help: its country is left out, its kind and size are compared. */
  municipalityId: Scalars['ID']['input'];
  /** Topic codes of the taxonomy, such as sanitation, 1 to 10. */
  topics: Array<Scalars['String']['input']>;
};

/** A peer with its cursor. */
export type PeerEdge = {
  __typename?: 'PeerEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The peer. */
  node: PeerSuggestion;
};

/** A peer official as matching would rank them for the criteria; not stored. */
export type PeerSuggestion = {
  __typename?: 'PeerSuggestion';
  /** The six factors, each with its weight, value, contribution and a sentence. */
  factors: Array<MatchFactor>;
  /** The official (name and position from the directory). */
  official?: Maybe<Official>;
  /** Position in the ranking, 1 first. */
  rank: Scalars['Int']['output'];
  /** Score from 0 to 1: the sum of the factors' contributions. */
  score: Scalars['Float']['output'];
};

/** Everything the platform holds about one official: each service adds the part it keeps. */
export type PersonalDataExport = {
  __typename?: 'PersonalDataExport';
  /** What matching holds: pool entry, expertise, profile, availability, matches, engagements and ratings. */
  matching?: Maybe<Scalars['JSON']['output']>;
  /** The official the export is about. */
  officialId: Scalars['ID']['output'];
};

/** Which suggestion to propose. */
export type ProposeMatchInput = {
  /** The SUGGESTED match. */
  matchId: Scalars['ID']['input'];
};

/** The proposed match, or why it could not be proposed. */
export type ProposeMatchPayload = {
  __typename?: 'ProposeMatchPayload';
  /** The match, now PROPOSED. */
  match?: Maybe<Match>;
  /** Why the proposal was refused; empty when it was made. */
  userErrors: Array<UserError>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Ad-hoc search of the expert pool by the secretariat (STAFF): the peers matching would
   * rank best for these criteria, with the same hard filters, score and explanations as for
   * a request, best first. Nothing is stored. Pages come from ranking again, so a change in
   * the pool between two pages can move a peer; at most 200 peers are reachable.
   */
  findPeers: PeerConnection;
  /** One match by id. */
  match?: Maybe<Match>;
};


export type QueryFindPeersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  criteria: PeerCriteria;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMatchArgs = {
  id: Scalars['ID']['input'];
};

/** A municipality's request for help with a challenge. Everything starts with a request. */
export type Request = {
  __typename?: 'Request';
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /**
   * Ranked peer matches, best first, all of them.
   * @deprecated Unbounded; use matchesConnection, which pages.
   */
  matches?: Maybe<Array<Match>>;
  /** Ranked peer matches, best first, a page at a time. */
  matchesConnection: MatchConnection;
};


/** A municipality's request for help with a challenge. Everything starts with a request. */
export type RequestMatchesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MatchStatus>;
};

/** The official's answer to a proposal. */
export type RespondToProposalInput = {
  /** True to accept, false to decline. */
  accept: Scalars['Boolean']['input'];
  /** The PROPOSED match. */
  matchId: Scalars['ID']['input'];
  /** A word for the secretariat and the requester; at most 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The answered match, or why the answer was refused. */
export type RespondToProposalPayload = {
  __typename?: 'RespondToProposalPayload';
  /** The match, now ACCEPTED or DECLINED. */
  match?: Maybe<Match>;
  /** Why the answer was refused; empty when it was recorded. */
  userErrors: Array<UserError>;
};

/** Which request to rank peers for. */
export type RunMatchingInput = {
  /** Makes a retry return the first run's result instead of ranking again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** How many suggestions to keep, 1 to 50. */
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** The open request. */
  requestId: Scalars['ID']['input'];
};

/** The request with its fresh ranking, or why matching was refused. */
export type RunMatchingPayload = {
  __typename?: 'RunMatchingPayload';
  /** The request, whose matches now hold the new suggestions. */
  request?: Maybe<Request>;
  /** Why matching was refused; empty when it ran. */
  userErrors: Array<UserError>;
};

/** A theme of municipal work, such as sanitation or ecotourism, in a two-level taxonomy. */
export type Topic = {
  __typename?: 'Topic';
  /** Stable code of the topic, such as sanitation. */
  code: Scalars['String']['output'];
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

/** Which open match to withdraw, and why. */
export type WithdrawMatchInput = {
  /** Makes a retry return the first withdrawal's result instead of refusing it. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The SUGGESTED or PROPOSED match. */
  matchId: Scalars['ID']['input'];
  /** Why it is withdrawn, for the official and the history; at most 1,000 characters. */
  reason: Scalars['String']['input'];
};

/** The withdrawn match, or why it could not be withdrawn. */
export type WithdrawMatchPayload = {
  __typename?: 'WithdrawMatchPayload';
  /** The match, now WITHDRAWN. */
  match?: Maybe<Match>;
  /** Why the withdrawal was refused; empty when it was made. */
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
  Match: Match;
  Me: Me;
  Official: Official;
  PersonalDataExport: PersonalDataExport;
  Request: Request;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Match:
    ( { __typename: 'Match' }
    & GraphQLRecursivePick<FederationTypes['Match'], {"id":true}> );
  Me:
    ( { __typename: 'Me' }
    & GraphQLRecursivePick<FederationTypes['Me'], {"id":true}> );
  Official:
    ( { __typename: 'Official' }
    & GraphQLRecursivePick<FederationTypes['Official'], {"id":true}> );
  PersonalDataExport:
    ( { __typename: 'PersonalDataExport' }
    & GraphQLRecursivePick<FederationTypes['PersonalDataExport'], {"officialId":true}> );
  Request:
    ( { __typename: 'Request' }
    & GraphQLRecursivePick<FederationTypes['Request'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AvailabilityWindow: ResolverTypeWrapper<AvailabilityWindow>;
  AvailabilityWindowInput: AvailabilityWindowInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclareExpertiseInput: DeclareExpertiseInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DeclareExpertisePayload: ResolverTypeWrapper<Omit<DeclareExpertisePayload, 'official'> & { official?: Maybe<ResolversTypes['Official']> }>;
  ExchangeFormat: ExchangeFormat;
  ExpertProfile: ResolverTypeWrapper<ExpertProfileRow>;
  Expertise: ResolverTypeWrapper<ExpertiseRow>;
  ExpertiseLevel: ExpertiseLevel;
  ExpertiseTopicInput: ExpertiseTopicInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Match: ResolverTypeWrapper<MatchRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MatchConnection: ResolverTypeWrapper<MatchPage>;
  MatchEdge: ResolverTypeWrapper<Omit<MatchEdge, 'node'> & { node: ResolversTypes['Match'] }>;
  MatchFactor: ResolverTypeWrapper<MatchFactor>;
  MatchFactorKind: MatchFactorKind;
  MatchStatus: MatchStatus;
  MatchTransition: ResolverTypeWrapper<TransitionOfMatch>;
  Me: ResolverTypeWrapper<{ id: string }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Official: ResolverTypeWrapper<{ id: string }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PeerConnection: ResolverTypeWrapper<PeerPage>;
  PeerCriteria: PeerCriteria;
  PeerEdge: ResolverTypeWrapper<Omit<PeerEdge, 'node'> & { node: ResolversTypes['PeerSuggestion'] }>;
  PeerSuggestion: ResolverTypeWrapper<RankedPeer>;
  PersonalDataExport: ResolverTypeWrapper<{ officialId: string }>;
  ProposeMatchInput: ProposeMatchInput;
  ProposeMatchPayload: ResolverTypeWrapper<Omit<ProposeMatchPayload, 'match'> & { match?: Maybe<ResolversTypes['Match']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Request: ResolverTypeWrapper<{ id: string }>;
  RespondToProposalInput: RespondToProposalInput;
  RespondToProposalPayload: ResolverTypeWrapper<Omit<RespondToProposalPayload, 'match'> & { match?: Maybe<ResolversTypes['Match']> }>;
  RunMatchingInput: RunMatchingInput;
  RunMatchingPayload: ResolverTypeWrapper<Omit<RunMatchingPayload, 'request'> & { request?: Maybe<ResolversTypes['Request']> }>;
  Topic: ResolverTypeWrapper<{ code: string }>;
  UserError: ResolverTypeWrapper<UserError>;
  WithdrawMatchInput: WithdrawMatchInput;
  WithdrawMatchPayload: ResolverTypeWrapper<Omit<WithdrawMatchPayload, 'match'> & { match?: Maybe<ResolversTypes['Match']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AvailabilityWindow: AvailabilityWindow;
  AvailabilityWindowInput: AvailabilityWindowInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeclareExpertiseInput: DeclareExpertiseInput;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  DeclareExpertisePayload: Omit<DeclareExpertisePayload, 'official'> & { official?: Maybe<ResolversParentTypes['Official']> };
  ExpertProfile: ExpertProfileRow;
  Expertise: ExpertiseRow;
  ExpertiseTopicInput: ExpertiseTopicInput;
  JSON: Scalars['JSON']['output'];
  Match: MatchRow;
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  MatchConnection: MatchPage;
  MatchEdge: Omit<MatchEdge, 'node'> & { node: ResolversParentTypes['Match'] };
  MatchFactor: MatchFactor;
  MatchTransition: TransitionOfMatch;
  Me: { id: string };
  Mutation: Record<PropertyKey, never>;
  Official: { id: string };
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PeerConnection: PeerPage;
  PeerCriteria: PeerCriteria;
  PeerEdge: Omit<PeerEdge, 'node'> & { node: ResolversParentTypes['PeerSuggestion'] };
  PeerSuggestion: RankedPeer;
  PersonalDataExport: { officialId: string };
  ProposeMatchInput: ProposeMatchInput;
  ProposeMatchPayload: Omit<ProposeMatchPayload, 'match'> & { match?: Maybe<ResolversParentTypes['Match']> };
  Query: Record<PropertyKey, never>;
  Request: { id: string };
  RespondToProposalInput: RespondToProposalInput;
  RespondToProposalPayload: Omit<RespondToProposalPayload, 'match'> & { match?: Maybe<ResolversParentTypes['Match']> };
  RunMatchingInput: RunMatchingInput;
  RunMatchingPayload: Omit<RunMatchingPayload, 'request'> & { request?: Maybe<ResolversParentTypes['Request']> };
  Topic: { code: string };
  UserError: UserError;
  WithdrawMatchInput: WithdrawMatchInput;
  WithdrawMatchPayload: Omit<WithdrawMatchPayload, 'match'> & { match?: Maybe<ResolversParentTypes['Match']> };
};

export type AvailabilityWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AvailabilityWindow'] = ResolversParentTypes['AvailabilityWindow']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeclareExpertisePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeclareExpertisePayload'] = ResolversParentTypes['DeclareExpertisePayload']> = {
  official?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ExpertProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExpertProfile'] = ResolversParentTypes['ExpertProfile']> = {
  availability?: Resolver<Array<ResolversTypes['AvailabilityWindow']>, ParentType, ContextType>;
  declaredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  formatsAccepted?: Resolver<Array<ResolversTypes['ExchangeFormat']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxConcurrentEngagements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ExpertiseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Expertise'] = ResolversParentTypes['Expertise']> = {
  level?: Resolver<ResolversTypes['ExpertiseLevel'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
  yearsOfExperience?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Match'] = ResolversParentTypes['Match'], FederationReferenceType extends FederationReferenceTypes['Match'] = FederationReferenceTypes['Match']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Match']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['MatchFactor']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['MatchTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  official?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  proposedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  request?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType>;
  respondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  responseNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchStatus'], ParentType, ContextType>;
};

export type MatchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchConnection'] = ResolversParentTypes['MatchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MatchEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Match']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MatchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchEdge'] = ResolversParentTypes['MatchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Match'], ParentType, ContextType>;
};

export type MatchFactorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchFactor'] = ResolversParentTypes['MatchFactor']> = {
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factor?: Resolver<ResolversTypes['MatchFactorKind'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MatchTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchTransition'] = ResolversParentTypes['MatchTransition']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['MatchStatus'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['MatchStatus'], ParentType, ContextType>;
};

export type MeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me'], FederationReferenceType extends FederationReferenceTypes['Me'] = FederationReferenceTypes['Me']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Me']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pendingProposals?: Resolver<ResolversTypes['MatchConnection'], ParentType, ContextType, RequireFields<MePendingProposalsArgs, 'first'>>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  declareExpertise?: Resolver<ResolversTypes['DeclareExpertisePayload'], ParentType, ContextType, RequireFields<MutationDeclareExpertiseArgs, 'input'>>;
  proposeMatch?: Resolver<ResolversTypes['ProposeMatchPayload'], ParentType, ContextType, RequireFields<MutationProposeMatchArgs, 'input'>>;
  respondToProposal?: Resolver<ResolversTypes['RespondToProposalPayload'], ParentType, ContextType, RequireFields<MutationRespondToProposalArgs, 'input'>>;
  runMatching?: Resolver<ResolversTypes['RunMatchingPayload'], ParentType, ContextType, RequireFields<MutationRunMatchingArgs, 'input'>>;
  withdrawMatch?: Resolver<ResolversTypes['WithdrawMatchPayload'], ParentType, ContextType, RequireFields<MutationWithdrawMatchArgs, 'input'>>;
};

export type OfficialResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Official'] = ResolversParentTypes['Official'], FederationReferenceType extends FederationReferenceTypes['Official'] = FederationReferenceTypes['Official']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Official']> | FederationReferenceType, FederationReferenceType, ContextType>;
  expertProfile?: Resolver<Maybe<ResolversTypes['ExpertProfile']>, ParentType, ContextType>;
  expertise?: Resolver<Maybe<Array<ResolversTypes['Expertise']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  proposals?: Resolver<Maybe<Array<ResolversTypes['Match']>>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PeerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeerConnection'] = ResolversParentTypes['PeerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PeerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PeerSuggestion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PeerEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeerEdge'] = ResolversParentTypes['PeerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PeerSuggestion'], ParentType, ContextType>;
};

export type PeerSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeerSuggestion'] = ResolversParentTypes['PeerSuggestion']> = {
  factors?: Resolver<Array<ResolversTypes['MatchFactor']>, ParentType, ContextType>;
  official?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PersonalDataExportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalDataExport'] = ResolversParentTypes['PersonalDataExport'], FederationReferenceType extends FederationReferenceTypes['PersonalDataExport'] = FederationReferenceTypes['PersonalDataExport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalDataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  matching?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  officialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ProposeMatchPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposeMatchPayload'] = ResolversParentTypes['ProposeMatchPayload']> = {
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  findPeers?: Resolver<ResolversTypes['PeerConnection'], ParentType, ContextType, RequireFields<QueryFindPeersArgs, 'criteria' | 'first'>>;
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType, RequireFields<QueryMatchArgs, 'id'>>;
};

export type RequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Request'] = ResolversParentTypes['Request'], FederationReferenceType extends FederationReferenceTypes['Request'] = FederationReferenceTypes['Request']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Request']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matches?: Resolver<Maybe<Array<ResolversTypes['Match']>>, ParentType, ContextType>;
  matchesConnection?: Resolver<ResolversTypes['MatchConnection'], ParentType, ContextType, RequireFields<RequestMatchesConnectionArgs, 'first'>>;
};

export type RespondToProposalPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RespondToProposalPayload'] = ResolversParentTypes['RespondToProposalPayload']> = {
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RunMatchingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RunMatchingPayload'] = ResolversParentTypes['RunMatchingPayload']> = {
  request?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TopicResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WithdrawMatchPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WithdrawMatchPayload'] = ResolversParentTypes['WithdrawMatchPayload']> = {
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AvailabilityWindow?: AvailabilityWindowResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeclareExpertisePayload?: DeclareExpertisePayloadResolvers<ContextType>;
  ExpertProfile?: ExpertProfileResolvers<ContextType>;
  Expertise?: ExpertiseResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Match?: MatchResolvers<ContextType>;
  MatchConnection?: MatchConnectionResolvers<ContextType>;
  MatchEdge?: MatchEdgeResolvers<ContextType>;
  MatchFactor?: MatchFactorResolvers<ContextType>;
  MatchTransition?: MatchTransitionResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Official?: OfficialResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeerConnection?: PeerConnectionResolvers<ContextType>;
  PeerEdge?: PeerEdgeResolvers<ContextType>;
  PeerSuggestion?: PeerSuggestionResolvers<ContextType>;
  PersonalDataExport?: PersonalDataExportResolvers<ContextType>;
  ProposeMatchPayload?: ProposeMatchPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Request?: RequestResolvers<ContextType>;
  RespondToProposalPayload?: RespondToProposalPayloadResolvers<ContextType>;
  RunMatchingPayload?: RunMatchingPayloadResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WithdrawMatchPayload?: WithdrawMatchPayloadResolvers<ContextType>;
};

