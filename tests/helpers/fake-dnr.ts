import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Rule = Browser.declarativeNetRequest.Rule;
type Update = { removeRuleIds?: number[]; addRules?: Rule[] };

/**
 * An in-memory declarativeNetRequest (fakeBrowser has none): dynamic and session rule lists with
 * the browser's own check that ids are unique. Installed on fakeBrowser for one test.
 */
export function installFakeDnr() {
  const dynamic = new Map<number, Rule>();
  const session = new Map<number, Rule>();
  const update = (rules: Map<number, Rule>) => async (options: Update) => {
    for (const id of options.removeRuleIds ?? []) rules.delete(id);
    for (const rule of options.addRules ?? []) {
      if (rules.has(rule.id)) throw new Error(`Rule with id ${rule.id} does not have a unique ID.`);
      rules.set(rule.id, structuredClone(rule));
    }
  };
  const dnr = fakeBrowser.declarativeNetRequest;
  const spies = {
    getDynamicRules: vi
      .spyOn(dnr, 'getDynamicRules')
      .mockImplementation(async () => [...dynamic.values()]),
    updateDynamicRules: vi.spyOn(dnr, 'updateDynamicRules').mockImplementation(update(dynamic)),
    getSessionRules: vi
      .spyOn(dnr, 'getSessionRules')
      .mockImplementation(async () => [...session.values()]),
    updateSessionRules: vi.spyOn(dnr, 'updateSessionRules').mockImplementation(update(session)),
  };
  return { dynamic, session, spies };
}
