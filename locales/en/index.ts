import type { Catalog } from '@/utils/i18n';
import background from './background';
import checklist from './checklist';
import checklistDetails from './checklist-details';
import common from './common';
import legacy from './legacy';
import options from './options';
import popup from './popup';

// `satisfies Catalog` makes a key missing here a type error.
export default {
  ...common,
  ...background,
  ...checklist,
  ...checklistDetails,
  ...popup,
  ...options,
  ...legacy,
} as const satisfies Catalog;
