// The criteria the secretariat publishes and checks a request against before it
// validates it. The database enum and the GraphQL enum ValidationCriterion carry the
// same codes; what each means is described in the SDL.
export const validationCriteria = ['DEMAND_DRIVEN', 'PEER_TO_PEER', 'PUBLIC_BENEFIT', 'CLEAR_OUTCOME', 'FEASIBLE_WINDOW'] as const;

export type ValidationCriterion = (typeof validationCriteria)[number];
