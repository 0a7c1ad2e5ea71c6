import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { installBackgroundFakes } from '../helpers/fake-background';

type Listener = (...args: never[]) => unknown;

/** An event that remembers its listeners and their filters (fakeBrowser lacks these events). */
function recordingEvent() {
  const added: { listener: Listener; filter: unknown }[] = [];
  return {
    added,
    addListener: (listener: Listener, filter?: unknown) => added.push({ listener, filter }),
    removeListener: () => {},
    hasListener: (listener: Listener) => added.some((entry) => entry.listener === listener),
    async fire(...args: never[]) {
      await Promise.all(added.map((entry) => entry.listener(...args)));
    },
  };
}

function installEvents() {
  const events = {
    onBeforeRequest: recordingEvent(),
    onCompleted: recordingEvent(),
    onAdded: recordingEvent(),
    onRemoved: recordingEvent(),
  };
  Object.assign(fakeBrowser.webRequest, {
    onBeforeRequest: events.onBeforeRequest,
    onCompleted: events.onCompleted,
  });
  Object.assign(fakeBrowser.permissions, { onAdded: events.onAdded, onRemoved: events.onRemoved });
  return events;
}

const webNavigation = fakeBrowser.webNavigation;

describe('the background entry point', () => {
  beforeEach(() => {
    // fakeBrowser.reset() keeps webNavigation's listeners.
    webNavigation.onBeforeNavigate.removeAllListeners();
  });
  afterEach(() => {
    Object.assign(fakeBrowser, { webNavigation });
  });

  it('registers every listener synchronously when the worker starts', () => {
    installBackgroundFakes();
    const events = installEvents();
    background.main();
    expect(fakeBrowser.runtime.onInstalled.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onStartup.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(true);
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
    expect(fakeBrowser.notifications.onClicked.hasListeners()).toBe(true);
    // Permission changes: webNavigation granted (Firefox), host access given back or taken away.
    expect(events.onAdded.added).toHaveLength(2);
    expect(events.onRemoved.added).toHaveLength(1);
    // Only WeChat's login pages (its own web logins once granted), only pages and frames:
    // nothing else is ever looked at.
    const filter = {
      urls: [
        '*://open.weixin.qq.com/connect/*',
        '*://wx.qq.com/*',
        '*://wx2.qq.com/*',
        '*://web.wechat.com/*',
        '*://filehelper.weixin.qq.com/*',
        '*://mp.weixin.qq.com/*',
      ],
      types: ['main_frame', 'sub_frame'],
    };
    expect(events.onBeforeRequest.added[0]?.filter).toEqual(filter);
    expect(events.onCompleted.added[0]?.filter).toEqual(filter);
    expect(webNavigation.onBeforeNavigate.hasListeners()).toBe(true);
  });

  it('starts listening to frames as soon as the optional permission is granted', async () => {
    installBackgroundFakes();
    const events = installEvents();
    Object.assign(fakeBrowser, { webNavigation: undefined });
    background.main();
    expect(webNavigation.onBeforeNavigate.hasListeners()).toBe(false);

    Object.assign(fakeBrowser, { webNavigation });
    await events.onAdded.fire();
    expect(webNavigation.onBeforeNavigate.hasListeners()).toBe(true);
  });
});
