import type { Catalog } from '@/utils/i18n';
import checklist from './checklist';
import common from './common';
import legacy from './legacy';
import options from './options';
import popup from './popup';

// `satisfies Catalog` makes a key missing here a type error.
export default {
  ...common,
  ...checklist,
  ...popup,
  ...options,
  ...legacy,
} as const satisfies Catalog;
