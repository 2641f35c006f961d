// Show Metrics' webview entry: one element talking to the host through the webview API, which VS
// Code hands out once per page.
import '../shared/base.css';
import './metrics.css';
import type { MetricsWebviewMessage } from '../../src/core/protocol';
import { vscodeApi } from '../shared/vscodeApi';
import { MetricsView, type SavedState } from './metricsView';

const api = vscodeApi<MetricsWebviewMessage, SavedState>();
document.body.append(new MetricsView(api));
api.postMessage({ type: 'ready' });
