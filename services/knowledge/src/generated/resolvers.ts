import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TopicRow, TopicLabelRow, BestPracticeTransitionRow, LessonRow, KnowledgeEventRow, KnowledgeEventChangeRow } from '../db/tables.ts';
import type { BestPracticeRecord } from '../db/repository.ts';
import type { BestPracticePage, KnowledgeEventPage, LessonPage } from '../connections.ts';
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
  /** How many there are in all, across every page. */
  totalCount: Scalars['Int']['output'];
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

/** One change of a best practice: its review status (who, when, why), or an edit of a draft (from and to are both DRAFT, the reason names the fields changed). */
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

/** Which knowledge event to cancel, and why. */
export type CancelKnowledgeEventInput = {
  /** Makes a retry return the first result instead of cancelling twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The scheduled event. */
  knowledgeEventId: Scalars['ID']['input'];
  /** Why it is cancelled, 1 to 2000 characters; readers see it. */
  reason: Scalars['String']['input'];
};

/** The knowledge event cancelled. */
export type CancelKnowledgeEventPayload = {
  __typename?: 'CancelKnowledgeEventPayload';
  /** The event, now CANCELLED; null when refused. */
  knowledgeEvent?: Maybe<KnowledgeEvent>;
  /** Why it was refused (EVENT_CANCELLED when it already is); empty on success. */
  userErrors: Array<UserError>;
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
  /** Why it was cancelled; null while it is scheduled. */
  cancellationReason?: Maybe<Scalars['String']['output']>;
  /** When it was cancelled; null while it is scheduled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The day it takes place. */
  date: Scalars['Date']['output'];
  /** Every change, oldest first: scheduled, edited, cancelled; for the secretariat and the organising association, null for other readers. */
  history?: Maybe<Array<KnowledgeEventChange>>;
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
  /** Whether it still takes place. */
  status: KnowledgeEventStatus;
  /** Title. */
  title: Scalars['String']['output'];
};

