import '@/components/theme.css';
import '@/components/welcome/welcome.css';
import { startPage } from '@/components/Page';
import { WELCOME_AREAS, WelcomeApp } from '@/components/welcome/WelcomeApp';

const root = document.getElementById('app');
if (root) void startPage(root, WelcomeApp, WELCOME_AREAS);
