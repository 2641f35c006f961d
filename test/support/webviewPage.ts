// A built webview page in Chromium, outside VS Code: a 127.0.0.1 server gives the page
// `webviewHtml` makes (with its real Content-Security-Policy), the bundles from dist/webview and
// the folders a test names, and a theme stylesheet standing in for the variables VS Code sets.
// A stand-in for VS Code's webview API comes first: a script loaded by nonce, like any other, or
// an init script the browser runs before the page's own.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { makeNonce, webviewHtml } from '../../src/extension/webviewHtml';
import { THEME_COLOURS, type Theme } from './themeColours';
import { launchBrowser, projectRoot } from './vscodeHost';

export type { Theme };

const FONT = {
  '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
  '--vscode-font-size': '13px',
  '--vscode-font-weight': 'normal',
  '--vscode-editor-font-family': '"Droid Sans Mono", "DejaVu Sans Mono", monospace',
  '--vscode-editor-font-size': '14px',
};

/** The body's classes VS Code gives a webview in a theme; high contrast light keeps `vscode-high-contrast` too. */
function bodyClasses(theme: Theme): string {
  return theme === 'high-contrast-light' ? 'vscode-high-contrast-light vscode-high-contrast' : `vscode-${theme}`;
}

/**
 * Each theme's variables, keyed as VS Code marks the body (`data-vscode-theme-kind`), so that no theme's leak into
 * another.
 */
function themeStylesheet(): string {
  return Object.entries(THEME_COLOURS)
    .map(
      ([theme, colours]) =>
        `body[data-vscode-theme-kind="vscode-${theme}"] {\n${Object.entries({ ...FONT, ...colours })
          .map(([name, value]) => `  ${name}: ${value};`)
          .join('\n')}\n}`,
    )
    .join('\n\n');
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.html': 'text/html',
};

export interface WebviewPageOptions {
  /** The bundle's name: dist/webview/NAME.js and NAME.css. */
  readonly bundle: string;
  readonly title: string;
  /** The page's root element, waited for after loading. */
  readonly element: string;
  /** Scripts loaded by nonce before the bundle, such as a stand-in for the webview API. */
  readonly scripts?: readonly string[];
  /** Run in the page before any of its scripts, on every load. */
  readonly initScript?: () => void;
  /** Folders served besides dist/webview/ (as `localResourceRoots` limits a webview, nothing else is). */
  readonly served?: readonly string[];
  readonly theme?: Theme;
  readonly width?: number;
  readonly height?: number;
}

export interface WebviewPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly url: string;
  setTheme(theme: Theme): Promise<void>;
  close(): Promise<void>;
}

function startServer(options: WebviewPageOptions): Promise<Server> {
  const served = ['dist/webview/', ...(options.served ?? [])];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/') {
      const origin = `http://${request.headers.host}`;
      const nonce = makeNonce();
      const theme = options.theme ?? 'dark';
      const scripts = (options.scripts ?? [])
        .map((script) => `  <script nonce="${nonce}" src="${script}"></script>\n`)
        .join('');
      const html = webviewHtml({
        title: options.title,
        scriptUri: `/dist/webview/${options.bundle}.js`,
        styleUri: `/dist/webview/${options.bundle}.css`,
        cspSource: origin,
        nonce,
      })
        .replace('</head>', `  <link rel="stylesheet" href="/theme.css">\n${scripts}</head>`)
        .replace('<body>', `<body class="${bodyClasses(theme)}" data-vscode-theme-kind="vscode-${theme}">`);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    if (path === '/theme.css') {
      response.writeHead(200, { 'content-type': 'text/css' }).end(themeStylesheet());
      return;
    }
    const relative = normalize(path.slice(1));
    if (!served.some((folder) => relative.startsWith(folder))) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(join(projectRoot, relative));
      response
        .writeHead(200, { 'content-type': CONTENT_TYPES[extname(relative)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Opens a built webview page (run `node scripts/build.mjs` first) in a fresh Chromium. */
export async function openWebviewPage(options: WebviewPageOptions): Promise<WebviewPage> {
  const server = await startServer(options);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  let context: BrowserContext | undefined;
  try {
    context = await launchBrowser();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 800 });
    if (options.initScript) await page.addInitScript(options.initScript);
    await page.goto(url);
    await page.waitForFunction((element) => document.querySelector(element) !== null, options.element);
    const opened = context;
    return {
      page,
      context: opened,
      url,
      async setTheme(theme) {
        await page.evaluate(
          ({ classes, kind }) => {
            document.body.className = classes;
            document.body.dataset['vscodeThemeKind'] = kind;
          },
          { classes: bodyClasses(theme), kind: `vscode-${theme}` },
        );
      },
      async close() {
        await opened.close().catch(() => undefined);
        await new Promise((resolve) => server.close(resolve));
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    server.close();
    throw error;
  }
}
