import '@/components/theme.css';
import '@/components/popup/popup.css';
import { startPage } from '@/components/Page';
import { PopupApp } from '@/components/popup/PopupApp';

const root = document.getElementById('app');
if (root) void startPage(root, PopupApp);
