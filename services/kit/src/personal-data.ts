// The personal data export (exportMyData): municipalities starts it, every service adds
// its part to the PersonalDataExport entity. The reference arrives through the gateway,
// so each service checks again that the viewer is the official the export is about.
import { ForbiddenError, UnauthenticatedError } from './errors.ts';
import type { Viewer } from './viewer.ts';

/** The official whose data the viewer may export: themselves, nobody else. */
export function requireOwnPersonalData(viewer: Viewer, officialId: string): string {
  if (viewer.role === 'ANONYMOUS') throw new UnauthenticatedError('Sign in to export your data');
  if (viewer.role !== 'OFFICIAL' || !viewer.officialId || viewer.officialId.toLowerCase() !== officialId.toLowerCase()) {
    throw new ForbiddenError('Only the official themselves may export their personal data');
  }
  return viewer.officialId.toLowerCase();
}
