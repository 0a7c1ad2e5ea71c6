import type { Catalog } from '@/utils/i18n';
import checklist from './checklist';
import common from './common';
import options from './options';
import popup from './popup';

// `satisfies Catalog` makes a key missing here a type error.
export default {
  ...common,
  ...checklist,
  ...popup,
  ...options,
} as const satisfies Catalog;
