import type { LoginForm, OwnLoginKind } from '@/utils/detect';

/** Login URLs as real sites write them, and look-alikes that are not logins (detect, guard). */

export const ZHIHU_CB = 'https%3A%2F%2Fwww.zhihu.com%2Foauth%2Fcallback%2Fwechat';
export const JD_CB = 'https%3A%2F%2Fqq.jd.com%2Fnew%2Fwx%2Fcallback.action';
export const QR = 'https://open.weixin.qq.com/connect/qrconnect';

/**
 * Sites whose appid the catalogue knows, each with a callback on that site: logins a page of
 * any site may show (tests/unit/background-flood.test.ts checks them against the catalogue).
 */
export const KNOWN_LOGINS: readonly (readonly [appid: string, callback: string])[] = [
  ['wx268fcfe924dcb171', 'https://www.zhihu.com/oauth/callback/wechat'],
  ['wx827225356b689e24', 'https://qq.jd.com/new/wx/callback.action'],
  ['wx0ae11b6a28b4b9fc', 'https://passport.csdn.net/v1/register/wechat'],
  ['wx5059f665cac93f16', 'https://juejin.cn/passport/auth/login_success'],
  ['wx85f17c29f3e648bf', 'https://passport.baidu.com/phoenix/account/afterauth'],
  ['wxbdc5610cc59c1631', 'https://passport.yhd.com/wechat/callback.do'],
];
const OAUTH = 'https://open.weixin.qq.com/connect/oauth2/authorize';

export type Row = [
  label: string,
  url: string,
  form: LoginForm,
  site: string | undefined,
  appid?: string,
];

