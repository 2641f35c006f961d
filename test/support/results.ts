/** One test's outcome, as the in-host suite reports it to the runner outside. */
export interface TestOutcome {
  readonly title: string;
  readonly state: 'passed' | 'failed';
  readonly durationMs: number;
  readonly error?: string;
}

export interface SuiteReport {
  readonly vscodeVersion: string;
  readonly tests: readonly TestOutcome[];
  /** Measurements a benchmark run inside the extension host reports. */
  readonly figures?: Readonly<Record<string, number>>;
}

/** Environment variable that tells the in-host suite where to write its report. */
export const RESULTS_FILE_VARIABLE = 'POSTMORTEM_TEST_RESULTS';
/** Environment variable that narrows the in-host suite to tests whose title matches. */
export const GREP_VARIABLE = 'POSTMORTEM_TEST_GREP';
/** Environment variable naming the extensions folder the extension under test was installed into from its VSIX. */
export const INSTALLED_EXTENSIONS_VARIABLE = 'POSTMORTEM_TEST_INSTALLED_EXTENSIONS';
