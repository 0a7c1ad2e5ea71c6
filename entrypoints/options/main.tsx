import { OptionsApp } from '@/components/options/OptionsApp';
import { startPage } from '@/components/Page';

const root = document.getElementById('app');
if (root) void startPage(root, OptionsApp);
