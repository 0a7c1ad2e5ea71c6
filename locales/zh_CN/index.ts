import background from './background';
import checklist from './checklist';
import common from './common';
import legacy from './legacy';
import options from './options';
import popup from './popup';

/**
 * The source catalogue: its keys are the message keys (`MessageKey`). Each area of the
 * extension has a file of its own so that features can add text without touching each other.
 */
export default {
  ...common,
  ...background,
  ...checklist,
  ...popup,
  ...options,
  ...legacy,
} as const;
