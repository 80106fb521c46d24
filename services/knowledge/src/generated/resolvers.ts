import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TopicRow, TopicLabelRow, BestPracticeTransitionRow, LessonRow, KnowledgeEventRow } from '../db/tables.ts';
import type { BestPracticeRecord } from '../db/repository.ts';
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

/** Audiences of knowledge events. */
export type Audience =
  /** Central government. */
  | 'CENTRAL_GOVERNMENT'
  /** The international donor community. */
  | 'DONOR_COMMUNITY'
  /** Local and regional governments. */
  | 'LOCAL_AND_REGIONAL_GOVERNMENT';

/** A lesson documented from an exchange, reviewed and published so that others benefit. */
export type BestPractice = {
  __typename?: 'BestPractice';
  /** The full account: context, approach, results, what to watch for. */
  body: Scalars['String']['output'];
  /** When it was first documented. */
  createdAt: Scalars['DateTime']['output'];
  /** The association that documents it; null when the secretariat does. */
  documentingAssociation?: Maybe<Association>;
  /** Every change of review status, oldest first: for the secretariat and the documenting association; null for other readers. */
  history?: Maybe<Array<BestPracticeTransition>>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Language it is written in, ISO 639-1. */
  language: Scalars['String']['output'];
  /** Municipalities involved. */
  municipalities: Array<Municipality>;
  /** When it was published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The exchange it was documented from. */
  sourceExchange?: Maybe<Exchange>;
  /** Where it stands in review. */
  status: BestPracticeStatus;
  /** What was done and what came of it, in a paragraph. */
  summary: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** Topics it speaks to. */
  topics: Array<Topic>;
};

/** A page of best practices. */
export type BestPracticeConnection = {
  __typename?: 'BestPracticeConnection';
  /** The best practices with their cursors. */
  edges: Array<BestPracticeEdge>;
  /** The best practices alone. */
  nodes: Array<BestPractice>;
  /** Paging information. */
  pageInfo: PageInfo;
};

/** A best practice with its cursor. */
export type BestPracticeEdge = {
  __typename?: 'BestPracticeEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The best practice. */
  node: BestPractice;
};

