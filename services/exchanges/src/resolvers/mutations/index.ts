// The mutations of the exchanges service, one file each in mutations/.
import type { MutationResolvers } from '../../generated/resolvers.ts';
import { cancelExchange } from './cancelExchange.ts';
import { completeExchange } from './completeExchange.ts';
import { correctEvaluation } from './correctEvaluation.ts';
import { correctOutcome } from './correctOutcome.ts';
import { planExchange } from './planExchange.ts';
import { recordEvaluation } from './recordEvaluation.ts';
import { recordOutcome } from './recordOutcome.ts';
import { startExchange } from './startExchange.ts';
import { updateExchange } from './updateExchange.ts';

export const Mutation: MutationResolvers = { planExchange, startExchange, completeExchange, cancelExchange, recordEvaluation, recordOutcome, updateExchange, correctEvaluation, correctOutcome };
