import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@/utils/catalogue';
import { type CatalogueEntry, CatalogueEntrySchema } from '@/utils/catalogue-schema';
import { registrableDomain } from '@/utils/domain';
import {
  defaultName,
  KNOWN_SITES,
  knownSite,
  knownSiteByAppid,
  knownSiteOfHost,
} from '@/utils/known-sites';
import { isWechatHost, SHARED_DOMAINS } from '@/utils/shared-hosts';

/** Every domain and appid that more than one entry claims. */
function duplicates(entries: readonly CatalogueEntry[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const entry of entries) {
    for (const key of [...entry.domains, ...entry.appids]) {
      if (seen.has(key)) twice.add(key);
      seen.add(key);
    }
  }
  return [...twice];
}

/** Whether `host` is `domain` or below it. */
const within = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

const bilibili = CATALOGUE.find((entry) => entry.domains[0] === 'bilibili.com') as CatalogueEntry;

describe('the site catalogue', () => {
  it('holds the 28 sites of the brief’s two evidence tables, Douban once', () => {
    expect(CATALOGUE).toHaveLength(28);
    expect(CATALOGUE.filter((entry) => entry.domains.includes('douban.com'))).toHaveLength(1);
    expect(knownSite('douban.com')?.appids).toEqual(['wxd9c1c6bbd5d59980']);
  });

  it.each(CATALOGUE.map((entry) => [entry.domains[0], entry] as const))(
    '%s is a valid entry with a source note',
    (_id, entry) => {
      expect(CatalogueEntrySchema.safeParse(entry).error).toBeUndefined();
      expect(entry.source.trim().length).toBeGreaterThanOrEqual(10);
    },
  );

  it('rejects an entry without a source note, or with an appid that is not wx + 16 hex digits', () => {
    const { source: _source, ...unsourced } = bilibili;
    expect(CatalogueEntrySchema.safeParse(unsourced).success).toBe(false);
    expect(CatalogueEntrySchema.safeParse({ ...bilibili, source: ' ' }).success).toBe(false);
    for (const appid of ['wxafc256bf8358332', 'wxAFC256BF83583323', 'wyafc256bf83583323']) {
      expect(CatalogueEntrySchema.safeParse({ ...bilibili, appids: [appid] }).success).toBe(false);
    }
    expect(CatalogueEntrySchema.safeParse({ ...bilibili, settings: 'http://x.com/' }).success).toBe(
      false,
    );
  });

  it('claims no domain and no appid twice', () => {
    expect(duplicates(CATALOGUE)).toEqual([]);
    // The check itself notices a repeat.
    expect(duplicates([...CATALOGUE, { ...bilibili, domains: ['b23.tv'] }])).toEqual([
      'wxafc256bf83583323',
    ]);
    expect(duplicates([...CATALOGUE, { ...bilibili, appids: [] }])).toEqual(['bilibili.com']);
  });

  it.each(CATALOGUE.map((entry) => [entry.domains[0], entry] as const))(
    '%s: its callback and settings page are its own, its domains are site ids',
    (_id, entry) => {
      expect(entry.domains.some((domain) => within(entry.callback, domain))).toBe(true);
      if (entry.settings) {
        const host = new URL(entry.settings).hostname;
        expect(entry.domains.some((domain) => within(host, domain))).toBe(true);
      }
      for (const domain of entry.domains) {
        expect(isWechatHost(domain)).toBe(false);
        // A registrable domain, or a host on one that several services share.
        const registrable = registrableDomain(domain) ?? '';
        expect(registrable === domain || SHARED_DOMAINS.includes(registrable)).toBe(true);
        expect(SHARED_DOMAINS).not.toContain(domain);
      }
    },
  );

  it('gives the settings pages the brief names', () => {
    expect(
      Object.fromEntries(
        KNOWN_SITES.flatMap((site) => (site.settings ? [[site.id, site.settings]] : [])),
      ),
    ).toEqual({
      'douban.com': 'https://accounts.douban.com/passport/setting/',
      'bilibili.com': 'https://passport.bilibili.com/account/security',
      'music.163.com': 'https://music.163.com/#/user/binding',
      'cloud.tencent.com': 'https://console.cloud.tencent.com/developer/security',
      'jianshu.com': 'https://www.jianshu.com/settings/basic',
      'gitee.com': 'https://gitee.com/profile/account_information',
      'segmentfault.com': 'https://segmentfault.com/user/settings',
    });
  });
});

describe('catalogue lookups', () => {
  it('find a site by id, appid and host', () => {
    expect(knownSite('bilibili.com')?.name).toEqual({ zh_CN: '哔哩哔哩', en: 'bilibili' });
    expect(knownSiteByAppid('wx48db31d50e334801')?.id).toBe('y.qq.com');
    expect(knownSiteByAppid('wx0123456789abcdef')).toBeUndefined();
    expect(knownSite('zhihu.com')?.appid).toBe('wx268fcfe924dcb171');
  });

  it.each([
    ['passport.bilibili.com', 'bilibili.com'],
    ['bilibili.com', 'bilibili.com'],
    ['i.y.qq.com', 'y.qq.com'],
    ['docs.qq.com', 'docs.qq.com'],
    ['console.cloud.tencent.com', 'cloud.tencent.com'],
    ['qq.com', undefined],
    ['www.qq.com', undefined],
    ['mail.163.com', undefined],
    ['mp.weixin.qq.com', undefined],
    ['bilibili.com.evil.example', undefined],
    ['notbilibili.com', undefined],
  ])('knows the host %s as %s', (host, id) => {
    expect(knownSiteOfHost(host)?.id).toBe(id);
  });

  it('names a site in the active language, or by its id', () => {
    expect(defaultName('music.163.com', 'zh_CN')).toBe('网易云音乐');
    expect(defaultName('music.163.com', 'en')).toBe('NetEase Cloud Music');
    expect(defaultName('example.org', 'en')).toBe('example.org');
    expect(defaultName('app:keep', 'en')).toBe('keep');
  });
});