/** Filters for best practices. */
export type BestPracticeFilter = {
  /** Full-text search over title, summary and body; at most 200 characters (more is refused as BAD_USER_INPUT). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only practices in this review state (the secretariat sees every state; others see PUBLISHED). */
  status?: InputMaybe<BestPracticeStatus>;
  /** Only practices on this topic or one of its sub-topics. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** Review states of a best practice. */
export type BestPracticeStatus =
  /** Being written. */
  | 'DRAFT'
  /** Submitted for review by the secretariat. */
  | 'IN_REVIEW'
  /** Public. */
  | 'PUBLISHED';

/** One change of a best practice's review status: who, when and why. */
export type BestPracticeTransition = {
  __typename?: 'BestPracticeTransition';
  /** Who did it, as role and id, such as ASSOCIATION:<id>, or STAFF:<who> (STAFF alone when the token names nobody). Only staff readers see who: others see a named member of staff as STAFF·<pseudonym>, eight hex digits, the same in every history. */
  actor: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Status before; null for the entry that documented the practice. */
  from?: Maybe<BestPracticeStatus>;
  /** Why, when a reason was given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Status after. */
  to: BestPracticeStatus;
};

/** What to document from a completed exchange. */
export type DocumentBestPracticeInput = {
  /** The full account, 1 to 50000 characters. */
  body: Scalars['String']['input'];
  /** The completed exchange the practice is documented from. */
  exchangeId: Scalars['ID']['input'];
  /** Makes a retry return the first result instead of documenting twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Language it is written in, ISO 639-1 such as en. */
  language: Scalars['String']['input'];
  /** What was done and what came of it, 1 to 2000 characters. */
  summary: Scalars['String']['input'];
  /** Title, 1 to 200 characters. */
  title: Scalars['String']['input'];
  /** Topic codes of the taxonomy, 1 to 10; omitted means the topics of the request the exchange answered. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The best practice documented, as a draft. */
export type DocumentBestPracticePayload = {
  __typename?: 'DocumentBestPracticePayload';
  /** The new draft; null when refused. */
  bestPractice?: Maybe<BestPractice>;
  /** Why it was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** An exchange of know-how between peers, in one of four formats. */
export type Exchange = {
  __typename?: 'Exchange';
  /** Best practices documented from the exchange. */
  bestPractices?: Maybe<Array<BestPractice>>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
};

/** An event where associations share lessons and practices. */
export type KnowledgeEvent = {
  __typename?: 'KnowledgeEvent';
  /** Who it addresses. */
  audiences: Array<Audience>;
  /** The day it takes place. */
  date: Scalars['Date']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** What kind of event. */
  kind: KnowledgeEventKind;
  /** Where it takes place, or online. */
  location?: Maybe<Scalars['String']['output']>;
  /** The association that organises it. */
  organiser?: Maybe<Association>;
  /** Best practices presented. */
  practicesShared: Array<BestPractice>;
  /** Title. */
  title: Scalars['String']['output'];
};

/** A page of knowledge events. */
export type KnowledgeEventConnection = {
  __typename?: 'KnowledgeEventConnection';
  /** The events with their cursors. */
  edges: Array<KnowledgeEventEdge>;
  /** The events alone. */
  nodes: Array<KnowledgeEvent>;
  /** Paging information. */
  pageInfo: PageInfo;
};

/** A knowledge event with its cursor. */
export type KnowledgeEventEdge = {
  __typename?: 'KnowledgeEventEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: KnowledgeEvent;
};

/** Kinds of knowledge event. */
export type KnowledgeEventKind =
  /** A briefing for a particular audience, such as donors. */
  | 'BRIEFING'
  /** A conference or congress session. */
  | 'CONFERENCE'
  /** A round table of peers. */
  | 'ROUNDTABLE'
  /** An online session. */
  | 'WEBINAR'
  /** A hands-on workshop. */
  | 'WORKSHOP';

/** A completed exchange whose lessons wait to be documented as a best practice. */
export type Lesson = {
  __typename?: 'Lesson';
  /** When the exchange was completed. */
  completedAt: Scalars['DateTime']['output'];
  /** The completed exchange. */
  exchange: Exchange;
  /** Municipalities that took part: the host and the peers' municipalities. */
  municipalities: Array<Municipality>;
  /** Title of the exchange. */
  title: Scalars['String']['output'];
  /** Topics of the request the exchange answered, by code. */
  topics: Array<Topic>;
};

/** A page of lessons to document. */
export type LessonConnection = {
  __typename?: 'LessonConnection';
  /** The lessons with their cursors. */
  edges: Array<LessonEdge>;
  /** The lessons alone. */
  nodes: Array<Lesson>;
  /** Paging information. */
  pageInfo: PageInfo;
};

/** A lesson with its cursor. */
export type LessonEdge = {
  __typename?: 'LessonEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The lesson. */
  node: Lesson;
};

/** A label in one language. */
export type LocalizedLabel = {
  __typename?: 'LocalizedLabel';
  /** ISO 639-1 language code. */
  language: Scalars['String']['output'];
  /** The label. */
  text: Scalars['String']['output'];
};

/** A local or regional government. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Best practices the municipality took part in, by title. */
  bestPractices?: Maybe<Array<BestPractice>>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Documents a best practice from a completed exchange, as a draft (an association of a participating municipality, or the secretariat). */
  documentBestPractice: DocumentBestPracticePayload;
  /** Publishes a best practice under review (the secretariat). */
  publishBestPractice: PublishBestPracticePayload;
  /** Sends a best practice under review back to its authors with a reason (the secretariat). */
  returnBestPracticeToDraft: ReturnBestPracticeToDraftPayload;
  /** Schedules a knowledge event where published practices are shared (an association, as organiser, or the secretariat for an association). */
  scheduleKnowledgeEvent: ScheduleKnowledgeEventPayload;
  /** Submits a draft for review by the secretariat (the documenting association, or the secretariat). */
  submitBestPracticeForReview: SubmitBestPracticeForReviewPayload;
};


export type MutationDocumentBestPracticeArgs = {
  input: DocumentBestPracticeInput;
};


export type MutationPublishBestPracticeArgs = {
  input: PublishBestPracticeInput;
};


export type MutationReturnBestPracticeToDraftArgs = {
  input: ReturnBestPracticeToDraftInput;
};


export type MutationScheduleKnowledgeEventArgs = {
  input: ScheduleKnowledgeEventInput;
};


export type MutationSubmitBestPracticeForReviewArgs = {
  input: SubmitBestPracticeForReviewInput;
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
  /** What the knowledge service holds: their municipality, lessons of exchanges they took part in, review steps they made. */
  knowledge?: Maybe<Scalars['JSON']['output']>;
  /** The official the export is about. */
  officialId: Scalars['ID']['output'];
};

/** Which practice under review to publish. */
export type PublishBestPracticeInput = {
  /** The practice under review. */
  bestPracticeId: Scalars['ID']['input'];
  /** A note for the history, up to 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The best practice published. */
export type PublishBestPracticePayload = {
  __typename?: 'PublishBestPracticePayload';
  /** The practice, now public; null when refused. */
  bestPractice?: Maybe<BestPractice>;
  /** Why it was refused; empty on success. */
  userErrors: Array<UserError>;
};

export type Query = {
  __typename?: 'Query';
  /** One best practice by id. Drafts are visible to the secretariat only. */
  bestPractice?: Maybe<BestPractice>;
  /** Best practices, by title, filtered; search is full-text over title, summary and body. */
  bestPractices: BestPracticeConnection;
  /** One knowledge event by id. */
  knowledgeEvent?: Maybe<KnowledgeEvent>;
  /** Knowledge events, by date. */
  knowledgeEvents: KnowledgeEventConnection;
  /** Completed exchanges with no best practice documented yet, longest waiting first. Associations see those of their member municipalities; the secretariat sees all. */
  lessonsToDocument: LessonConnection;
  /** One topic by code. */
  topic?: Maybe<Topic>;
  /** The taxonomy: top-level topics when roots is true (the default), else every topic; by code. */
  topics: Array<Topic>;
};


export type QueryBestPracticeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBestPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BestPracticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryKnowledgeEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKnowledgeEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLessonsToDocumentArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTopicArgs = {
  code: Scalars['String']['input'];
};


export type QueryTopicsArgs = {
  roots?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Which practice under review to send back, and why. */
export type ReturnBestPracticeToDraftInput = {
  /** The practice under review. */
  bestPracticeId: Scalars['ID']['input'];
  /** What the authors should rework, 1 to 2000 characters. */
  reason: Scalars['String']['input'];
};

/** The best practice sent back to its authors. */
export type ReturnBestPracticeToDraftPayload = {
  __typename?: 'ReturnBestPracticeToDraftPayload';
  /** The practice, a draft again; null when refused. */
  bestPractice?: Maybe<BestPractice>;
  /** Why it was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** A knowledge event to schedule. */
export type ScheduleKnowledgeEventInput = {
  /** Who it addresses, at least one. */
  audiences: Array<Audience>;
  /** The day it takes place; not in the past anywhere on Earth, at most ten years ahead. */
  date: Scalars['Date']['input'];
  /** Makes a retry return the first result instead of scheduling twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What kind of event. */
  kind: KnowledgeEventKind;
  /** Where it takes place, or online; up to 200 characters. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** The organising association: required for the secretariat; for an association, omitted or its own. */
  organiserAssociationId?: InputMaybe<Scalars['ID']['input']>;
  /** Published best practices to present, up to 50. */
  practiceIds: Array<Scalars['ID']['input']>;
  /** Title, 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** The knowledge event scheduled. */
export type ScheduleKnowledgeEventPayload = {
  __typename?: 'ScheduleKnowledgeEventPayload';
  /** The new event; null when refused. */
  knowledgeEvent?: Maybe<KnowledgeEvent>;
  /** Why it was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Which draft to submit for review. */
export type SubmitBestPracticeForReviewInput = {
  /** The draft. */
  bestPracticeId: Scalars['ID']['input'];
  /** A note for the reviewers, up to 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The best practice submitted for review. */
export type SubmitBestPracticeForReviewPayload = {
  __typename?: 'SubmitBestPracticeForReviewPayload';
  /** The practice, now in review; null when refused. */
  bestPractice?: Maybe<BestPractice>;
  /** Why it was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** A theme of municipal work, such as sanitation or ecotourism, in a two-level taxonomy. */
export type Topic = {
  __typename?: 'Topic';
  /** Narrower topics, by code; null when the knowledge service cannot be reached. */
  children?: Maybe<Array<Topic>>;
  /** Stable code of the topic, such as sanitation. */
  code: Scalars['String']['output'];
  /** The label in a language (ISO 639-1), falling back to English; null when the knowledge service cannot be reached. */
  label?: Maybe<Scalars['String']['output']>;
  /** The label in every language known; null when the knowledge service cannot be reached. */
  labels?: Maybe<Array<LocalizedLabel>>;
  /** The broader topic, for a sub-topic. */
  parent?: Maybe<Topic>;
};


/** A theme of municipal work, such as sanitation or ecotourism, in a two-level taxonomy. */
export type TopicLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
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
  BestPractice: BestPractice;
  Exchange: Exchange;
  KnowledgeEvent: KnowledgeEvent;
  Municipality: Municipality;
  PersonalDataExport: PersonalDataExport;
  Topic: Topic;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  BestPractice:
    ( { __typename: 'BestPractice' }
    & GraphQLRecursivePick<FederationTypes['BestPractice'], {"id":true}> );
  Exchange:
    ( { __typename: 'Exchange' }
    & GraphQLRecursivePick<FederationTypes['Exchange'], {"id":true}> );
  KnowledgeEvent:
    ( { __typename: 'KnowledgeEvent' }
    & GraphQLRecursivePick<FederationTypes['KnowledgeEvent'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"id":true}> );
  PersonalDataExport:
    ( { __typename: 'PersonalDataExport' }
    & GraphQLRecursivePick<FederationTypes['PersonalDataExport'], {"officialId":true}> );
  Topic:
    ( { __typename: 'Topic' }
    & GraphQLRecursivePick<FederationTypes['Topic'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Association: ResolverTypeWrapper<{ id: string }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Audience: Audience;
  BestPractice: ResolverTypeWrapper<BestPracticeRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BestPracticeConnection: ResolverTypeWrapper<Omit<BestPracticeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['BestPracticeEdge']>, nodes: Array<ResolversTypes['BestPractice']> }>;
  BestPracticeEdge: ResolverTypeWrapper<Omit<BestPracticeEdge, 'node'> & { node: ResolversTypes['BestPractice'] }>;
  BestPracticeFilter: BestPracticeFilter;
  BestPracticeStatus: BestPracticeStatus;
  BestPracticeTransition: ResolverTypeWrapper<BestPracticeTransitionRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DocumentBestPracticeInput: DocumentBestPracticeInput;
  DocumentBestPracticePayload: ResolverTypeWrapper<Omit<DocumentBestPracticePayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversTypes['BestPractice']> }>;
  Exchange: ResolverTypeWrapper<{ id: string }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KnowledgeEvent: ResolverTypeWrapper<KnowledgeEventRow>;
  KnowledgeEventConnection: ResolverTypeWrapper<Omit<KnowledgeEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['KnowledgeEventEdge']>, nodes: Array<ResolversTypes['KnowledgeEvent']> }>;
  KnowledgeEventEdge: ResolverTypeWrapper<Omit<KnowledgeEventEdge, 'node'> & { node: ResolversTypes['KnowledgeEvent'] }>;
  KnowledgeEventKind: KnowledgeEventKind;
  Lesson: ResolverTypeWrapper<LessonRow>;
  LessonConnection: ResolverTypeWrapper<Omit<LessonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LessonEdge']>, nodes: Array<ResolversTypes['Lesson']> }>;
  LessonEdge: ResolverTypeWrapper<Omit<LessonEdge, 'node'> & { node: ResolversTypes['Lesson'] }>;
  LocalizedLabel: ResolverTypeWrapper<TopicLabelRow>;
  Municipality: ResolverTypeWrapper<{ id: string }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PersonalDataExport: ResolverTypeWrapper<{ officialId: string }>;
  PublishBestPracticeInput: PublishBestPracticeInput;
  PublishBestPracticePayload: ResolverTypeWrapper<Omit<PublishBestPracticePayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversTypes['BestPractice']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ReturnBestPracticeToDraftInput: ReturnBestPracticeToDraftInput;
  ReturnBestPracticeToDraftPayload: ResolverTypeWrapper<Omit<ReturnBestPracticeToDraftPayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversTypes['BestPractice']> }>;
  ScheduleKnowledgeEventInput: ScheduleKnowledgeEventInput;
  ScheduleKnowledgeEventPayload: ResolverTypeWrapper<Omit<ScheduleKnowledgeEventPayload, 'knowledgeEvent'> & { knowledgeEvent?: Maybe<ResolversTypes['KnowledgeEvent']> }>;
  SubmitBestPracticeForReviewInput: SubmitBestPracticeForReviewInput;
  SubmitBestPracticeForReviewPayload: ResolverTypeWrapper<Omit<SubmitBestPracticeForReviewPayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversTypes['BestPractice']> }>;
  Topic: ResolverTypeWrapper<TopicRow>;
  UserError: ResolverTypeWrapper<UserError>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Association: { id: string };
  ID: Scalars['ID']['output'];
  BestPractice: BestPracticeRecord;
  String: Scalars['String']['output'];
  BestPracticeConnection: Omit<BestPracticeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['BestPracticeEdge']>, nodes: Array<ResolversParentTypes['BestPractice']> };
  BestPracticeEdge: Omit<BestPracticeEdge, 'node'> & { node: ResolversParentTypes['BestPractice'] };
  BestPracticeFilter: BestPracticeFilter;
  BestPracticeTransition: BestPracticeTransitionRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DocumentBestPracticeInput: DocumentBestPracticeInput;
  DocumentBestPracticePayload: Omit<DocumentBestPracticePayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversParentTypes['BestPractice']> };
  Exchange: { id: string };
  JSON: Scalars['JSON']['output'];
  KnowledgeEvent: KnowledgeEventRow;
  KnowledgeEventConnection: Omit<KnowledgeEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['KnowledgeEventEdge']>, nodes: Array<ResolversParentTypes['KnowledgeEvent']> };
  KnowledgeEventEdge: Omit<KnowledgeEventEdge, 'node'> & { node: ResolversParentTypes['KnowledgeEvent'] };
  Lesson: LessonRow;
  LessonConnection: Omit<LessonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LessonEdge']>, nodes: Array<ResolversParentTypes['Lesson']> };
  LessonEdge: Omit<LessonEdge, 'node'> & { node: ResolversParentTypes['Lesson'] };
  LocalizedLabel: TopicLabelRow;
  Municipality: { id: string };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PersonalDataExport: { officialId: string };
  PublishBestPracticeInput: PublishBestPracticeInput;
  PublishBestPracticePayload: Omit<PublishBestPracticePayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversParentTypes['BestPractice']> };
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  ReturnBestPracticeToDraftInput: ReturnBestPracticeToDraftInput;
  ReturnBestPracticeToDraftPayload: Omit<ReturnBestPracticeToDraftPayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversParentTypes['BestPractice']> };
  ScheduleKnowledgeEventInput: ScheduleKnowledgeEventInput;
  ScheduleKnowledgeEventPayload: Omit<ScheduleKnowledgeEventPayload, 'knowledgeEvent'> & { knowledgeEvent?: Maybe<ResolversParentTypes['KnowledgeEvent']> };
  SubmitBestPracticeForReviewInput: SubmitBestPracticeForReviewInput;
  SubmitBestPracticeForReviewPayload: Omit<SubmitBestPracticeForReviewPayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversParentTypes['BestPractice']> };
  Topic: TopicRow;
  UserError: UserError;
};

