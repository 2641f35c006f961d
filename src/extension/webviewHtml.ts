// The page of each of the extension's webviews (the timeline editor, Show Metrics): one bundle and
// its stylesheet under a strict Content-Security-Policy (scripts only by nonce, styles and fonts
// only from the webview's own source). Pure, so that the host and the Chromium tests load the very
// same page.

export interface WebviewHtmlOptions {
  /** The page's `<title>`. */
  readonly title: string;
  /** The webview URI of the page's bundle, such as `dist/webview/timeline.js`. */
  readonly scriptUri: string;
  /** The webview URI of the bundle's stylesheet, such as `dist/webview/timeline.css`. */
  readonly styleUri: string;
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** A fresh `makeNonce()` for each page. */
  readonly nonce: string;
}

const escapeText = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function webviewCsp(cspSource: string, nonce: string): string {
  return [
    `default-src 'none'`,
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
  ].join('; ');
}

export function webviewHtml(options: WebviewHtmlOptions): string {
  const attribute = (value: string): string => `"${escapeText(value)}"`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content=${attribute(webviewCsp(options.cspSource, options.nonce))}>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href=${attribute(options.styleUri)}>
  <title>${escapeText(options.title)}</title>
</head>
<body>
  <script nonce=${attribute(options.nonce)} src=${attribute(options.scriptUri)}></script>
</body>
</html>
`;
}

/** 32 random base64url characters (192 bits), for one page's script nonce. */
export function makeNonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (byte) => alphabet[byte & 63]).join('');
}
