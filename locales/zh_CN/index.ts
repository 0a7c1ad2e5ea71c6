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

/**
 * The source catalogue: its keys are the message keys (`MessageKey`). Each area of the
 * extension has a file of its own so that features can add text without touching each other.
 * Pages load only the areas they show (utils/i18n.ts, `AREAS`); this whole catalogue is what
 * the keys are typed from and what the tests check.
 */
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
} as const;
