import '@/components/theme.css';
import '@/components/options/options.css';
import { followHash } from '@/components/options/hash-landing';
import { OPTIONS_AREAS, OptionsApp } from '@/components/options/OptionsApp';
import { startPage } from '@/components/Page';

const root = document.getElementById('app');
if (root) void startPage(root, OptionsApp, OPTIONS_AREAS).then(followHash);