/** One change of a knowledge event: what, who, when and why. */
export type KnowledgeEventChange = {
  __typename?: 'KnowledgeEventChange';
  /** Who did it, as role and id, such as ASSOCIATION:<id>; staff as BestPracticeTransition.actor shows them. */
  actor: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** What the change was. */
  kind: KnowledgeEventChangeKind;
  /** The cancellation's reason, or the fields an edit changed. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** What a change of a knowledge event was. */
export type KnowledgeEventChangeKind =
  /** It was cancelled. */
  | 'CANCELLED'
  /** It was scheduled. */
  | 'SCHEDULED'
  /** Some of its fields were edited. */
  | 'UPDATED';

/** A page of knowledge events. */
export type KnowledgeEventConnection = {
  __typename?: 'KnowledgeEventConnection';
  /** The events with their cursors. */
  edges: Array<KnowledgeEventEdge>;
  /** The events alone. */
  nodes: Array<KnowledgeEvent>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many there are in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A knowledge event with its cursor. */
export type KnowledgeEventEdge = {
  __typename?: 'KnowledgeEventEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: KnowledgeEvent;
};

/** Filters for knowledge events; every one given must hold. */
export type KnowledgeEventFilter = {
  /** Only events addressing this audience. */
  audience?: InputMaybe<Audience>;
  /** Only events on this day or later. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only events in this status. */
  status?: InputMaybe<KnowledgeEventStatus>;
  /** Only events on this day or earlier. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only events sharing a practice on this topic or one of its sub-topics. */
  topic?: InputMaybe<Scalars['String']['input']>;
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

/** Whether a knowledge event still takes place. */
export type KnowledgeEventStatus =
  /** It was called off; the reason says why. */
  | 'CANCELLED'
  /** It takes place as announced. */
  | 'SCHEDULED';

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
  /** How many there are in all, across every page. */
  totalCount: Scalars['Int']['output'];
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

/** The signed-in viewer and their work, in one query: the municipalities service owns it (role, official, association, municipality, inbox) and every other service adds the viewer's work it keeps under the same id. A `Me` resolves only for the viewer it is about. */
export type Me = {
  __typename?: 'Me';
  /** The viewer's drafts, sent-back ones included, by title: an association's own, every draft for the secretariat; empty for other roles. */
  bestPracticeDrafts: BestPracticeConnection;
  /** Completed exchanges the viewer may document and has not yet, longest waiting first: an association's (its members took part and it documented none), an official's (they took part and nothing is documented), every undocumented one for the secretariat. */
  bestPracticesToDocument: LessonConnection;
  /** For the secretariat, the practices submitted and waiting for review, by title; empty for other roles. */
  bestPracticesToReview: BestPracticeConnection;
  /** The viewer: "OFFICIAL:<id>", "ASSOCIATION:<id>", or the role and subject of staff and donors. */
  id: Scalars['ID']['output'];
};


/** The signed-in viewer and their work, in one query: the municipalities service owns it (role, official, association, municipality, inbox) and every other service adds the viewer's work it keeps under the same id. A `Me` resolves only for the viewer it is about. */
export type MeBestPracticeDraftsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in viewer and their work, in one query: the municipalities service owns it (role, official, association, municipality, inbox) and every other service adds the viewer's work it keeps under the same id. A `Me` resolves only for the viewer it is about. */
export type MeBestPracticesToDocumentArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in viewer and their work, in one query: the municipalities service owns it (role, official, association, municipality, inbox) and every other service adds the viewer's work it keeps under the same id. A `Me` resolves only for the viewer it is about. */
export type MeBestPracticesToReviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** Cancels a scheduled knowledge event with a reason; it stays readable as CANCELLED (its organising association, or the secretariat). */
  cancelKnowledgeEvent: CancelKnowledgeEventPayload;
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
  /** Edits a draft (also one sent back) before it is submitted again: title, summary, body, topics or language (the documenting association, or the secretariat). */
  updateBestPractice: UpdateBestPracticePayload;
  /** Edits a scheduled knowledge event: title, kind, date, location, audiences or practices shared (its organising association, or the secretariat). */
  updateKnowledgeEvent: UpdateKnowledgeEventPayload;
};


export type MutationCancelKnowledgeEventArgs = {
  input: CancelKnowledgeEventInput;
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


export type MutationUpdateBestPracticeArgs = {
  input: UpdateBestPracticeInput;
};


export type MutationUpdateKnowledgeEventArgs = {
  input: UpdateKnowledgeEventInput;
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
  /** Knowledge events, by date, cancelled ones included (with their status and reason). */
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
  filter?: InputMaybe<KnowledgeEventFilter>;
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

/** The fields of a draft to change; omitted ones keep their value. The rules are those of documenting it. */
export type UpdateBestPracticeInput = {
  /** The draft (DRAFT, including one sent back to its authors). */
  bestPracticeId: Scalars['ID']['input'];
  /** The full account, 1 to 50000 characters. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Makes a retry return the first result instead of editing twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Language it is written in, ISO 639-1 such as en. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** What was done and what came of it, 1 to 2000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Title, 1 to 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Topic codes of the taxonomy, 1 to 10; they replace the practice's topics. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The draft as edited. */
export type UpdateBestPracticePayload = {
  __typename?: 'UpdateBestPracticePayload';
  /** The draft, edited; null when refused. */
  bestPractice?: Maybe<BestPractice>;
  /** Why it was refused (NOT_EDITABLE once submitted or published); empty on success. */
  userErrors: Array<UserError>;
};

/** The fields of a scheduled knowledge event to change; omitted ones keep their value. The rules are those of scheduling it. */
export type UpdateKnowledgeEventInput = {
  /** Who it addresses, at least one; they replace the event's audiences. */
  audiences?: InputMaybe<Array<Audience>>;
  /** The day it takes place; not in the past anywhere on Earth, at most ten years ahead. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Makes a retry return the first result instead of editing twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What kind of event. */
  kind?: InputMaybe<KnowledgeEventKind>;
  /** The scheduled event. */
  knowledgeEventId: Scalars['ID']['input'];
  /** Where it takes place, or online; up to 200 characters, blank to clear it. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Published best practices to present, up to 50; they replace those shared. */
  practiceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Title, 1 to 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** The knowledge event as edited. */
export type UpdateKnowledgeEventPayload = {
  __typename?: 'UpdateKnowledgeEventPayload';
  /** The event, edited; null when refused. */
  knowledgeEvent?: Maybe<KnowledgeEvent>;
  /** Why it was refused (EVENT_CANCELLED once cancelled); empty on success. */
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
  BestPractice: BestPractice;
  Exchange: Exchange;
  KnowledgeEvent: KnowledgeEvent;
  Me: Me;
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
  Me:
    ( { __typename: 'Me' }
    & GraphQLRecursivePick<FederationTypes['Me'], {"id":true}> );
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
  BestPracticeConnection: ResolverTypeWrapper<BestPracticePage>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BestPracticeEdge: ResolverTypeWrapper<Omit<BestPracticeEdge, 'node'> & { node: ResolversTypes['BestPractice'] }>;
  BestPracticeFilter: BestPracticeFilter;
  BestPracticeStatus: BestPracticeStatus;
  BestPracticeTransition: ResolverTypeWrapper<BestPracticeTransitionRow>;
  CancelKnowledgeEventInput: CancelKnowledgeEventInput;
  CancelKnowledgeEventPayload: ResolverTypeWrapper<Omit<CancelKnowledgeEventPayload, 'knowledgeEvent'> & { knowledgeEvent?: Maybe<ResolversTypes['KnowledgeEvent']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DocumentBestPracticeInput: DocumentBestPracticeInput;
  DocumentBestPracticePayload: ResolverTypeWrapper<Omit<DocumentBestPracticePayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversTypes['BestPractice']> }>;
  Exchange: ResolverTypeWrapper<{ id: string }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KnowledgeEvent: ResolverTypeWrapper<KnowledgeEventRow>;
  KnowledgeEventChange: ResolverTypeWrapper<KnowledgeEventChangeRow>;
  KnowledgeEventChangeKind: KnowledgeEventChangeKind;
  KnowledgeEventConnection: ResolverTypeWrapper<KnowledgeEventPage>;
  KnowledgeEventEdge: ResolverTypeWrapper<Omit<KnowledgeEventEdge, 'node'> & { node: ResolversTypes['KnowledgeEvent'] }>;
  KnowledgeEventFilter: KnowledgeEventFilter;
  KnowledgeEventKind: KnowledgeEventKind;
  KnowledgeEventStatus: KnowledgeEventStatus;
  Lesson: ResolverTypeWrapper<LessonRow>;
  LessonConnection: ResolverTypeWrapper<LessonPage>;
  LessonEdge: ResolverTypeWrapper<Omit<LessonEdge, 'node'> & { node: ResolversTypes['Lesson'] }>;
  LocalizedLabel: ResolverTypeWrapper<TopicLabelRow>;
  Me: ResolverTypeWrapper<{ id: string }>;
  Municipality: ResolverTypeWrapper<{ id: string }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PersonalDataExport: ResolverTypeWrapper<{ officialId: string }>;
  PublishBestPracticeInput: PublishBestPracticeInput;
  PublishBestPracticePayload: ResolverTypeWrapper<Omit<PublishBestPracticePayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversTypes['BestPractice']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReturnBestPracticeToDraftInput: ReturnBestPracticeToDraftInput;
  ReturnBestPracticeToDraftPayload: ResolverTypeWrapper<Omit<ReturnBestPracticeToDraftPayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversTypes['BestPractice']> }>;
  ScheduleKnowledgeEventInput: ScheduleKnowledgeEventInput;
  ScheduleKnowledgeEventPayload: ResolverTypeWrapper<Omit<ScheduleKnowledgeEventPayload, 'knowledgeEvent'> & { knowledgeEvent?: Maybe<ResolversTypes['KnowledgeEvent']> }>;
  SubmitBestPracticeForReviewInput: SubmitBestPracticeForReviewInput;
  SubmitBestPracticeForReviewPayload: ResolverTypeWrapper<Omit<SubmitBestPracticeForReviewPayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversTypes['BestPractice']> }>;
  Topic: ResolverTypeWrapper<TopicRow>;
  UpdateBestPracticeInput: UpdateBestPracticeInput;
  UpdateBestPracticePayload: ResolverTypeWrapper<Omit<UpdateBestPracticePayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversTypes['BestPractice']> }>;
  UpdateKnowledgeEventInput: UpdateKnowledgeEventInput;
  UpdateKnowledgeEventPayload: ResolverTypeWrapper<Omit<UpdateKnowledgeEventPayload, 'knowledgeEvent'> & { knowledgeEvent?: Maybe<ResolversTypes['KnowledgeEvent']> }>;
  UserError: ResolverTypeWrapper<UserError>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Association: { id: string };
  ID: Scalars['ID']['output'];
  BestPractice: BestPracticeRecord;
  String: Scalars['String']['output'];
  BestPracticeConnection: BestPracticePage;
  Int: Scalars['Int']['output'];
  BestPracticeEdge: Omit<BestPracticeEdge, 'node'> & { node: ResolversParentTypes['BestPractice'] };
  BestPracticeFilter: BestPracticeFilter;
  BestPracticeTransition: BestPracticeTransitionRow;
  CancelKnowledgeEventInput: CancelKnowledgeEventInput;
  CancelKnowledgeEventPayload: Omit<CancelKnowledgeEventPayload, 'knowledgeEvent'> & { knowledgeEvent?: Maybe<ResolversParentTypes['KnowledgeEvent']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DocumentBestPracticeInput: DocumentBestPracticeInput;
  DocumentBestPracticePayload: Omit<DocumentBestPracticePayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversParentTypes['BestPractice']> };
  Exchange: { id: string };
  JSON: Scalars['JSON']['output'];
  KnowledgeEvent: KnowledgeEventRow;
  KnowledgeEventChange: KnowledgeEventChangeRow;
  KnowledgeEventConnection: KnowledgeEventPage;
  KnowledgeEventEdge: Omit<KnowledgeEventEdge, 'node'> & { node: ResolversParentTypes['KnowledgeEvent'] };
  KnowledgeEventFilter: KnowledgeEventFilter;
  Lesson: LessonRow;
  LessonConnection: LessonPage;
  LessonEdge: Omit<LessonEdge, 'node'> & { node: ResolversParentTypes['Lesson'] };
  LocalizedLabel: TopicLabelRow;
  Me: { id: string };
  Municipality: { id: string };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PersonalDataExport: { officialId: string };
  PublishBestPracticeInput: PublishBestPracticeInput;
  PublishBestPracticePayload: Omit<PublishBestPracticePayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversParentTypes['BestPractice']> };
  Query: Record<PropertyKey, never>;
  ReturnBestPracticeToDraftInput: ReturnBestPracticeToDraftInput;
  ReturnBestPracticeToDraftPayload: Omit<ReturnBestPracticeToDraftPayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversParentTypes['BestPractice']> };
  ScheduleKnowledgeEventInput: ScheduleKnowledgeEventInput;
  ScheduleKnowledgeEventPayload: Omit<ScheduleKnowledgeEventPayload, 'knowledgeEvent'> & { knowledgeEvent?: Maybe<ResolversParentTypes['KnowledgeEvent']> };
  SubmitBestPracticeForReviewInput: SubmitBestPracticeForReviewInput;
  SubmitBestPracticeForReviewPayload: Omit<SubmitBestPracticeForReviewPayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversParentTypes['BestPractice']> };
  Topic: TopicRow;
  UpdateBestPracticeInput: UpdateBestPracticeInput;
  UpdateBestPracticePayload: Omit<UpdateBestPracticePayload, 'bestPractice'> & { bestPractice?: Maybe<ResolversParentTypes['BestPractice']> };
  UpdateKnowledgeEventInput: UpdateKnowledgeEventInput;
  UpdateKnowledgeEventPayload: Omit<UpdateKnowledgeEventPayload, 'knowledgeEvent'> & { knowledgeEvent?: Maybe<ResolversParentTypes['KnowledgeEvent']> };
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
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type CancelKnowledgeEventPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancelKnowledgeEventPayload'] = ResolversParentTypes['CancelKnowledgeEventPayload']> = {
  knowledgeEvent?: Resolver<Maybe<ResolversTypes['KnowledgeEvent']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['KnowledgeEventChange']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['KnowledgeEventKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organiser?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType>;
  practicesShared?: Resolver<Array<ResolversTypes['BestPractice']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['KnowledgeEventStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type KnowledgeEventChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KnowledgeEventChange'] = ResolversParentTypes['KnowledgeEventChange']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['KnowledgeEventChangeKind'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type KnowledgeEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KnowledgeEventConnection'] = ResolversParentTypes['KnowledgeEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['KnowledgeEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['KnowledgeEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LessonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LessonEdge'] = ResolversParentTypes['LessonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lesson'], ParentType, ContextType>;
};

export type LocalizedLabelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedLabel'] = ResolversParentTypes['LocalizedLabel']> = {
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me'], FederationReferenceType extends FederationReferenceTypes['Me'] = FederationReferenceTypes['Me']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Me']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bestPracticeDrafts?: Resolver<ResolversTypes['BestPracticeConnection'], ParentType, ContextType, RequireFields<MeBestPracticeDraftsArgs, 'first'>>;
  bestPracticesToDocument?: Resolver<ResolversTypes['LessonConnection'], ParentType, ContextType, RequireFields<MeBestPracticesToDocumentArgs, 'first'>>;
  bestPracticesToReview?: Resolver<ResolversTypes['BestPracticeConnection'], ParentType, ContextType, RequireFields<MeBestPracticesToReviewArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bestPractices?: Resolver<Maybe<Array<ResolversTypes['BestPractice']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  cancelKnowledgeEvent?: Resolver<ResolversTypes['CancelKnowledgeEventPayload'], ParentType, ContextType, RequireFields<MutationCancelKnowledgeEventArgs, 'input'>>;
  documentBestPractice?: Resolver<ResolversTypes['DocumentBestPracticePayload'], ParentType, ContextType, RequireFields<MutationDocumentBestPracticeArgs, 'input'>>;
  publishBestPractice?: Resolver<ResolversTypes['PublishBestPracticePayload'], ParentType, ContextType, RequireFields<MutationPublishBestPracticeArgs, 'input'>>;
  returnBestPracticeToDraft?: Resolver<ResolversTypes['ReturnBestPracticeToDraftPayload'], ParentType, ContextType, RequireFields<MutationReturnBestPracticeToDraftArgs, 'input'>>;
  scheduleKnowledgeEvent?: Resolver<ResolversTypes['ScheduleKnowledgeEventPayload'], ParentType, ContextType, RequireFields<MutationScheduleKnowledgeEventArgs, 'input'>>;
  submitBestPracticeForReview?: Resolver<ResolversTypes['SubmitBestPracticeForReviewPayload'], ParentType, ContextType, RequireFields<MutationSubmitBestPracticeForReviewArgs, 'input'>>;
  updateBestPractice?: Resolver<ResolversTypes['UpdateBestPracticePayload'], ParentType, ContextType, RequireFields<MutationUpdateBestPracticeArgs, 'input'>>;
  updateKnowledgeEvent?: Resolver<ResolversTypes['UpdateKnowledgeEventPayload'], ParentType, ContextType, RequireFields<MutationUpdateKnowledgeEventArgs, 'input'>>;
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

export type UpdateBestPracticePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateBestPracticePayload'] = ResolversParentTypes['UpdateBestPracticePayload']> = {
  bestPractice?: Resolver<Maybe<ResolversTypes['BestPractice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateKnowledgeEventPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateKnowledgeEventPayload'] = ResolversParentTypes['UpdateKnowledgeEventPayload']> = {
  knowledgeEvent?: Resolver<Maybe<ResolversTypes['KnowledgeEvent']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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
  CancelKnowledgeEventPayload?: CancelKnowledgeEventPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DocumentBestPracticePayload?: DocumentBestPracticePayloadResolvers<ContextType>;
  Exchange?: ExchangeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KnowledgeEvent?: KnowledgeEventResolvers<ContextType>;
  KnowledgeEventChange?: KnowledgeEventChangeResolvers<ContextType>;
  KnowledgeEventConnection?: KnowledgeEventConnectionResolvers<ContextType>;
  KnowledgeEventEdge?: KnowledgeEventEdgeResolvers<ContextType>;
  Lesson?: LessonResolvers<ContextType>;
  LessonConnection?: LessonConnectionResolvers<ContextType>;
  LessonEdge?: LessonEdgeResolvers<ContextType>;
  LocalizedLabel?: LocalizedLabelResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
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
  UpdateBestPracticePayload?: UpdateBestPracticePayloadResolvers<ContextType>;
  UpdateKnowledgeEventPayload?: UpdateKnowledgeEventPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

