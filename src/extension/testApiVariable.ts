// Read by the extension and set by the test runner, which runs in plain Node: no VS Code import here.

/**
 * Set to `1` by a test run that loads the extension as installed (the VSIX layer), where VS Code's extension mode is
 * that of production, to have `activate()` return its test API.
 */
export const TEST_API_VARIABLE = 'POSTMORTEM_TEST_API';
