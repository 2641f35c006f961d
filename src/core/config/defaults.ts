import { DEFAULT_DOCUMENT_TYPE_OPTIONS } from '../model/documentType';
import type { PostmortemConfig } from '../vocabulary/terms';

export const DEFAULT_CONFIG: PostmortemConfig = {
  requiredSections: ['summary', 'impact', 'timeline', 'root-cause', 'action-items'],
  rules: {},
  severityScale: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
  statusValues: ['draft', 'in-review', 'reviewed', 'published', 'closed'],
  phrases: { flag: [], allow: [] },
  owners: [],
  systems: [],
  ownerAliases: {},
  teams: {},
  documents: DEFAULT_DOCUMENT_TYPE_OPTIONS,
  sectionNames: {},
  timezone: undefined,
  templatesFolder: '.postmortem/templates',
  postmortemsFolder: 'postmortems',
  newIssueUrl: undefined,
};
