import * as z from 'zod/mini';
import { AppIdSchema } from './model';

/**
 * The shape of one entry of the site catalogue (utils/catalogue.ts). The catalogue itself only
 * imports the type, so zod stays out of the pages that load it; tests/unit/catalogue.test.ts
 * checks every entry against this schema.
 */

/** An ASCII host name in lower case, as site ids hold them. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;
const HostSchema = z.string().check(z.regex(HOST));

export const CatalogueEntrySchema = z.object({
  /**
   * Where the account lives: registrable domains, or on a registrable domain that hosts several
   * services with accounts of their own (qq.com, 163.com, tencent.com) the service's host. The
   * first one is the site's id in the list.
   */
  domains: z.tuple([HostSchema], HostSchema),
  name: z.object({
    zh_CN: z.string().check(z.minLength(1), z.maxLength(40)),
    en: z.string().check(z.minLength(1), z.maxLength(40)),
  }),
  /** Appids seen in the site's WeChat login; they name and vouch for a site, never exclude one. */
  appids: z.array(AppIdSchema),
  /** The host WeChat sends the browser back to (redirect_uri). */
  callback: HostSchema,
  /** high: the same appid and callback in two or more independent sources; medium: one. */
  confidence: z.enum(['high', 'medium']),
  /** Login seen only inside WeChat's own browser (oauth2/authorize), not as a desktop QR code. */
  inWechatOnly: z.optional(z.literal(true)),
  /** The site's own page for adding a phone number, e-mail or password (https only). */
  settings: z.optional(z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+\//))),
  /** Where the evidence was seen: what a reviewer checks before trusting the entry. */
  source: z.string().check(z.minLength(10)),
});

export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;
