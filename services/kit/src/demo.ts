// Stable ids for the demo story (the first CONNECT exchanges, spring 2017). Each
// service seeds only its own rows; they refer to each other's entities through these
// ids, derived from readable keys, so the five seeds agree without sharing a table.
import { createHash } from 'node:crypto';

/** A deterministic UUID (version 5 layout) for a demo key such as "municipality:agona-west". */
export function demoId(key: string): string {
  const hash = createHash('sha1').update(`connect-demo:${key}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function ids<const K extends string>(kind: string, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, demoId(`${kind}:${k}`)])) as Record<K, string>;
}

/** The cast of the demo story: who and what each service's seed talks about. */
export const demo = {
  municipalities: ids('municipality', [
    'sandgerdi', // Iceland
    'vitoriaGasteiz', // Spain
    'ronda', // Spain
    'deventer', // Netherlands
    'hoorn', // Netherlands
    'battambang', // Cambodia
    'villaDeLeyva', // Colombia
    'agonaWest', // Ghana
    'jinja', // Uganda
  ]),
  associations: ids('association', ['sis', 'femp', 'vng', 'nlcs', 'fcm', 'nalag', 'ulga']),
  officials: ids('official', [
    'sigrunArnadottir', // Mayor of Sandgerði
    'martaIbanez', // Vitoria-Gasteiz, water and sanitation
    'javierMoreno', // Ronda, tourism
    'pieterVanDijk', // Deventer, water and sanitation
    'anoukJansen', // Hoorn, urban planning
    'sokhaChan', // Battambang, urban planning
    'andreaGomez', // Villa de Leyva, tourism
    'georgeFreeman', // Agona West, environment and health
    'graceNamutebi', // Jinja, waste management
  ]),
  requests: ids('request', [
    'agonaWestSanitation', // COMPLETED: the brochure's story
    'villaDeLeyvaEcotourism', // IN_EXCHANGE
    'battambangUrbanPlanning', // MATCHED
    'jinjaWaste', // VALIDATED
    'agonaWestDrainage', // SUBMITTED
    'battambangHeritage', // DRAFT
    'jinjaRuralRoads', // REJECTED
    'villaDeLeyvaWater', // WITHDRAWN
    'sandgerdiHarbour', // CLOSED
  ]),
  matches: ids('match', [
    'agonaWestPieter',
    'agonaWestMarta',
    'agonaWestSigrun',
    'villaDeLeyvaJavier',
    'villaDeLeyvaSigrun',
    'battambangAnouk',
    'battambangMarta',
    'jinjaPieter',
  ]),
  exchanges: ids('exchange', ['agonaWestSanitation', 'villaDeLeyvaEcotourism']),
  bestPractices: ids('best-practice', ['agonaWestSanitationPlan', 'communityEcotourism']),
  knowledgeEvents: ids('knowledge-event', ['brusselsDonorRoundtable']),
} as const;
