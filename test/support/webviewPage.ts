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
import { launchBrowser, projectRoot } from './vscodeHost';

export type Theme = 'light' | 'dark' | 'high-contrast';

const FONT = {
  '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
  '--vscode-font-size': '13px',
  '--vscode-font-weight': 'normal',
  '--vscode-editor-font-family': '"Droid Sans Mono", "DejaVu Sans Mono", monospace',
  '--vscode-editor-font-size': '14px',
};

/** A few of the variables VS Code sets for its Dark Modern, Light Modern and Dark High Contrast themes. */
export const THEME_VARIABLES: Record<Theme, Record<string, string>> = {
  dark: {
    ...FONT,
    '--vscode-foreground': '#cccccc',
    '--vscode-descriptionForeground': '#9d9d9d',
    '--vscode-editor-background': '#1f1f1f',
    '--vscode-editor-foreground': '#cccccc',
    '--vscode-focusBorder': '#0078d4',
    '--vscode-errorForeground': '#f85149',
    '--vscode-editorWarning-foreground': '#cca700',
    '--vscode-editorInfo-foreground': '#3794ff',
    '--vscode-panel-border': '#2b2b2b',
    '--vscode-widget-border': '#313131',
    '--vscode-widget-shadow': '#0000005c',
    '--vscode-list-hoverBackground': '#2a2d2e',
    '--vscode-list-activeSelectionBackground': '#04395e',
    '--vscode-list-activeSelectionForeground': '#ffffff',
    '--vscode-list-inactiveSelectionBackground': '#37373d',
    '--vscode-list-focusOutline': '#0078d4',
    '--vscode-charts-blue': '#3794ff',
    '--vscode-charts-orange': '#d18616',
    '--vscode-charts-purple': '#b180d7',
    '--vscode-charts-green': '#89d185',
    '--vscode-charts-red': '#f14c4c',
    '--vscode-charts-yellow': '#cca700',
    '--vscode-textBlockQuote-background': '#2b2b2b',
    '--vscode-button-background': '#0078d4',
    '--vscode-button-foreground': '#ffffff',
    '--vscode-button-hoverBackground': '#026ec1',
    '--vscode-button-border': '#ffffff12',
    '--vscode-button-secondaryBackground': '#313131',
    '--vscode-button-secondaryForeground': '#cccccc',
    '--vscode-button-secondaryHoverBackground': '#3c3c3c',
    '--vscode-input-placeholderForeground': '#989898',
    '--vscode-settings-textInputBackground': '#313131',
    '--vscode-settings-textInputForeground': '#cccccc',
    '--vscode-settings-textInputBorder': '#3c3c3c',
    '--vscode-settings-dropdownBackground': '#313131',
    '--vscode-settings-dropdownForeground': '#cccccc',
    '--vscode-settings-dropdownBorder': '#3c3c3c',
    '--vscode-settings-dropdownListBorder': '#454545',
    '--vscode-dropdown-background': '#313131',
    '--vscode-dropdown-foreground': '#cccccc',
    '--vscode-dropdown-border': '#3c3c3c',
    '--vscode-badge-background': '#616161',
    '--vscode-badge-foreground': '#f8f8f8',
    '--vscode-textLink-foreground': '#4daafc',
    '--vscode-textLink-activeForeground': '#4daafc',
  },
  light: {
    ...FONT,
    '--vscode-foreground': '#3b3b3b',
    '--vscode-descriptionForeground': '#717171',
    '--vscode-editor-background': '#ffffff',
    '--vscode-editor-foreground': '#3b3b3b',
    '--vscode-focusBorder': '#005fb8',
    '--vscode-errorForeground': '#a1260d',
    '--vscode-editorWarning-foreground': '#bf8803',
    '--vscode-editorInfo-foreground': '#1a85ff',
    '--vscode-panel-border': '#e5e5e5',
    '--vscode-widget-border': '#e5e5e5',
    '--vscode-widget-shadow': '#00000029',
    '--vscode-list-hoverBackground': '#f2f2f2',
    '--vscode-list-activeSelectionBackground': '#e8e8e8',
    '--vscode-list-activeSelectionForeground': '#000000',
    '--vscode-list-inactiveSelectionBackground': '#e4e6f1',
    '--vscode-list-focusOutline': '#005fb8',
    '--vscode-charts-blue': '#1a85ff',
    '--vscode-charts-orange': '#d18616',
    '--vscode-charts-purple': '#652d90',
    '--vscode-charts-green': '#388a34',
    '--vscode-charts-red': '#e51400',
    '--vscode-charts-yellow': '#bf8803',
    '--vscode-textBlockQuote-background': '#f8f8f8',
    '--vscode-button-background': '#005fb8',
    '--vscode-button-foreground': '#ffffff',
    '--vscode-button-hoverBackground': '#0258a8',
    '--vscode-button-border': '#0000001a',
    '--vscode-button-secondaryBackground': '#e5e5e5',
    '--vscode-button-secondaryForeground': '#3b3b3b',
    '--vscode-button-secondaryHoverBackground': '#cccccc',
    '--vscode-input-placeholderForeground': '#767676',
    '--vscode-settings-textInputBackground': '#ffffff',
    '--vscode-settings-textInputForeground': '#3b3b3b',
    '--vscode-settings-textInputBorder': '#cecece',
    '--vscode-settings-dropdownBackground': '#ffffff',
    '--vscode-settings-dropdownForeground': '#3b3b3b',
    '--vscode-settings-dropdownBorder': '#cecece',
    '--vscode-settings-dropdownListBorder': '#c8c8c8',
    '--vscode-dropdown-background': '#ffffff',
    '--vscode-dropdown-foreground': '#3b3b3b',
    '--vscode-dropdown-border': '#cecece',
    '--vscode-badge-background': '#cccccc',
    '--vscode-badge-foreground': '#3b3b3b',
    '--vscode-textLink-foreground': '#005fb8',
    '--vscode-textLink-activeForeground': '#005fb8',
  },
  'high-contrast': {
    ...FONT,
    '--vscode-foreground': '#ffffff',
    '--vscode-descriptionForeground': '#ffffffb3',
    '--vscode-editor-background': '#000000',
    '--vscode-editor-foreground': '#ffffff',
    '--vscode-focusBorder': '#f38518',
    '--vscode-contrastBorder': '#6fc3df',
    '--vscode-contrastActiveBorder': '#f38518',
    '--vscode-errorForeground': '#f48771',
    '--vscode-editorWarning-foreground': '#ffd370',
    '--vscode-editorInfo-foreground': '#3794ff',
    '--vscode-charts-blue': '#3794ff',
    '--vscode-charts-orange': '#d18616',
    '--vscode-charts-purple': '#b180d7',
    '--vscode-charts-green': '#89d185',
    '--vscode-charts-red': '#f14c4c',
    '--vscode-charts-yellow': '#cca700',
    '--vscode-textLink-foreground': '#21a6ff',
    '--vscode-textLink-activeForeground': '#21a6ff',
    '--vscode-button-background': '#000000',
    '--vscode-button-foreground': '#ffffff',
    '--vscode-button-border': '#6fc3df',
    '--vscode-button-secondaryBackground': '#000000',
    '--vscode-button-secondaryForeground': '#ffffff',
    '--vscode-settings-textInputBackground': '#000000',
    '--vscode-settings-textInputForeground': '#ffffff',
    '--vscode-settings-textInputBorder': '#6fc3df',
    '--vscode-settings-dropdownBackground': '#000000',
    '--vscode-settings-dropdownForeground': '#ffffff',
    '--vscode-settings-dropdownBorder': '#6fc3df',
    '--vscode-settings-dropdownListBorder': '#6fc3df',
    '--vscode-dropdown-background': '#000000',
    '--vscode-dropdown-foreground': '#ffffff',
    '--vscode-dropdown-border': '#6fc3df',
  },
};

/** Like VS Code, the theme is the body's class; the variables follow it. */
function themeStylesheet(): string {
  return Object.entries(THEME_VARIABLES)
    .map(([theme, variables]) => `body.vscode-${theme} {\n${Object.entries(variables).map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`)
    .join('\n\n');
}

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.html': 'text/html' };

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
      const scripts = (options.scripts ?? []).map((script) => `  <script nonce="${nonce}" src="${script}"></script>\n`).join('');
      const html = webviewHtml({ title: options.title, scriptUri: `/dist/webview/${options.bundle}.js`, styleUri: `/dist/webview/${options.bundle}.css`, cspSource: origin, nonce })
        .replace('</head>', `  <link rel="stylesheet" href="/theme.css">\n${scripts}</head>`)
        .replace('<body>', `<body class="vscode-${options.theme ?? 'dark'}">`);
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
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(relative)] ?? 'application/octet-stream' }).end(body);
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
        await page.evaluate((name) => {
          document.body.className = `vscode-${name}`;
        }, theme);
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