// Every way real sites write the same login: order, fragment and extra parameters differ.
export const LOGINS: Row[] = [
  [
    'the documented redirect form',
    `${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}&response_type=code&scope=snsapi_login&state=abc#wechat_redirect`,
    'redirect',
    'zhihu.com',
    'wx268fcfe924dcb171',
  ],
  [
    'no fragment',
    `${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}&response_type=code&scope=snsapi_login&state=abc`,
    'redirect',
    'zhihu.com',
    'wx268fcfe924dcb171',
  ],
  [
    'the #wechat fragment',
    `${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}&response_type=code&scope=snsapi_login#wechat`,
    'redirect',
    'zhihu.com',
    'wx268fcfe924dcb171',
  ],
  [
    'parameters in another order',
    `${QR}?state=x&scope=snsapi_login&response_type=code&redirect_uri=${JD_CB}&appid=wx827225356b689e24`,
    'redirect',
    'jd.com',
    'wx827225356b689e24',
  ],
  [
    'extra parameters',
    `${QR}?appid=wx0ae11b6a28b4b9fc&redirect_uri=https%3A%2F%2Fpassport.csdn.net%2Fv1%2Fregister%2FauthorizationCallback&response_type=code&scope=snsapi_login&state=s&lang=cn&self_redirect=false&from=pc`,
    'redirect',
    'csdn.net',
    'wx0ae11b6a28b4b9fc',
  ],
  [
    'the wxLogin.js iframe',
    `${QR}?appid=wx827225356b689e24&scope=snsapi_login&redirect_uri=${JD_CB}&state=s1&login_type=jssdk&self_redirect=default&styletype=&sizetype=&bgcolor=&rst=&href=`,
    'embedded',
    'jd.com',
    'wx827225356b689e24',
  ],
  [
    'the iframe with self_redirect=true and a stylesheet href',
    `${QR}?appid=wx5059f665cac93f16&scope=snsapi_login&redirect_uri=https%3A%2F%2Fjuejin.cn%2Fpassport%2Fauth%2Flogin_success&state=j&login_type=jssdk&self_redirect=true&styletype=&sizetype=&bgcolor=&rst=&href=https%3A%2F%2Fjuejin.cn%2Fqr.css`,
    'embedded',
    'juejin.cn',
    'wx5059f665cac93f16',
  ],
  [
    'a redirect_uri encoded twice',
    `${QR}?appid=wx85f17c29f3e648bf&redirect_uri=https%253A%252F%252Fpassport.baidu.com%252Fphoenix%252Faccount%252Fafterauth&response_type=code&scope=snsapi_login`,
    'redirect',
    'baidu.com',
    'wx85f17c29f3e648bf',
  ],
  [
    'a redirect_uri not encoded at all, with its own query',
    `${QR}?appid=wxbdc5610cc59c1631&redirect_uri=https://passport.yhd.com/wechat/callback.do?from=pc&response_type=code&scope=snsapi_login`,
    'redirect',
    'yhd.com',
    'wxbdc5610cc59c1631',
  ],
  [
    'a scheme-relative redirect_uri',
    `${QR}?appid=wx268fcfe924dcb171&redirect_uri=%2F%2Fwww.zhihu.com%2Foauth%2Fcallback%2Fwechat&scope=snsapi_login`,
    'redirect',
    'zhihu.com',
    'wx268fcfe924dcb171',
  ],
  [
    'plain http and an upper-case host',
    `http://OPEN.WEIXIN.QQ.COM/connect/qrconnect?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}`,
    'redirect',
    'zhihu.com',
    'wx268fcfe924dcb171',
  ],
  [
    'the in-app authorize page, snsapi_base',
    `${OAUTH}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}&response_type=code&scope=snsapi_base&state=1#wechat_redirect`,
    'in-app',
    'zhihu.com',
    'wx268fcfe924dcb171',
  ],
  [
    'the in-app authorize page, snsapi_userinfo, other order',
    `${OAUTH}?redirect_uri=https%3A%2F%2Fm.example.com.cn%2Fwx%2Fcb&scope=snsapi_userinfo&appid=wx1234567890abcdef&response_type=code`,
    'in-app',
    'example.com.cn',
    'wx1234567890abcdef',
  ],
  [
    'no redirect_uri, an appid we do not know',
    `${QR}?appid=wx1234567890abcdef&scope=snsapi_login`,
    'redirect',
    undefined,
    'wx1234567890abcdef',
  ],
  [
    'a malformed appid is ignored, the login still counts',
    `${QR}?appid=WX-NOT-AN-ID&redirect_uri=${ZHIHU_CB}`,
    'redirect',
    'zhihu.com',
  ],
  [
    'a redirect_uri that is not a web address',
    `${QR}?appid=wx1234567890abcdef&redirect_uri=javascript%3Aalert(1)`,
    'redirect',
    undefined,
    'wx1234567890abcdef',
  ],
  ['no parameters at all', QR, 'redirect', undefined],
];

export const NOT_LOGINS: [label: string, url: string][] = [
  [
    'a look-alike host with a suffix',
    `https://open.weixin.qq.com.evil.com/connect/qrconnect?redirect_uri=${ZHIHU_CB}`,
  ],
  [
    'a look-alike host with a prefix',
    `https://evilopen.weixin.qq.com/connect/qrconnect?redirect_uri=${ZHIHU_CB}`,
  ],
  ['another WeChat host', `https://mp.weixin.qq.com/connect/qrconnect?redirect_uri=${ZHIHU_CB}`],
  [
    'the host as credentials of another host',
    `https://open.weixin.qq.com@evil.com/connect/qrconnect`,
  ],
  [
    'credentials before the real host',
    `https://user@open.weixin.qq.com/connect/qrconnect?appid=wx268fcfe924dcb171`,
  ],
  ['a port', `https://open.weixin.qq.com:8443/connect/qrconnect?appid=wx268fcfe924dcb171`],
  [
    'a trailing dot on the host',
    `https://open.weixin.qq.com./connect/qrconnect?appid=wx268fcfe924dcb171`,
  ],
  ['the QR image', 'https://open.weixin.qq.com/connect/qrcode/091AbCdEfGh'],
  [
    'the long poll',
    'https://lp.open.weixin.qq.com/connect/l/qrconnect?uuid=091AbCdEfGh&_=1700000000000',
  ],
  ['a longer path', `https://open.weixin.qq.com/connect/qrconnect/extra?redirect_uri=${ZHIHU_CB}`],
  ['a shorter path', `https://open.weixin.qq.com/connect/?redirect_uri=${ZHIHU_CB}`],
  ['the path only in the query', `https://open.weixin.qq.com/?next=/connect/qrconnect`],
  ['desktop quick login', 'https://localhost.weixin.qq.com:14013/api/check?r=1'],
  [
    'a site page mentioning the URL',
    `https://example.com/?u=https://open.weixin.qq.com/connect/qrconnect`,
  ],
  ['ftp', 'ftp://open.weixin.qq.com/connect/qrconnect'],
  ['not a URL', 'open.weixin.qq.com/connect/qrconnect?appid=wx268fcfe924dcb171'],
  ['empty', ''],
];

