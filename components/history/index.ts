/** The options page mounts the panel with one line: `<HistoryScanPanel store={store} />`. */
export { HistoryScanPanel, IS_FIREFOX } from './HistoryScanPanel';
