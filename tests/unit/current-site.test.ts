import { describe, expect, it } from 'vitest';
import { findCurrentSite, listedSiteOfUrl } from '@/components/popup/current-site';

const listed = {
  'zhihu.com': {},
  'b.com.cn': {},
  '127.0.0.1': {},
  'xn--fsqu00a.xn--fiqs8s': {},
  'app:微信读书': {},
  'qq.com': {},
  'y.qq.com': {},
  'cloud.tencent.com': {},
};

describe('the listed site of an address, without the suffix list', () => {
  it.each([
    ['https://www.zhihu.com/question/1', 'zhihu.com'],
    ['https://zhihu.com/', 'zhihu.com'],
    ['https://a.b.com.cn/login', 'b.com.cn'],
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['https://www.例子.中国/', 'xn--fsqu00a.xn--fiqs8s'],
    ['https://y.qq.com/n/ryqq/player', 'y.qq.com'],
    ['https://i.y.qq.com/', 'y.qq.com'],
    ['https://www.qq.com/', 'qq.com'],
    ['https://qq.com/', 'qq.com'],
    ['https://console.cloud.tencent.com/developer', 'cloud.tencent.com'],
  ])('%s belongs to %s', (url, id) => {
    expect(listedSiteOfUrl(url, listed)).toMatchObject({ kind: 'site', id });
  });

  it.each([
    'https://notzhihu.com/',
    'https://com.cn/',
    'https://example.org/',
    // A listed "qq.com" does not swallow the services that share its domain.
    'https://docs.qq.com/doc/1',
    'https://v.qq.com/',
  ])('%s is not listed: the suffix list decides', (url) => {
    expect(listedSiteOfUrl(url, listed)).toBeUndefined();
  });

  it('says why a browser page is no site, like the full answer does', () => {
    expect(listedSiteOfUrl('chrome://extensions/', listed)).toEqual({
      kind: 'page',
      reason: 'browser',
    });
    expect(listedSiteOfUrl(undefined, listed)).toEqual({ kind: 'page', reason: 'unknown' });
  });

  it.each([
    'https://mp.weixin.qq.com/s/AbC',
    'https://wx.qq.com/',
    'https://filehelper.weixin.qq.com/',
  ])('says %s is WeChat itself, even with qq.com listed', (url) => {
    expect(listedSiteOfUrl(url, listed)).toEqual({ kind: 'page', reason: 'wechat' });
  });
});

describe('the site the popup opens with', () => {
  it('is a listed site, or else the registrable domain the suffix list gives', async () => {
    const url = (address: string) => Promise.resolve(address);
    expect(await findCurrentSite(url('https://www.zhihu.com/'), listed)).toEqual({
      kind: 'site',
      id: 'zhihu.com',
      domain: 'zhihu.com',
    });
    expect(await findCurrentSite(url('https://shop.example.com.cn/login'), listed)).toEqual({
      kind: 'site',
      id: 'example.com.cn',
      domain: 'example.com.cn',
    });
  });

  it('is the service on a shared domain, and WeChat itself is no site', async () => {
    const url = (address: string) => Promise.resolve(address);
    expect(await findCurrentSite(url('https://docs.qq.com/doc/1'), listed)).toEqual({
      kind: 'site',
      id: 'docs.qq.com',
      domain: 'docs.qq.com',
    });
    expect(await findCurrentSite(url('https://wx2.qq.com/'), {})).toEqual({
      kind: 'page',
      reason: 'wechat',
    });
  });

  it('is no site over a page the browser keeps to itself', async () => {
    expect(await findCurrentSite(Promise.resolve(undefined), listed)).toEqual({
      kind: 'page',
      reason: 'unknown',
    });
  });
});
