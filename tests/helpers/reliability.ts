import { appendFileSync } from 'node:fs';

/**
 * The reliability battery records what it tried; `npm run reliability` turns the records into
 * docs/reliability.md. Outside that command recording does nothing.
 */
export type Finding = {
  /** What was tried, in a sentence. */
  readonly tried: string;
  readonly cases: number;
  /** What happened, in a sentence: the property that held, or what broke. */
  readonly result: string;
};

export function record(finding: Finding): void {
  const file = process.env.RELIABILITY_OUT;
  if (file) appendFileSync(file, `${JSON.stringify(finding)}\n`);
}

/** The seed every property uses, so a failure reproduces with the same cases. */
export const SEED = 20_261_127;
