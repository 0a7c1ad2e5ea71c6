import '@/components/theme.css';
import '@/components/popup/popup.css';
import { startPage } from '@/components/Page';
import { findCurrentSite, tabUrl } from '@/components/popup/current-site';
import { POPUP_AREAS, PopupApp } from '@/components/popup/PopupApp';
import checklist from '@/locales/zh_CN/checklist';
import common from '@/locales/zh_CN/common';
import popup from '@/locales/zh_CN/popup';
import { provideMessages } from '@/utils/i18n';

// The default locale's messages for the first render load beside the code, not after it ran.
provideMessages('zh_CN', { common, checklist, popup });

const url = tabUrl();
const root = document.getElementById('app');
if (root) {
  void startPage(root, PopupApp, POPUP_AREAS, {
    fromRecent: true,
    // The site card is in the first render, like the checklist.
    before: (store) => findCurrentSite(url, store.snapshot.state.sites),
  });
}
