import { toLocation } from '../location';
import type { Formatter } from './types';

/**
 * The contract other tools read:
 * `{"files":[{"path","problems":[{ruleId,severity,message,line,column,endLine,endColumn}]}]}`.
 */
export const formatJson: Formatter = (files) =>
  `${JSON.stringify(
    {
      files: files.map((file) => ({
        path: file.path,
        problems: file.findings.map((finding) => ({
          ruleId: finding.ruleId,
          severity: finding.severity,
          message: finding.message,
          ...toLocation(finding.range),
        })),
      })),
    },
    null,
    2,
  )}\n`;
