import { dateInSweden } from '../../shared/dates.js';

/** "Now" and "today" come from here, so due dates and "this year" are testable (DECISIONS.md 20). */
export interface Clock {
  now(): Date;
  /** Today's date in Sweden, `YYYY-MM-DD`. */
  today(): string;
}


export const systemClock: Clock = {
  now: () => new Date(),
  today: () => dateInSweden(new Date()),
};

export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  return { now: () => new Date(at), today: () => dateInSweden(at) };
}

/** A clock a test can move forward. */
export function movableClock(start: Date = new Date()) {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    today: () => dateInSweden(new Date(at)),
    advance(ms: number) {
      at += ms;
    },
  };
}
