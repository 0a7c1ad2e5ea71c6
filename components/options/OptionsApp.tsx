import type { PageProps } from '@/components/Page';
import { t } from '@/utils/i18n';

export function OptionsApp(_props: PageProps) {
  return <h1>{t('app.name')}</h1>;
}
