// The timeline editor's webview entry: one editor element talking to the host through the
// webview API, which VS Code hands out once per page.
import '../shared/base.css';
import './timeline.css';
import type { WebviewMessage } from '../../src/core/protocol';
import { vscodeApi } from '../shared/vscodeApi';
import { TimelineEditor, type SavedState } from './timelineEditor';

const api = vscodeApi<WebviewMessage, SavedState>();
document.body.append(new TimelineEditor(api));
api.postMessage({ type: 'ready' });
