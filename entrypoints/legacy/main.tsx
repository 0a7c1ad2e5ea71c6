import '@/components/theme.css';
import '@/components/legacy/legacy.css';
import { LegacyApp } from '@/components/legacy/LegacyApp';
import { startPage } from '@/components/Page';

const root = document.getElementById('app');
if (root) void startPage(root, LegacyApp);
