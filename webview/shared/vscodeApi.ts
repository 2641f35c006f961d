// The part of the webview API VS Code gives a page through `acquireVsCodeApi()`, typed by the
// messages the page posts and the state it keeps (`setState`, not `retainContextWhenHidden`).

export interface WebviewApi<Message, State> {
  postMessage(message: Message): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare global {
  /** VS Code's, or a test's stand-in; callable once per page. */
  var acquireVsCodeApi: () => WebviewApi<unknown, unknown>;
}

/** The page's webview API, typed as the page uses it; call it once. */
export function vscodeApi<Message, State>(): WebviewApi<Message, State> {
  return acquireVsCodeApi() as WebviewApi<Message, State>;
}
