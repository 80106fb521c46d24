// The mutations of the requests service, one file each.
import type { MutationResolvers } from '../../generated/resolvers.ts';
import { closeRequest } from './closeRequest.ts';
import { draftRequest } from './draftRequest.ts';
import { endorseRequest } from './endorseRequest.ts';
import { rejectRequest } from './rejectRequest.ts';
import { submitRequest } from './submitRequest.ts';
import { updateRequest } from './updateRequest.ts';
import { validateRequest } from './validateRequest.ts';
import { withdrawRequest } from './withdrawRequest.ts';

export const Mutation: MutationResolvers = { draftRequest, updateRequest, submitRequest, endorseRequest, validateRequest, rejectRequest, withdrawRequest, closeRequest };
