import type { Site } from '@/utils/model';

/** A fixed "now" for tests that build stored records by hand. */
export const NOW = 1_764_000_000_000;

/** A stored site record, needing rebinding and added by hand unless `extra` says otherwise. */
export const site = (name: string, extra: Partial<Site> = {}): Site => ({
  name,
  status: 'rebind',
  via: 'manual',
  first: NOW,
  at: NOW,
  ...extra,
});
