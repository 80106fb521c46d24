// The events services tell each other, and what each carries. This is the contract
// between services: a consumer relies on these fields, so a field is added, never
// renamed or removed. Personal contact data (email, phone) never travels in an event.

type Format = 'EXPERT_ASSIGNMENT' | 'WORK_PLACEMENT' | 'ROUNDTABLE' | 'STUDY_VISIT';

export interface OfficialProfile {
  officialId: string;
  municipalityId: string;
  position: string;
  mandate: 'ELECTED' | 'STAFF';
  functionArea: string;
  languages: string[];
}

export interface MunicipalityProfile {
  municipalityId: string;
  name: string;
  countryCode: string;
  kind: string;
  population: number | null;
  languages: string[];
}

export interface RequestProfile {
  requestId: string;
  reference: string;
  municipalityId: string;
  title: string;
  challenge: string;
  topics: string[];
  preferredFormats: Format[];
  languages: string[];
  earliestStart: string | null;
  latestEnd: string | null;
  /**
   * The official who speaks for the request; null once they are erased. Absent from
   * events recorded before it was announced.
   */
  contactOfficialId?: string | null;
}

export interface EventPayloads {
  // municipalities
  MunicipalityRegistered: MunicipalityProfile;
  MunicipalityUpdated: MunicipalityProfile;
  MunicipalityJoinedAssociation: { municipalityId: string; associationId: string };
  OfficialRegistered: OfficialProfile;
  OfficialUpdated: OfficialProfile;
  OfficialErased: { officialId: string };
  AssociationRegistered: { associationId: string; name: string; countryCode: string; at: string };
  MunicipalityLeftAssociation: { municipalityId: string; associationId: string; at: string };
  // requests
  /** Every transition of a request, with the dates impact figures need. */
  RequestStatusChanged: RequestProfile & {
    from: string | null;
    to: string;
    at: string;
    submittedAt: string | null;
    validatedAt: string | null;
  };
  RequestValidated: RequestProfile & { submittedAt: string | null; validatedAt: string };
  RequestWithdrawn: { requestId: string; at: string; reason?: string };
  /** Once per association; associations carry a request into the exchange that answers it. */
  RequestEndorsed: { requestId: string; associationId: string; at: string };
  // matching
  ProposalAccepted: {
    matchId: string;
    requestId: string;
    officialId: string;
    at: string;
    /** The peer's declared availability when they accepted, earliest first. Absent from events recorded before it was announced. */
    availability?: { from: string; to: string }[];
  };
  ProposalDeclined: { matchId: string; requestId: string; officialId: string; at: string };
  /** The secretariat proposed a match to the official. */
  ProposalMade: { matchId: string; requestId: string; officialId: string; at: string };
  /** A suggested or proposed match closed by staff or because its request ended. */
  MatchWithdrawn: { matchId: string; requestId: string; officialId: string; reason: string; at: string };
  // exchanges
  ExchangePlanned: {
    exchangeId: string;
    requestId: string;
    format: Format;
    startsOn: string;
    endsOn: string;
    hostMunicipalityId: string;
    participantOfficialIds: string[];
    associationIds: string[];
    at: string;
  };
  /** A planned exchange changed; `changed` names the fields (dates, location, participants, associations, format). */
  ExchangeUpdated: {
    exchangeId: string;
    requestId: string;
    changed: string[];
    format: Format;
    startsOn: string;
    endsOn: string;
    participantOfficialIds: string[];
    associationIds: string[];
    at: string;
  };
  /**
   * The compensation of a withdrawal: the request was withdrawn while its exchange had
   * already started, so the exchange goes on and the request returns to IN_EXCHANGE.
   */
  RequestWithdrawalRefused: { requestId: string; exchangeId: string; reason: string; at: string };
  ExchangeStarted: { exchangeId: string; requestId: string; participantOfficialIds: string[]; at: string };
  ExchangeCompleted: {
    exchangeId: string;
    requestId: string;
    title: string;
    hostMunicipalityId: string;
    municipalityIds: string[];
    participantOfficialIds: string[];
    /** Topic codes of the request the exchange answered. */
    topics: string[];
    /** The peers' municipalities (all but the requester's). Absent from events recorded before it was announced. */
    peerMunicipalityIds?: string[];
    /** Associations involved. Absent from events recorded before it was announced. */
    associationIds?: string[];
    at: string;
  };
  ExchangeCancelled: { exchangeId: string; requestId: string; participantOfficialIds: string[]; reason: string; at: string };
  EvaluationRecorded: {
    evaluationId: string;
    exchangeId: string;
    phase: 'BEFORE' | 'DURING' | 'AFTER';
    respondentRole: 'REQUESTER' | 'PEER' | 'ASSOCIATION';
    overallRating: number;
    authorOfficialId: string | null;
    /** Officials the rating speaks about: the peers, when the requester rates. */
    ratedOfficialIds: string[];
    /** The association that answered, for ASSOCIATION evaluations. Absent from events recorded before it was announced. */
    associationId?: string | null;
  };
  /** An author corrected an evaluation within the correction window: same fields, new values. */
  EvaluationCorrected: EventPayloads['EvaluationRecorded'] & { correctedAt: string };
  // knowledge
  BestPracticeSubmitted: { bestPracticeId: string; exchangeId: string | null; associationId: string | null; title: string; at: string };
  BestPracticeReturned: { bestPracticeId: string; exchangeId: string | null; associationId: string | null; title: string; reason: string; at: string };
  BestPracticePublished: { bestPracticeId: string; exchangeId: string | null; associationId: string | null; title: string; topics: string[]; at: string };
}

export type EventType = keyof EventPayloads;

/** One event as it travels: the envelope is the same on every transport. */
export interface EventEnvelope<T extends EventType = EventType> {
  /** Unique id; consumers record it in their inbox so a second delivery changes nothing. */
  id: string;
  type: T;
  /** The service that recorded it. */
  source: string;
  occurredAt: string;
  payload: EventPayloads[T];
}
