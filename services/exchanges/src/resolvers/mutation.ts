// The mutations of the exchanges service, one file each in mutations/.
import { cancelExchange } from './mutations/cancelExchange.ts';
import { completeExchange } from './mutations/completeExchange.ts';
import { planExchange } from './mutations/planExchange.ts';
import { recordEvaluation } from './mutations/recordEvaluation.ts';
import { recordOutcome } from './mutations/recordOutcome.ts';
import { startExchange } from './mutations/startExchange.ts';

export const Mutation = { planExchange, startExchange, completeExchange, cancelExchange, recordEvaluation, recordOutcome };
