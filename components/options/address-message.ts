import { t } from '@/utils/i18n';
import { LIMITS } from '@/utils/model';
import type { TypedProblem } from '@/utils/typed-sites';

/** What is wrong with a typed address and what to type instead (add form and pasted lines). */
export function addressMessage(problem: TypedProblem, value: string): string {
  switch (problem) {
    case 'empty':
      return t('options.add.error.empty');
    case 'not-web':
      return t('options.add.error.not-web', { value });
    case 'no-domain':
      return t('options.add.error.no-domain', { value });
    case 'too-long':
      return t('options.add.error.too-long', { max: LIMITS.name });
    case 'wechat':
      return t('options.add.error.wechat', { value });
    default:
      return t('options.add.error.invalid', { value });
  }
}
