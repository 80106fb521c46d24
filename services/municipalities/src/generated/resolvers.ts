import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MunicipalityRow, AssociationRow, OfficialRow, NotificationRow, DirectoryChangeRow } from '../db/tables.ts';
import type { MeRef, NotificationPage } from '../resolvers/me.ts';
import type { MunicipalityPage } from '../resolvers/municipality.ts';
import type { AssociationPage } from '../resolvers/association.ts';
import type { OfficialPage } from '../resolvers/official.ts';
import type { DirectoryChangePage } from '../resolvers/history.ts';
import type { PersonalDataExportRef } from '../resolvers/personal-data-export.ts';
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
  /** An instant in time, ISO 8601 with offset. */
  DateTime: { input: Date; output: Date | string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A local government association: the national voice of its member municipalities. */
export type Association = {
  __typename?: 'Association';
  /** Short name, such as VNG or FEMP. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Country, ISO 3166-1 alpha-2. */
  countryCode: Scalars['String']['output'];
  /** Changes of its entry and of its members, newest first: for the secretariat and the association itself; null for other readers. */
  history?: Maybe<DirectoryChangeConnection>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /**
   * Member municipalities, by name.
   * @deprecated Unbounded; use membersConnection, which pages.
   */
  members: Array<Municipality>;
  /** Member municipalities, by name, a page at a time. */
  membersConnection: MunicipalityConnection;
  /** Full name. */
  name: Scalars['String']['output'];
};


/** A local government association: the national voice of its member municipalities. */
export type AssociationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A local government association: the national voice of its member municipalities. */
export type AssociationMembersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of associations. */
export type AssociationConnection = {
  __typename?: 'AssociationConnection';
  /** The associations with their cursors. */
  edges: Array<AssociationEdge>;
  /** The associations alone. */
  nodes: Array<Association>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many there are in the whole list, every page together. */
  totalCount: Scalars['Int']['output'];
};

/** An association with its cursor. */
export type AssociationEdge = {
  __typename?: 'AssociationEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The association. */
  node: Association;
};

/** Filters for associations. */
export type AssociationFilter = {
  /** Only this country, ISO 3166-1 alpha-2. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
};

/** One change of the directory: what changed, when and who did it. It names the fields changed, never their values. */
export type DirectoryChange = {
  __typename?: 'DirectoryChange';
  /** Who did it, as role and id, such as OFFICIAL:<id>, or STAFF:<who> (STAFF alone when the token names nobody). Only staff readers see who: others see a named member of staff as STAFF·<pseudonym>, eight hex digits, the same in every history. */
  actor: Scalars['String']['output'];
  /** The association concerned: the one registered, joined or left. */
  association?: Maybe<Association>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Names of the fields changed, as the mutation's input names them, for UPDATED and OFFICIAL_UPDATED; empty otherwise. */
  fields: Array<Scalars['String']['output']>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: DirectoryChangeKind;
  /** The municipality concerned. */
  municipality?: Maybe<Municipality>;
  /** The official concerned, for the changes of an official. */
  official?: Maybe<Official>;
};

/** A page of a directory history, newest first. */
export type DirectoryChangeConnection = {
  __typename?: 'DirectoryChangeConnection';
  /** The changes with their cursors. */
  edges: Array<DirectoryChangeEdge>;
  /** The changes alone. */
  nodes: Array<DirectoryChange>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many there are in the whole history, every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A directory change with its cursor. */
export type DirectoryChangeEdge = {
  __typename?: 'DirectoryChangeEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: DirectoryChange;
};

/** What a directory change did. */
export type DirectoryChangeKind =
  /** The municipality joined the association. */
  | 'JOINED_ASSOCIATION'
  /** The municipality left the association. */
  | 'LEFT_ASSOCIATION'
  /** An official of the municipality was erased. */
  | 'OFFICIAL_ERASED'
  /** An official of the municipality was registered. */
  | 'OFFICIAL_REGISTERED'
  /** An official of the municipality was updated (or moved to or from it). */
  | 'OFFICIAL_UPDATED'
  /** The municipality or association was registered. */
  | 'REGISTERED'
  /** The municipality's entry was updated. */
  | 'UPDATED';

/** The official to erase. */
export type EraseOfficialInput = {
  /** The official whose personal data is erased. */
  officialId: Scalars['ID']['input'];
};

/** The outcome of eraseOfficial. */
export type EraseOfficialPayload = {
  __typename?: 'EraseOfficialPayload';
  /** The official as erased (name "Erased official", no contact details), or null when refused. */
  official?: Maybe<Official>;
  /** Why the erasure was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** Areas of municipal work, used to bring together people who do the same job. */
export type FunctionArea =
  /** Local economic development. */
  | 'ECONOMIC_DEVELOPMENT'
  /** Energy and climate. */
  | 'ENERGY_AND_CLIMATE'
  /** Environment and public health. */
  | 'ENVIRONMENT_AND_HEALTH'
  /** Public finance and revenue. */
  | 'FINANCE'
  /** Executive leadership and general management. */
  | 'GENERAL_MANAGEMENT'
  /** Public works, roads and infrastructure. */
  | 'PUBLIC_WORKS'
  /** Rural planning and development. */
  | 'RURAL_DEVELOPMENT'
  /** Social services, education and culture. */
  | 'SOCIAL_SERVICES'
  /** Tourism and ecotourism. */
  | 'TOURISM'
  /** Urban planning and land use. */
  | 'URBAN_PLANNING'
  /** Waste collection and management. */
  | 'WASTE_MANAGEMENT'
  /** Water supply and sanitation. */
  | 'WATER_AND_SANITATION';

/** A municipality joining an association. */
export type JoinAssociationInput = {
  /** The association it joins, of the same country. */
  associationId: Scalars['ID']['input'];
  /** The municipality that joins. */
  municipalityId: Scalars['ID']['input'];
};

/** The outcome of joinAssociation. */
export type JoinAssociationPayload = {
  __typename?: 'JoinAssociationPayload';
  /** The association joined, or null when refused. */
  association?: Maybe<Association>;
  /** The municipality, with its associations, or null when refused. */
  municipality?: Maybe<Municipality>;
  /** Why joining was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** The outcome of leaveAssociation. */
export type LeaveAssociationPayload = {
  __typename?: 'LeaveAssociationPayload';
  /** The association left, or null when refused. */
  association?: Maybe<Association>;
  /** The municipality, with its remaining associations, or null when refused. */
  municipality?: Maybe<Municipality>;
  /** Why leaving was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** How an official holds office. */
export type Mandate =
  /** Elected: mayor, councillor, alderman. */
  | 'ELECTED'
  /** Employed by the administration. */
  | 'STAFF';

/** The outcome of markNotificationsRead. */
export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** The viewer, to read the inbox's counts again. */
  me?: Maybe<Me>;
  /** The notifications marked, as they are now; empty when refused. */
  notifications: Array<Notification>;
  /** Why the marking was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** The signed-in viewer and their work, in one query: the municipalities service owns it (role, official, association, municipality, inbox) and every other service adds the viewer's work it keeps under the same id. A `Me` resolves only for the viewer it is about. */
export type Me = {
  __typename?: 'Me';
  /** The association the viewer speaks for, for associations. */
  association?: Maybe<Association>;
  /** The viewer: "OFFICIAL:<id>", "ASSOCIATION:<id>", or the role and subject of staff and donors. */
  id: Scalars['ID']['output'];
  /** The municipality the official works for, for officials. */
  municipality?: Maybe<Municipality>;
  /** The viewer's notifications, newest first (officials and associations; empty for others). Follow-ups that have come due are added when it is read. */
  notifications: NotificationConnection;
  /** The official the viewer is, for officials. */
  official?: Maybe<Official>;
  /** What the viewer signed in as. */
  role: ViewerRole;
};


/** The signed-in viewer and their work, in one query: the municipalities service owns it (role, official, association, municipality, inbox) and every other service adds the viewer's work it keeps under the same id. A `Me` resolves only for the viewer it is about. */
export type MeNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unread?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A local or regional government. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Associations it is a member of. */
  associations: Array<Association>;
  /** Country, ISO 3166-1 alpha-2. */
  countryCode: Scalars['String']['output'];
  /** Changes of its entry, its memberships and its officials, newest first: for the secretariat and its own officials; null for other readers. */
  history?: Maybe<DirectoryChangeConnection>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** What kind of local government it is. */
  kind: MunicipalityKind;
  /** Working languages of its administration, ISO 639-1. */
  languages: Array<Scalars['String']['output']>;
  /** Official name, in its own language. */
  name: Scalars['String']['output'];
  /**
   * Its officials known to the platform, by full name.
   * @deprecated Unbounded; use officialsConnection, which pages.
   */
  officials: Array<Official>;
  /** Its officials known to the platform, by full name, a page at a time. */
  officialsConnection: OfficialConnection;
  /** Inhabitants, at the last count known to the platform. */
  population?: Maybe<Scalars['Int']['output']>;
  /** Region, province or district it belongs to. */
  region?: Maybe<Scalars['String']['output']>;
};


/** A local or regional government. */
export type MunicipalityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A local or regional government. */
export type MunicipalityOfficialsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of municipalities. */
export type MunicipalityConnection = {
  __typename?: 'MunicipalityConnection';
  /** The municipalities with their cursors. */
  edges: Array<MunicipalityEdge>;
  /** The municipalities alone. */
  nodes: Array<Municipality>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many there are in the whole list, every page together. */
  totalCount: Scalars['Int']['output'];
};

/** A municipality with its cursor. */
export type MunicipalityEdge = {
  __typename?: 'MunicipalityEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The municipality. */
  node: Municipality;
};

/** Filters for the municipality directory. */
export type MunicipalityFilter = {
  /** Only this country, ISO 3166-1 alpha-2. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Words in the name or region (case-insensitive); at most 200 characters (more is refused as BAD_USER_INPUT). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The kinds of local and regional government. */
export type MunicipalityKind =
  /** A large urban municipality. */
  | 'CITY'
  /** A district assembly or county. */
  | 'DISTRICT'
  /** A regional government. */
  | 'REGION'
  /** A mostly rural municipality. */
  | 'RURAL_MUNICIPALITY'
  /** A small urban municipality. */
  | 'TOWN';

export type Mutation = {
  __typename?: 'Mutation';
  /** Anonymises an official and tells every service to forget them (staff): the right to erasure. */
  eraseOfficial: EraseOfficialPayload;
  /** Makes a municipality a member of an association of its own country (staff). */
  joinAssociation: JoinAssociationPayload;
  /** Ends a municipality's membership of an association (staff); NOT_MEMBER when it is not a member. */
  leaveAssociation: LeaveAssociationPayload;
  /** Marks notifications of the signed-in official's or association's own inbox as read. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Adds a local government association to the directory (staff). */
  registerAssociation: RegisterAssociationPayload;
  /** Adds a local or regional government to the directory (staff). */
  registerMunicipality: RegisterMunicipalityPayload;
  /** Adds an official to a municipality (staff). */
  registerOfficial: RegisterOfficialPayload;
  /** Changes a municipality's name, region, kind, population or languages (staff, or the municipality's own officials). */
  updateMunicipality: UpdateMunicipalityPayload;
  /** Changes an official's profile or contact details (staff, or the official themselves but for mandate and municipality). */
  updateOfficial: UpdateOfficialPayload;
};


export type MutationEraseOfficialArgs = {
  input: EraseOfficialInput;
};


export type MutationJoinAssociationArgs = {
  input: JoinAssociationInput;
};


export type MutationLeaveAssociationArgs = {
  associationId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  municipalityId: Scalars['ID']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationRegisterAssociationArgs = {
  input: RegisterAssociationInput;
};


export type MutationRegisterMunicipalityArgs = {
  input: RegisterMunicipalityInput;
};


export type MutationRegisterOfficialArgs = {
  input: RegisterOfficialInput;
};


export type MutationUpdateMunicipalityArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: UpdateMunicipalityInput;
};


export type MutationUpdateOfficialArgs = {
  input: UpdateOfficialInput;
};

/** Something that happened to the viewer's work, told once. */
export type Notification = {
  __typename?: 'Notification';
  /** The best practice it is about, when there is one. */
  bestPracticeId?: Maybe<Scalars['ID']['output']>;
  /** When it was delivered to the inbox. */
  createdAt: Scalars['DateTime']['output'];
  /** The exchange it is about, when there is one. */
  exchangeId?: Maybe<Scalars['ID']['output']>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: NotificationKind;
  /** The match (proposal) it is about, when there is one. */
  matchId?: Maybe<Scalars['ID']['output']>;
  /** When the recipient marked it read; null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** The request it is about, when there is one. */
  requestId?: Maybe<Scalars['ID']['output']>;
  /** A sentence or two: what happened and what to do. */
  summary: Scalars['String']['output'];
  /** One line, for a list. */
  title: Scalars['String']['output'];
};

/** A page of notifications, newest first. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The notifications with their cursors. */
  edges: Array<NotificationEdge>;
  /** The notifications alone. */
  nodes: Array<Notification>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many notifications the list holds (with the same `unread` filter), every page together. */
  totalCount: Scalars['Int']['output'];
  /** How many notifications of the inbox are unread, whatever the filter. */
  unreadCount: Scalars['Int']['output'];
};

/** A notification with its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
};

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

/** A municipal official, elected or staff. */
export type Official = {
  __typename?: 'Official';
  /** Work email address (personal data). */
  email?: Maybe<Scalars['String']['output']>;
  /** Full name. */
  fullName: Scalars['String']['output'];
  /** The area of municipal work the official is responsible for. */
  functionArea: FunctionArea;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Languages the official works in, ISO 639-1. */
  languages: Array<Scalars['String']['output']>;
  /** Whether the official is elected or on the staff. */
  mandate: Mandate;
  /** The municipality the official works for. */
  municipality: Municipality;
  /** Work phone number (personal data). */
  phone?: Maybe<Scalars['String']['output']>;
  /** Position held, such as Mayor or Head of Environment and Health. */
  position: Scalars['String']['output'];
};

/** A page of officials. */
export type OfficialConnection = {
  __typename?: 'OfficialConnection';
  /** The officials with their cursors. */
  edges: Array<OfficialEdge>;
  /** The officials alone. */
  nodes: Array<Official>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many there are in the whole list, every page together. */
  totalCount: Scalars['Int']['output'];
};

/** An official with their cursor. */
export type OfficialEdge = {
  __typename?: 'OfficialEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The official. */
  node: Official;
};

/** Filters for officials. */
export type OfficialFilter = {
  /** Only officials of this municipality. */
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  /** Words in the full name or position (case-insensitive); at most 200 characters (more is refused as BAD_USER_INPUT). */
  search?: InputMaybe<Scalars['String']['input']>;
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
  /** When the export was made. */
  exportedAt: Scalars['DateTime']['output'];
  /** What the directory holds: the official's profile, contact details, the exchanges it knows they share, their inbox (notifications and follow-ups to come), and the directory changes they made or that concern them. */
  municipalities?: Maybe<Scalars['JSON']['output']>;
  /** The official the export is about. */
  officialId: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One association by id. */
  association?: Maybe<Association>;
  /** Local government associations, by name. */
  associations: AssociationConnection;
  /** Everything the platform holds about the signed-in official, from every service (officials only). */
  exportMyData?: Maybe<PersonalDataExport>;
  /** The signed-in viewer: their role, official or association, municipality and inbox; null for anonymous callers. */
  me?: Maybe<Me>;
  /** The municipality directory, by name, filtered. */
  municipalities: MunicipalityConnection;
  /** One municipality by id. */
  municipality?: Maybe<Municipality>;
  /** One official by id. */
  official?: Maybe<Official>;
  /** Officials, by full name, filtered. */
  officials: OfficialConnection;
};


export type QueryAssociationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssociationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMunicipalitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MunicipalityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMunicipalityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfficialArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfficialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfficialFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A local government association to add to the directory. */
export type RegisterAssociationInput = {
  /** Short name, such as VNG (up to 20 characters). */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** Country, ISO 3166-1 alpha-2. */
  countryCode: Scalars['String']['input'];
  /** Any unique string: sending the same request again with it returns the first result instead of registering twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Full name (1 to 200 characters). */
  name: Scalars['String']['input'];
};

/** The outcome of registerAssociation. */
export type RegisterAssociationPayload = {
  __typename?: 'RegisterAssociationPayload';
  /** The association registered, or null when refused. */
  association?: Maybe<Association>;
  /** Why the registration was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A local or regional government to add to the directory. */
export type RegisterMunicipalityInput = {
  /** Country, ISO 3166-1 alpha-2, such as GH. */
  countryCode: Scalars['String']['input'];
  /** Any unique string: sending the same request again with it returns the first result instead of registering twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What kind of local government it is. */
  kind: MunicipalityKind;
  /** Working languages of its administration, ISO 639-1 (1 to 10). */
  languages: Array<Scalars['String']['input']>;
  /** Official name, in its own language (1 to 200 characters). */
  name: Scalars['String']['input'];
  /** Inhabitants, zero or more. */
  population?: InputMaybe<Scalars['Int']['input']>;
  /** Region, province or district it belongs to (up to 200 characters). */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of registerMunicipality. */
export type RegisterMunicipalityPayload = {
  __typename?: 'RegisterMunicipalityPayload';
  /** The municipality registered, or null when refused. */
  municipality?: Maybe<Municipality>;
  /** Why the registration was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** An official to add to a municipality. */
export type RegisterOfficialInput = {
  /** Work email address (personal data). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Full name (1 to 200 characters). */
  fullName: Scalars['String']['input'];
  /** The area of municipal work the official is responsible for. */
  functionArea: FunctionArea;
  /** Any unique string: sending the same request again with it returns the first result instead of registering twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Languages the official works in, ISO 639-1 (1 to 10). */
  languages: Array<Scalars['String']['input']>;
  /** Whether the official is elected or on the staff. */
  mandate: Mandate;
  /** The municipality the official works for. */
  municipalityId: Scalars['ID']['input'];
  /** Work phone number: + and the country code, then digits and spaces (7 to 20 digits). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Position held (1 to 200 characters). */
  position: Scalars['String']['input'];
};

/** The outcome of registerOfficial. */
export type RegisterOfficialPayload = {
  __typename?: 'RegisterOfficialPayload';
  /** The official registered, or null when refused. */
  official?: Maybe<Official>;
  /** Why the registration was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** Changes to a municipality: a field left out stays as it is. */
export type UpdateMunicipalityInput = {
  /** New kind of local government. */
  kind?: InputMaybe<MunicipalityKind>;
  /** New working languages, ISO 639-1 (1 to 10); replaces the list. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New official name (1 to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New number of inhabitants, zero or more; null makes it unknown. */
  population?: InputMaybe<Scalars['Int']['input']>;
  /** New region (up to 200 characters); null removes it. */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of updateMunicipality. */
export type UpdateMunicipalityPayload = {
  __typename?: 'UpdateMunicipalityPayload';
  /** The municipality as changed, or null when refused. */
  municipality?: Maybe<Municipality>;
  /** Why the change was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** Changes to an official: a field left out stays as it is. */
export type UpdateOfficialInput = {
  /** New work email address; null removes it. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** New full name. */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** New area of work. */
  functionArea?: InputMaybe<FunctionArea>;
  /** New working languages, ISO 639-1 (1 to 10); replaces the list. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New mandate (staff only). */
  mandate?: InputMaybe<Mandate>;
  /** Moves the official to another municipality (staff only). */
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  /** The official to change. */
  officialId: Scalars['ID']['input'];
  /** New work phone number; null removes it. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** New position. */
  position?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of updateOfficial. */
export type UpdateOfficialPayload = {
  __typename?: 'UpdateOfficialPayload';
  /** The official as changed, or null when refused. */
  official?: Maybe<Official>;
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
  Association: Association;
  Me: Me;
  Municipality: Municipality;
  Official: Official;
  PersonalDataExport: PersonalDataExport;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Association:
    ( { __typename: 'Association' }
    & GraphQLRecursivePick<FederationTypes['Association'], {"id":true}> );
  Me:
    ( { __typename: 'Me' }
    & GraphQLRecursivePick<FederationTypes['Me'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"id":true}> );
  Official:
    ( { __typename: 'Official' }
    & GraphQLRecursivePick<FederationTypes['Official'], {"id":true}> );
  PersonalDataExport:
    ( { __typename: 'PersonalDataExport' }
    & GraphQLRecursivePick<FederationTypes['PersonalDataExport'], {"officialId":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Association: ResolverTypeWrapper<AssociationRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AssociationConnection: ResolverTypeWrapper<AssociationPage>;
  AssociationEdge: ResolverTypeWrapper<Omit<AssociationEdge, 'node'> & { node: ResolversTypes['Association'] }>;
  AssociationFilter: AssociationFilter;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DirectoryChange: ResolverTypeWrapper<DirectoryChangeRow>;
  DirectoryChangeConnection: ResolverTypeWrapper<DirectoryChangePage>;
  DirectoryChangeEdge: ResolverTypeWrapper<Omit<DirectoryChangeEdge, 'node'> & { node: ResolversTypes['DirectoryChange'] }>;
  DirectoryChangeKind: DirectoryChangeKind;
  EraseOfficialInput: EraseOfficialInput;
  EraseOfficialPayload: ResolverTypeWrapper<Omit<EraseOfficialPayload, 'official'> & { official?: Maybe<ResolversTypes['Official']> }>;
  FunctionArea: FunctionArea;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JoinAssociationInput: JoinAssociationInput;
  JoinAssociationPayload: ResolverTypeWrapper<Omit<JoinAssociationPayload, 'association' | 'municipality'> & { association?: Maybe<ResolversTypes['Association']>, municipality?: Maybe<ResolversTypes['Municipality']> }>;
  LeaveAssociationPayload: ResolverTypeWrapper<Omit<LeaveAssociationPayload, 'association' | 'municipality'> & { association?: Maybe<ResolversTypes['Association']>, municipality?: Maybe<ResolversTypes['Municipality']> }>;
  Mandate: Mandate;
  MarkNotificationsReadPayload: ResolverTypeWrapper<Omit<MarkNotificationsReadPayload, 'me' | 'notifications'> & { me?: Maybe<ResolversTypes['Me']>, notifications: Array<ResolversTypes['Notification']> }>;
  Me: ResolverTypeWrapper<MeRef>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Municipality: ResolverTypeWrapper<MunicipalityRow>;
  MunicipalityConnection: ResolverTypeWrapper<MunicipalityPage>;
  MunicipalityEdge: ResolverTypeWrapper<Omit<MunicipalityEdge, 'node'> & { node: ResolversTypes['Municipality'] }>;
  MunicipalityFilter: MunicipalityFilter;
  MunicipalityKind: MunicipalityKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<NotificationRow>;
  NotificationConnection: ResolverTypeWrapper<NotificationPage>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationKind: NotificationKind;
  Official: ResolverTypeWrapper<OfficialRow>;
  OfficialConnection: ResolverTypeWrapper<OfficialPage>;
  OfficialEdge: ResolverTypeWrapper<Omit<OfficialEdge, 'node'> & { node: ResolversTypes['Official'] }>;
  OfficialFilter: OfficialFilter;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonalDataExport: ResolverTypeWrapper<PersonalDataExportRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterAssociationInput: RegisterAssociationInput;
  RegisterAssociationPayload: ResolverTypeWrapper<Omit<RegisterAssociationPayload, 'association'> & { association?: Maybe<ResolversTypes['Association']> }>;
  RegisterMunicipalityInput: RegisterMunicipalityInput;
  RegisterMunicipalityPayload: ResolverTypeWrapper<Omit<RegisterMunicipalityPayload, 'municipality'> & { municipality?: Maybe<ResolversTypes['Municipality']> }>;
  RegisterOfficialInput: RegisterOfficialInput;
  RegisterOfficialPayload: ResolverTypeWrapper<Omit<RegisterOfficialPayload, 'official'> & { official?: Maybe<ResolversTypes['Official']> }>;
  UpdateMunicipalityInput: UpdateMunicipalityInput;
  UpdateMunicipalityPayload: ResolverTypeWrapper<Omit<UpdateMunicipalityPayload, 'municipality'> & { municipality?: Maybe<ResolversTypes['Municipality']> }>;
  UpdateOfficialInput: UpdateOfficialInput;
  UpdateOfficialPayload: ResolverTypeWrapper<Omit<UpdateOfficialPayload, 'official'> & { official?: Maybe<ResolversTypes['Official']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  ViewerRole: ViewerRole;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Association: AssociationRow;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  AssociationConnection: AssociationPage;
  AssociationEdge: Omit<AssociationEdge, 'node'> & { node: ResolversParentTypes['Association'] };
  AssociationFilter: AssociationFilter;
  DateTime: Scalars['DateTime']['output'];
  DirectoryChange: DirectoryChangeRow;
  DirectoryChangeConnection: DirectoryChangePage;
  DirectoryChangeEdge: Omit<DirectoryChangeEdge, 'node'> & { node: ResolversParentTypes['DirectoryChange'] };
  EraseOfficialInput: EraseOfficialInput;
  EraseOfficialPayload: Omit<EraseOfficialPayload, 'official'> & { official?: Maybe<ResolversParentTypes['Official']> };
  JSON: Scalars['JSON']['output'];
  JoinAssociationInput: JoinAssociationInput;
  JoinAssociationPayload: Omit<JoinAssociationPayload, 'association' | 'municipality'> & { association?: Maybe<ResolversParentTypes['Association']>, municipality?: Maybe<ResolversParentTypes['Municipality']> };
  LeaveAssociationPayload: Omit<LeaveAssociationPayload, 'association' | 'municipality'> & { association?: Maybe<ResolversParentTypes['Association']>, municipality?: Maybe<ResolversParentTypes['Municipality']> };
  MarkNotificationsReadPayload: Omit<MarkNotificationsReadPayload, 'me' | 'notifications'> & { me?: Maybe<ResolversParentTypes['Me']>, notifications: Array<ResolversParentTypes['Notification']> };
  Me: MeRef;
  Boolean: Scalars['Boolean']['output'];
  Municipality: MunicipalityRow;
  MunicipalityConnection: MunicipalityPage;
  MunicipalityEdge: Omit<MunicipalityEdge, 'node'> & { node: ResolversParentTypes['Municipality'] };
  MunicipalityFilter: MunicipalityFilter;
  Mutation: Record<PropertyKey, never>;
  Notification: NotificationRow;
  NotificationConnection: NotificationPage;
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  Official: OfficialRow;
  OfficialConnection: OfficialPage;
  OfficialEdge: Omit<OfficialEdge, 'node'> & { node: ResolversParentTypes['Official'] };
  OfficialFilter: OfficialFilter;
  PageInfo: PageInfo;
  PersonalDataExport: PersonalDataExportRef;
  Query: Record<PropertyKey, never>;
  RegisterAssociationInput: RegisterAssociationInput;
  RegisterAssociationPayload: Omit<RegisterAssociationPayload, 'association'> & { association?: Maybe<ResolversParentTypes['Association']> };
  RegisterMunicipalityInput: RegisterMunicipalityInput;
  RegisterMunicipalityPayload: Omit<RegisterMunicipalityPayload, 'municipality'> & { municipality?: Maybe<ResolversParentTypes['Municipality']> };
  RegisterOfficialInput: RegisterOfficialInput;
  RegisterOfficialPayload: Omit<RegisterOfficialPayload, 'official'> & { official?: Maybe<ResolversParentTypes['Official']> };
  UpdateMunicipalityInput: UpdateMunicipalityInput;
  UpdateMunicipalityPayload: Omit<UpdateMunicipalityPayload, 'municipality'> & { municipality?: Maybe<ResolversParentTypes['Municipality']> };
  UpdateOfficialInput: UpdateOfficialInput;
  UpdateOfficialPayload: Omit<UpdateOfficialPayload, 'official'> & { official?: Maybe<ResolversParentTypes['Official']> };
  UserError: UserError;
};

export type AssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Association'] = ResolversParentTypes['Association'], FederationReferenceType extends FederationReferenceTypes['Association'] = FederationReferenceTypes['Association']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Association']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Maybe<ResolversTypes['DirectoryChangeConnection']>, ParentType, ContextType, RequireFields<AssociationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  membersConnection?: Resolver<ResolversTypes['MunicipalityConnection'], ParentType, ContextType, RequireFields<AssociationMembersConnectionArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AssociationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssociationConnection'] = ResolversParentTypes['AssociationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AssociationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Association']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssociationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssociationEdge'] = ResolversParentTypes['AssociationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Association'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DirectoryChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DirectoryChange'] = ResolversParentTypes['DirectoryChange']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  association?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DirectoryChangeKind'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  official?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
};

export type DirectoryChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DirectoryChangeConnection'] = ResolversParentTypes['DirectoryChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DirectoryChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DirectoryChange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DirectoryChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DirectoryChangeEdge'] = ResolversParentTypes['DirectoryChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DirectoryChange'], ParentType, ContextType>;
};

export type EraseOfficialPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EraseOfficialPayload'] = ResolversParentTypes['EraseOfficialPayload']> = {
  official?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JoinAssociationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JoinAssociationPayload'] = ResolversParentTypes['JoinAssociationPayload']> = {
  association?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LeaveAssociationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeaveAssociationPayload'] = ResolversParentTypes['LeaveAssociationPayload']> = {
  association?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MarkNotificationsReadPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] = ResolversParentTypes['MarkNotificationsReadPayload']> = {
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me'], FederationReferenceType extends FederationReferenceTypes['Me'] = FederationReferenceTypes['Me']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Me']> | FederationReferenceType, FederationReferenceType, ContextType>;
  association?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<MeNotificationsArgs, 'first'>>;
  official?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ViewerRole'], ParentType, ContextType>;
};

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  associations?: Resolver<Array<ResolversTypes['Association']>, ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Maybe<ResolversTypes['DirectoryChangeConnection']>, ParentType, ContextType, RequireFields<MunicipalityHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MunicipalityKind'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officials?: Resolver<Array<ResolversTypes['Official']>, ParentType, ContextType>;
  officialsConnection?: Resolver<ResolversTypes['OfficialConnection'], ParentType, ContextType, RequireFields<MunicipalityOfficialsConnectionArgs, 'first'>>;
  population?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MunicipalityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MunicipalityConnection'] = ResolversParentTypes['MunicipalityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MunicipalityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MunicipalityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MunicipalityEdge'] = ResolversParentTypes['MunicipalityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  eraseOfficial?: Resolver<ResolversTypes['EraseOfficialPayload'], ParentType, ContextType, RequireFields<MutationEraseOfficialArgs, 'input'>>;
  joinAssociation?: Resolver<ResolversTypes['JoinAssociationPayload'], ParentType, ContextType, RequireFields<MutationJoinAssociationArgs, 'input'>>;
  leaveAssociation?: Resolver<ResolversTypes['LeaveAssociationPayload'], ParentType, ContextType, RequireFields<MutationLeaveAssociationArgs, 'associationId' | 'municipalityId'>>;
  markNotificationsRead?: Resolver<ResolversTypes['MarkNotificationsReadPayload'], ParentType, ContextType, Partial<MutationMarkNotificationsReadArgs>>;
  registerAssociation?: Resolver<ResolversTypes['RegisterAssociationPayload'], ParentType, ContextType, RequireFields<MutationRegisterAssociationArgs, 'input'>>;
  registerMunicipality?: Resolver<ResolversTypes['RegisterMunicipalityPayload'], ParentType, ContextType, RequireFields<MutationRegisterMunicipalityArgs, 'input'>>;
  registerOfficial?: Resolver<ResolversTypes['RegisterOfficialPayload'], ParentType, ContextType, RequireFields<MutationRegisterOfficialArgs, 'input'>>;
  updateMunicipality?: Resolver<ResolversTypes['UpdateMunicipalityPayload'], ParentType, ContextType, RequireFields<MutationUpdateMunicipalityArgs, 'id' | 'input'>>;
  updateOfficial?: Resolver<ResolversTypes['UpdateOfficialPayload'], ParentType, ContextType, RequireFields<MutationUpdateOfficialArgs, 'input'>>;
};

export type NotificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  bestPracticeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  exchangeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  matchId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type OfficialResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Official'] = ResolversParentTypes['Official'], FederationReferenceType extends FederationReferenceTypes['Official'] = FederationReferenceTypes['Official']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Official']> | FederationReferenceType, FederationReferenceType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  functionArea?: Resolver<ResolversTypes['FunctionArea'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mandate?: Resolver<ResolversTypes['Mandate'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OfficialConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfficialConnection'] = ResolversParentTypes['OfficialConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OfficialEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Official']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfficialEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfficialEdge'] = ResolversParentTypes['OfficialEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Official'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonalDataExportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalDataExport'] = ResolversParentTypes['PersonalDataExport'], FederationReferenceType extends FederationReferenceTypes['PersonalDataExport'] = FederationReferenceTypes['PersonalDataExport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalDataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  exportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  municipalities?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  officialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  association?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType, RequireFields<QueryAssociationArgs, 'id'>>;
  associations?: Resolver<ResolversTypes['AssociationConnection'], ParentType, ContextType, RequireFields<QueryAssociationsArgs, 'first'>>;
  exportMyData?: Resolver<Maybe<ResolversTypes['PersonalDataExport']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  municipalities?: Resolver<ResolversTypes['MunicipalityConnection'], ParentType, ContextType, RequireFields<QueryMunicipalitiesArgs, 'first'>>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType, RequireFields<QueryMunicipalityArgs, 'id'>>;
  official?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType, RequireFields<QueryOfficialArgs, 'id'>>;
  officials?: Resolver<ResolversTypes['OfficialConnection'], ParentType, ContextType, RequireFields<QueryOfficialsArgs, 'first'>>;
};

export type RegisterAssociationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterAssociationPayload'] = ResolversParentTypes['RegisterAssociationPayload']> = {
  association?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RegisterMunicipalityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterMunicipalityPayload'] = ResolversParentTypes['RegisterMunicipalityPayload']> = {
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RegisterOfficialPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterOfficialPayload'] = ResolversParentTypes['RegisterOfficialPayload']> = {
  official?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateMunicipalityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateMunicipalityPayload'] = ResolversParentTypes['UpdateMunicipalityPayload']> = {
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateOfficialPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateOfficialPayload'] = ResolversParentTypes['UpdateOfficialPayload']> = {
  official?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Association?: AssociationResolvers<ContextType>;
  AssociationConnection?: AssociationConnectionResolvers<ContextType>;
  AssociationEdge?: AssociationEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DirectoryChange?: DirectoryChangeResolvers<ContextType>;
  DirectoryChangeConnection?: DirectoryChangeConnectionResolvers<ContextType>;
  DirectoryChangeEdge?: DirectoryChangeEdgeResolvers<ContextType>;
  EraseOfficialPayload?: EraseOfficialPayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  JoinAssociationPayload?: JoinAssociationPayloadResolvers<ContextType>;
  LeaveAssociationPayload?: LeaveAssociationPayloadResolvers<ContextType>;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  MunicipalityConnection?: MunicipalityConnectionResolvers<ContextType>;
  MunicipalityEdge?: MunicipalityEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  Official?: OfficialResolvers<ContextType>;
  OfficialConnection?: OfficialConnectionResolvers<ContextType>;
  OfficialEdge?: OfficialEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PersonalDataExport?: PersonalDataExportResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterAssociationPayload?: RegisterAssociationPayloadResolvers<ContextType>;
  RegisterMunicipalityPayload?: RegisterMunicipalityPayloadResolvers<ContextType>;
  RegisterOfficialPayload?: RegisterOfficialPayloadResolvers<ContextType>;
  UpdateMunicipalityPayload?: UpdateMunicipalityPayloadResolvers<ContextType>;
  UpdateOfficialPayload?: UpdateOfficialPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

