import type { Catalog } from '@/utils/i18n';
import background from './background';
import checklist from './checklist';
import common from './common';
import legacy from './legacy';
import options from './options';
import popup from './popup';

// `satisfies Catalog` makes a key missing here a type error.
export default {
  ...common,
  ...background,
  ...checklist,
  ...popup,
  ...options,
  ...legacy,
} as const satisfies Catalog;