/**
 * The guard's table: WeChat's own web logins it must stop (as well as every row of LOGINS), and
 * WeChat pages it must never stop (as well as every row of NOT_LOGINS). The unit tests and
 * tests/e2e/guard.e2e.ts both run over it.
 */
export const OWN_LOGINS: [label: string, url: string, kind: OwnLoginKind][] = [
  ['web WeChat', 'https://wx.qq.com/', 'web-wechat'],
  ['web WeChat in English', 'https://wx.qq.com/?lang=en_US', 'web-wechat'],
  ['web WeChat on its second host', 'https://wx2.qq.com/?lang=zh_CN', 'web-wechat'],
  ['international web WeChat', 'https://web.wechat.com/', 'web-wechat'],
  ['File Transfer', 'https://filehelper.weixin.qq.com/', 'file-transfer'],
  [
    'File Transfer opened from the desktop app',
    'https://filehelper.weixin.qq.com/?from=windows&type=recommend',
    'file-transfer',
  ],
  ['File Transfer over plain http', 'http://filehelper.weixin.qq.com/', 'file-transfer'],
  ['the Official Accounts platform home', 'https://mp.weixin.qq.com/', 'official-accounts'],
  ['the platform home in English', 'https://mp.weixin.qq.com/?lang=en_US', 'official-accounts'],
  [
    'the platform login page',
    'https://mp.weixin.qq.com/cgi-bin/loginpage?t=wxm2-login&lang=zh_CN',
    'official-accounts',
  ],
  [
    'the platform login step',
    'https://mp.weixin.qq.com/cgi-bin/bizlogin?action=startlogin',
    'official-accounts',
  ],
];

export const NOT_GUARDED: [label: string, url: string][] = [
  ['an Official Account article', 'https://mp.weixin.qq.com/s/3mHLqg7aZbYdVbX0pE2kQw'],
  [
    'an Official Account article by __biz',
    'https://mp.weixin.qq.com/s?__biz=MzA5NjYwNjU0MQ==&mid=2651&idx=1&sn=4f2c&scene=21#wechat_redirect',
  ],
  ['an article path with a capital S', 'https://mp.weixin.qq.com/S/3mHLqg7aZbYdVbX0pE2kQw'],
  [
    'an Official Account profile',
    'https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzA5NjYwNjU0MQ==',
  ],
  [
    'an article collection',
    'https://mp.weixin.qq.com/mp/appmsgalbum?__biz=MzA5NjYwNjU0MQ==&action=getalbum',
  ],
  ['the platform favicon', 'https://mp.weixin.qq.com/favicon.ico'],
  ['a web WeChat script', 'https://wx.qq.com/zh_CN/htmledition/v2/js/webwxApp.js'],
  ['WeChat static files', 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js'],
  [
    'web WeChat’s QR session request (a script, not a page)',
    'https://login.wx.qq.com/jslogin?appid=wx782c26e4c19acffb&fun=new&lang=zh_CN',
  ],
  ['weixin.qq.com’s home page', 'https://weixin.qq.com/'],
  ['a look-alike with a suffix', 'https://filehelper.weixin.qq.com.evil.example/'],
  ['a look-alike with a prefix', 'https://evilwx.qq.com/'],
  ['a port', 'https://wx.qq.com:8443/'],
];
