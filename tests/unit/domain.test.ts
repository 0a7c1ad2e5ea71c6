import { describe, expect, it } from 'vitest';
import { siteFromInput, siteFromUrl } from '@/utils/domain';

describe('site identity', () => {
  it.each([
    // A registrable domain is the site…
    ['https://www.zhihu.com/question/1', 'zhihu.com'],
    ['passport.bilibili.com/account/security', 'bilibili.com'],
    ['https://qq.jd.com/new/wx/callback.action', 'jd.com'],
    ['b.example.com.cn', 'example.com.cn'],
    // …but on a domain shared by several services, the service is.
    ['https://y.qq.com/n/ryqq/player', 'y.qq.com'],
    ['https://i.y.qq.com/v8/playsong.html', 'y.qq.com'],
    ['v.qq.com', 'v.qq.com'],
    ['https://docs.qq.com/doc/DAbc', 'docs.qq.com'],
    ['https://music.163.com/#/song?id=1', 'music.163.com'],
    ['https://console.cloud.tencent.com/developer/security', 'cloud.tencent.com'],
    ['yuanbao.tencent.com/chat', 'yuanbao.tencent.com'],
    ['mail.qq.com', 'mail.qq.com'],
    ['www.mail.163.com', 'mail.163.com'],
    // A stored "qq.com" from before stays reachable.
    ['qq.com', 'qq.com'],
    ['https://www.qq.com/', 'qq.com'],
  ])('%s is the site %s', (input, id) => {
    expect(siteFromInput(input)).toMatchObject({ ok: true, id });
  });

  it.each([
    'https://mp.weixin.qq.com/s/AbCdEf123',
    'mp.weixin.qq.com/s?__biz=MzA&mid=1',
    'https://open.weixin.qq.com/connect/qrconnect?appid=wx268fcfe924dcb171',
    'weixin.qq.com',
    'https://filehelper.weixin.qq.com/',
    'https://wx.qq.com/',
    'wx2.qq.com',
    'https://login.wx.qq.com/jslogin',
    'https://web.wechat.com/',
    'WWW.WeChat.com.',
  ])('%s is WeChat itself, not a site', (input) => {
    expect(siteFromInput(input)).toEqual({ ok: false, reason: 'wechat' });
  });

  it.each([
    ['https://weixin.qq.com.evil.example/', 'evil.example'],
    ['https://notweixin.qq.com/', 'notweixin.qq.com'],
    ['https://wx.qq.com.cn/', 'qq.com.cn'],
  ])('%s only looks like WeChat: it is the site %s', (url, id) => {
    expect(siteFromUrl(url)).toMatchObject({ ok: true, id });
  });
});
