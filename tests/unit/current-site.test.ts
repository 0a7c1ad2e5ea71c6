import { describe, expect, it } from 'vitest';
import { listedSiteOfUrl } from '@/components/popup/current-site';

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
