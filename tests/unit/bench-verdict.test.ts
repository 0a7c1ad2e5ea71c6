import { describe, expect, it } from 'vitest';
import { browsingMet } from '@/scripts/bench/report';

describe('item 6: a page load with the extension against the noise of two identical browsers', () => {
  it.each([
    { ratio: 0.91, noise: 0.95, met: true, why: 'faster than without, beyond the band' },
    { ratio: 0.96, noise: 0.91, met: true, why: 'inside the band' },
    { ratio: 1.04, noise: 1.0, met: true, why: 'inside the 5 % floor of the band' },
    { ratio: 1.08, noise: 0.91, met: true, why: 'inside a band the noise widened to 9 %' },
    { ratio: 1.08, noise: 1.02, met: false, why: 'slower beyond the noise' },
    { ratio: 1.2, noise: 0.9, met: false, why: 'slower beyond a wide band' },
  ])('$ratio× with noise $noise×: met $met ($why)', ({ ratio, noise, met }) => {
    expect(browsingMet(ratio, noise)).toBe(met);
  });
});
