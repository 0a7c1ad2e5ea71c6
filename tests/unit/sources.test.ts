import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSources, SOURCES_DOC } from '@/scripts/sources';
import { CHECKLIST } from '@/utils/checklist';

describe('docs/sources.md', () => {
  it('is what `npm run sources` writes from the checklist today (run it after changing one)', () => {
    expect(readFileSync(SOURCES_DOC, 'utf8')).toBe(renderSources());
  });

  it('gives every item its facts with their sources, in both languages', () => {
    const doc = renderSources();
    for (const item of CHECKLIST.flatMap((section) => section.items)) {
      expect(doc).toContain(`(\`${item.id}\`)`);
    }
    expect(doc).toMatch(
      /\| where \| 我 › 收藏 \| Me › Favorites \| \[varies\]\(#source-varies\) \|/,
    );
    expect(doc).toContain('First: `bills`, `money`');
  });
});
