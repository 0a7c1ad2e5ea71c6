import '@/components/theme.css';
import '@/components/popup/popup.css';
import { startPage } from '@/components/Page';
import { findCurrentSiteEarly } from '@/components/popup/current-site';
import { POPUP_AREAS, PopupApp } from '@/components/popup/PopupApp';

findCurrentSiteEarly();
const root = document.getElementById('app');
if (root) void startPage(root, PopupApp, POPUP_AREAS);
