import type { Catalog } from '@/utils/i18n';
import common from './common';

// `satisfies Catalog` makes a key missing here a type error.
export default {
  ...common,
} as const satisfies Catalog;
