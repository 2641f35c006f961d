// Whether the extension hands out its test API. Read by the extension and by the test runner, which runs in plain
// Node: no VS Code import here.

/**
 * Set to `1` by a test run that loads the extension as installed (the VSIX layer), where VS Code's extension mode is
 * that of production, to have `activate()` return its test API.
 */
export const TEST_API_VARIABLE = 'POSTMORTEM_TEST_API';

/**
 * Whether `activate()` returns the test API: in VS Code's Test extension mode, or when the environment asks for it;
 * never to other extensions in production. `environment` is undefined in a web worker extension host.
 */
export function exposesTestApi(
  testMode: boolean,
  environment: Readonly<Record<string, string | undefined>> | undefined,
): boolean {
  return testMode || environment?.[TEST_API_VARIABLE] === '1';
}
