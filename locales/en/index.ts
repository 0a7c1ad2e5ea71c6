import type { Catalog } from '@/utils/i18n';
import access from './access';
import background from './background';
import checklist from './checklist';
import checklistDetails from './checklist-details';
import common from './common';
import guard from './guard';
import history from './history';
import legacy from './legacy';
import options from './options';
import optionsTools from './options-tools';
import popup from './popup';
import welcome from './welcome';

// `satisfies Catalog` makes a key missing here a type error.
export default {
  ...common,
  ...access,
  ...background,
  ...guard,
  ...checklist,
  ...checklistDetails,
  ...popup,
  ...options,
  ...optionsTools,
  ...history,
  ...legacy,
  ...welcome,
} as const satisfies Catalog;
