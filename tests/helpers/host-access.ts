import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WECHAT_OWN_LOGIN_ORIGINS } from '@/utils/host-access';

/**
 * The browser's answer about access to open.weixin.qq.com, changeable during a test (fakeBrowser
 * has no permissions API): `contains` answers it for origins (optional permissions stay
 * ungranted), `request` answers with it, and `fireAdded` plays the browser reporting a grant.
 */
export function stubHostAccess(initially: boolean) {
  let held = initially;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(
    async (asked: { origins?: string[] }) => (asked.origins ? held : false) as never,
  );
  const request = vi.fn(async () => held);
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(request as never);
  const added: (() => void)[] = [];
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((listener) => {
    added.push(listener as () => void);
  });
  return {
    request,
    set: (value: boolean) => {
      held = value;
    },
    fireAdded: () => {
      for (const listener of added) listener();
    },
  };
}

/**
 * The browser's answers about the optional access to WeChat's own web logins, the required access
 * being held: `grant` is what the user answers the prompt, which `request` records.
 */
export function stubOwnLoginAccess(initially: boolean) {
  let held = initially;
  let grant = true;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(
    async (asked: { origins?: string[]; permissions?: string[] }) => {
      if (asked.permissions?.length) return false as never;
      const own = asked.origins?.some((origin) => WECHAT_OWN_LOGIN_ORIGINS.includes(origin));
      return (own ? held : true) as never;
    },
  );
  const request = vi.fn(async () => {
    held = grant;
    return grant;
  });
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(request as never);
  return {
    request,
    answer: (value: boolean) => {
      grant = value;
    },
  };
}
