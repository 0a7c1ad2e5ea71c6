import { describe, expect, it } from 'vitest';
import { findCurrentSite, listedSiteOfUrl } from '@/components/popup/current-site';

const listed = {
  'zhihu.com': {},
  'b.com.cn': {},
  '127.0.0.1': {},
  'xn--fsqu00a.xn--fiqs8s': {},
  'app:微信读书': {},
};

describe('the listed site of an address, without the suffix list', () => {
  it.each([
    ['https://www.zhihu.com/question/1', 'zhihu.com'],
    ['https://zhihu.com/', 'zhihu.com'],
    ['https://a.b.com.cn/login', 'b.com.cn'],
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['https://www.例子.中国/', 'xn--fsqu00a.xn--fiqs8s'],
  ])('%s belongs to %s', (url, id) => {
    expect(listedSiteOfUrl(url, listed)).toMatchObject({ kind: 'site', id });
  });

  it.each(['https://notzhihu.com/', 'https://com.cn/', 'https://example.org/'])(
    '%s is not listed: the suffix list decides',
    (url) => {
      expect(listedSiteOfUrl(url, listed)).toBeUndefined();
    },
  );

  it('says why a browser page is no site, like the full answer does', () => {
    expect(listedSiteOfUrl('chrome://extensions/', listed)).toEqual({
      kind: 'page',
      reason: 'browser',
    });
    expect(listedSiteOfUrl(undefined, listed)).toEqual({ kind: 'page', reason: 'unknown' });
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

  it('is no site over a page the browser keeps to itself', async () => {
    expect(await findCurrentSite(Promise.resolve(undefined), listed)).toEqual({
      kind: 'page',
      reason: 'unknown',
    });
  });
});
