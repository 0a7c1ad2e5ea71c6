import '@/components/theme.css';
import '@/components/guard/guard.css';
import { announceIntercepted, GuardApp } from '@/components/guard/GuardPage';
import { startPage } from '@/components/Page';

// Shown instead of WeChat's login page while the cooling-off period runs (utils/guard.ts).
announceIntercepted(location.href);
const root = document.getElementById('app');
if (root) void startPage(root, GuardApp);