export type AssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Association'] = ResolversParentTypes['Association']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type BestPracticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BestPractice'] = ResolversParentTypes['BestPractice'], FederationReferenceType extends FederationReferenceTypes['BestPractice'] = FederationReferenceTypes['BestPractice']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BestPractice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  documentingAssociation?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['BestPracticeTransition']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sourceExchange?: Resolver<Maybe<ResolversTypes['Exchange']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BestPracticeStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type BestPracticeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BestPracticeConnection'] = ResolversParentTypes['BestPracticeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BestPracticeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['BestPractice']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type BestPracticeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BestPracticeEdge'] = ResolversParentTypes['BestPracticeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BestPractice'], ParentType, ContextType>;
};

export type BestPracticeTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BestPracticeTransition'] = ResolversParentTypes['BestPracticeTransition']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['BestPracticeStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['BestPracticeStatus'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentBestPracticePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentBestPracticePayload'] = ResolversParentTypes['DocumentBestPracticePayload']> = {
  bestPractice?: Resolver<Maybe<ResolversTypes['BestPractice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ExchangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Exchange'] = ResolversParentTypes['Exchange'], FederationReferenceType extends FederationReferenceTypes['Exchange'] = FederationReferenceTypes['Exchange']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Exchange']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bestPractices?: Resolver<Maybe<Array<ResolversTypes['BestPractice']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KnowledgeEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KnowledgeEvent'] = ResolversParentTypes['KnowledgeEvent'], FederationReferenceType extends FederationReferenceTypes['KnowledgeEvent'] = FederationReferenceTypes['KnowledgeEvent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['KnowledgeEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  audiences?: Resolver<Array<ResolversTypes['Audience']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['KnowledgeEventKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organiser?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType>;
  practicesShared?: Resolver<Array<ResolversTypes['BestPractice']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type KnowledgeEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KnowledgeEventConnection'] = ResolversParentTypes['KnowledgeEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['KnowledgeEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['KnowledgeEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type KnowledgeEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KnowledgeEventEdge'] = ResolversParentTypes['KnowledgeEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['KnowledgeEvent'], ParentType, ContextType>;
};

export type LessonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Lesson'] = ResolversParentTypes['Lesson']> = {
  completedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  exchange?: Resolver<ResolversTypes['Exchange'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type LessonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LessonConnection'] = ResolversParentTypes['LessonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LessonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Lesson']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LessonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LessonEdge'] = ResolversParentTypes['LessonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lesson'], ParentType, ContextType>;
};

export type LocalizedLabelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedLabel'] = ResolversParentTypes['LocalizedLabel']> = {
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bestPractices?: Resolver<Maybe<Array<ResolversTypes['BestPractice']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  documentBestPractice?: Resolver<ResolversTypes['DocumentBestPracticePayload'], ParentType, ContextType, RequireFields<MutationDocumentBestPracticeArgs, 'input'>>;
  publishBestPractice?: Resolver<ResolversTypes['PublishBestPracticePayload'], ParentType, ContextType, RequireFields<MutationPublishBestPracticeArgs, 'input'>>;
  returnBestPracticeToDraft?: Resolver<ResolversTypes['ReturnBestPracticeToDraftPayload'], ParentType, ContextType, RequireFields<MutationReturnBestPracticeToDraftArgs, 'input'>>;
  scheduleKnowledgeEvent?: Resolver<ResolversTypes['ScheduleKnowledgeEventPayload'], ParentType, ContextType, RequireFields<MutationScheduleKnowledgeEventArgs, 'input'>>;
  submitBestPracticeForReview?: Resolver<ResolversTypes['SubmitBestPracticeForReviewPayload'], ParentType, ContextType, RequireFields<MutationSubmitBestPracticeForReviewArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonalDataExportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalDataExport'] = ResolversParentTypes['PersonalDataExport'], FederationReferenceType extends FederationReferenceTypes['PersonalDataExport'] = FederationReferenceTypes['PersonalDataExport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalDataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  knowledge?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  officialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PublishBestPracticePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublishBestPracticePayload'] = ResolversParentTypes['PublishBestPracticePayload']> = {
  bestPractice?: Resolver<Maybe<ResolversTypes['BestPractice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  bestPractice?: Resolver<Maybe<ResolversTypes['BestPractice']>, ParentType, ContextType, RequireFields<QueryBestPracticeArgs, 'id'>>;
  bestPractices?: Resolver<ResolversTypes['BestPracticeConnection'], ParentType, ContextType, RequireFields<QueryBestPracticesArgs, 'first'>>;
  knowledgeEvent?: Resolver<Maybe<ResolversTypes['KnowledgeEvent']>, ParentType, ContextType, RequireFields<QueryKnowledgeEventArgs, 'id'>>;
  knowledgeEvents?: Resolver<ResolversTypes['KnowledgeEventConnection'], ParentType, ContextType, RequireFields<QueryKnowledgeEventsArgs, 'first'>>;
  lessonsToDocument?: Resolver<ResolversTypes['LessonConnection'], ParentType, ContextType, RequireFields<QueryLessonsToDocumentArgs, 'first'>>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType, RequireFields<QueryTopicArgs, 'code'>>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType, RequireFields<QueryTopicsArgs, 'roots'>>;
};

export type ReturnBestPracticeToDraftPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReturnBestPracticeToDraftPayload'] = ResolversParentTypes['ReturnBestPracticeToDraftPayload']> = {
  bestPractice?: Resolver<Maybe<ResolversTypes['BestPractice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ScheduleKnowledgeEventPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScheduleKnowledgeEventPayload'] = ResolversParentTypes['ScheduleKnowledgeEventPayload']> = {
  knowledgeEvent?: Resolver<Maybe<ResolversTypes['KnowledgeEvent']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SubmitBestPracticeForReviewPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitBestPracticeForReviewPayload'] = ResolversParentTypes['SubmitBestPracticeForReviewPayload']> = {
  bestPractice?: Resolver<Maybe<ResolversTypes['BestPractice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TopicResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic'], FederationReferenceType extends FederationReferenceTypes['Topic'] = FederationReferenceTypes['Topic']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Topic']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Maybe<Array<ResolversTypes['Topic']>>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<TopicLabelArgs, 'language'>>;
  labels?: Resolver<Maybe<Array<ResolversTypes['LocalizedLabel']>>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Association?: AssociationResolvers<ContextType>;
  BestPractice?: BestPracticeResolvers<ContextType>;
  BestPracticeConnection?: BestPracticeConnectionResolvers<ContextType>;
  BestPracticeEdge?: BestPracticeEdgeResolvers<ContextType>;
  BestPracticeTransition?: BestPracticeTransitionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DocumentBestPracticePayload?: DocumentBestPracticePayloadResolvers<ContextType>;
  Exchange?: ExchangeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KnowledgeEvent?: KnowledgeEventResolvers<ContextType>;
  KnowledgeEventConnection?: KnowledgeEventConnectionResolvers<ContextType>;
  KnowledgeEventEdge?: KnowledgeEventEdgeResolvers<ContextType>;
  Lesson?: LessonResolvers<ContextType>;
  LessonConnection?: LessonConnectionResolvers<ContextType>;
  LessonEdge?: LessonEdgeResolvers<ContextType>;
  LocalizedLabel?: LocalizedLabelResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PersonalDataExport?: PersonalDataExportResolvers<ContextType>;
  PublishBestPracticePayload?: PublishBestPracticePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReturnBestPracticeToDraftPayload?: ReturnBestPracticeToDraftPayloadResolvers<ContextType>;
  ScheduleKnowledgeEventPayload?: ScheduleKnowledgeEventPayloadResolvers<ContextType>;
  SubmitBestPracticeForReviewPayload?: SubmitBestPracticeForReviewPayloadResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

