/** The options page mounts the panel with one line: `<HistoryScanPanel store={store} />`. */
export { HistoryScanPanel } from './HistoryScanPanel';
