import {
  INTERNAL_ERROR_RULE_ID,
  PARSE_RULE_ID,
  PROJECT_URL,
  ruleDocsUrl,
  type Finding,
  type Severity,
} from '../../core';
import { toLocation } from '../location';
import { repositoryPath } from './paths';
import type { Formatter } from './types';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** Findings that no rule of the registry makes still need a descriptor for their `ruleIndex`. */
const BUILT_IN_DESCRIPTIONS: Readonly<Record<string, string>> = {
  [PARSE_RULE_ID]: 'A part of the document could not be analyzed (too large or too deeply nested)',
  [INTERNAL_ERROR_RULE_ID]: 'A rule failed while checking the document',
};

interface RuleDescriptor {
  readonly id: string;
  readonly shortDescription: { readonly text: string };
  readonly helpUri?: string;
  readonly defaultConfiguration: { readonly level: string };
}

/** A relative path as a URI reference: each segment percent-encoded, `/` between them. */
function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0, for code scanning: one run, the rules' metadata with help URIs, a result per finding. */
export const formatSarif: Formatter = (files, context) => {
  const descriptors: RuleDescriptor[] = context.rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  }));
  const ruleIndex = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const indexOf = (finding: Finding): number => {
    let index = ruleIndex.get(finding.ruleId);
    if (index === undefined) {
      index = descriptors.length;
      descriptors.push({
        id: finding.ruleId,
        shortDescription: { text: BUILT_IN_DESCRIPTIONS[finding.ruleId] ?? finding.ruleId },
        defaultConfiguration: { level: LEVEL[finding.severity] },
      });
      ruleIndex.set(finding.ruleId, index);
    }
    return index;
  };
  const results = files.flatMap((file) => {
    const artifactLocation = { uri: uriOf(repositoryPath(file.absolutePath, context.cwd)) };
    return file.findings.map((finding) => {
      const { line, column, endLine, endColumn } = toLocation(finding.range);
      return {
        ruleId: finding.ruleId,
        ruleIndex: indexOf(finding),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: { startLine: line, startColumn: column, endLine, endColumn },
            },
          },
        ],
        ...(finding.fix && {
          fixes: [
            {
              description: { text: finding.fix.title },
              artifactChanges: [
                {
                  artifactLocation,
                  replacements: finding.fix.edits.map((edit) => ({
                    deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start },
                    insertedContent: { text: edit.newText },
                  })),
                },
              ],
            },
          ],
        }),
      };
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'postmortem', version: context.version, informationUri: PROJECT_URL, rules: descriptors },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
