import * as vscode from 'vscode';
import { makeNonce, webviewHtml } from './webviewHtml';

/**
 * Loads one of the extension's pages (`dist/webview/<page>.js` and its stylesheet) into a webview,
 * with scripts on and resources only from the webview bundles and `media/`.
 */
export function loadWebviewPage(
  webview: vscode.Webview,
  extensionUri: vscode.Uri,
  page: 'timeline' | 'metrics',
  title: string,
): void {
  const bundle = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
  webview.options = { enableScripts: true, localResourceRoots: [bundle, vscode.Uri.joinPath(extensionUri, 'media')] };
  webview.html = webviewHtml({
    title,
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(bundle, `${page}.js`)).toString(),
    styleUri: webview.asWebviewUri(vscode.Uri.joinPath(bundle, `${page}.css`)).toString(),
    cspSource: webview.cspSource,
    nonce: makeNonce(),
  });
}
