// Every mutation of the directory, one file each.
import type { MutationResolvers } from '../../generated/resolvers.ts';
import { eraseOfficial } from './eraseOfficial.ts';
import { joinAssociation } from './joinAssociation.ts';
import { leaveAssociation } from './leaveAssociation.ts';
import { markNotificationsRead } from './markNotificationsRead.ts';
import { registerAssociation } from './registerAssociation.ts';
import { registerMunicipality } from './registerMunicipality.ts';
import { registerOfficial } from './registerOfficial.ts';
import { updateMunicipality } from './updateMunicipality.ts';
import { updateOfficial } from './updateOfficial.ts';

export const Mutation: MutationResolvers = {
  registerMunicipality,
  registerAssociation,
  registerOfficial,
  updateOfficial,
  eraseOfficial,
  joinAssociation,
  updateMunicipality,
  leaveAssociation,
  markNotificationsRead,
};
