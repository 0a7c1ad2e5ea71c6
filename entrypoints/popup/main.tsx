import '@/components/theme.css';
import '@/components/popup/popup.css';
import { startPage } from '@/components/Page';
import { findCurrentSite, tabUrl } from '@/components/popup/current-site';
import { POPUP_AREAS, PopupApp } from '@/components/popup/PopupApp';

const url = tabUrl();
const root = document.getElementById('app');
if (root) {
  void startPage(root, PopupApp, POPUP_AREAS, {
    fromRecent: true,
    // The site card is in the first render, like the checklist.
    before: (store) => findCurrentSite(url, store.snapshot.state.sites),
  });
}
