import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type Background, createBackground } from '@/utils/background';
import { WECHAT_OWN_LOGIN_ORIGINS } from '@/utils/host-access';

/**
 * Which requests can be a WeChat login; utils/detect.ts decides on the exact URL. WeChat's own
 * hosts are reported only once the user grants access to them.
 */
const LOGIN_REQUESTS = {
  urls: ['*://open.weixin.qq.com/connect/*', ...WECHAT_OWN_LOGIN_ORIGINS],
  types: ['main_frame', 'sub_frame'] as ('main_frame' | 'sub_frame')[],
};

export default defineBackground(() => {
  const bg = createBackground();
  // Every listener is registered synchronously, here: an MV3 worker that was asleep is woken
  // only for events that had a listener when its script first ran.
  browser.runtime.onInstalled.addListener(bg.onInstalled);
  browser.runtime.onStartup.addListener(bg.onStartup);
  browser.runtime.onMessage.addListener(bg.onMessage);
  browser.storage.onChanged.addListener(bg.onStorageChanged);
  browser.alarms.onAlarm.addListener(bg.onAlarm);
  browser.notifications.onClicked.addListener(bg.onNotificationClicked);
  browser.webRequest.onBeforeRequest.addListener(bg.onBeforeRequest, LOGIN_REQUESTS);
  browser.webRequest.onCompleted.addListener(bg.onRequestDone, LOGIN_REQUESTS);
  listenToFrames(bg);
  // webNavigation is an optional permission (Firefox only): once granted, listen right away.
  browser.permissions.onAdded.addListener(() => listenToFrames(bg));
  // Host access to WeChat's login page can be taken away and given back by the user.
  browser.permissions.onAdded.addListener(bg.onPermissionsChanged);
  browser.permissions.onRemoved.addListener(bg.onPermissionsChanged);
  void bg.wake();
});

function listenToFrames(bg: Background): void {
  const navigation = browser.webNavigation as typeof browser.webNavigation | undefined;
  if (!navigation || navigation.onBeforeNavigate.hasListener(bg.onBeforeNavigate)) return;
  navigation.onBeforeNavigate.addListener(bg.onBeforeNavigate, {
    url: [{ hostEquals: 'open.weixin.qq.com' }],
  });
}
