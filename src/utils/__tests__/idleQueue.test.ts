import {describe, expect, it} from 'vitest';
import {createIdleQueue, type IdleDeadline} from '../idleQueue';

/** A stand-in for requestIdleCallback: idle periods are run by hand, each with the time the test gives it. */
function fakeIdle() {
  const pending: ((deadline: IdleDeadline) => void)[] = [];
  return {
    requestIdle: (callback: (deadline: IdleDeadline) => void) => void pending.push(callback),
    get scheduled() {
      return pending.length;
    },
    /** Runs the next idle period; `budget` is how many timeRemaining() calls answer "time left". */
    period(budget: number) {
      let left = budget;
      pending.shift()!({timeRemaining: () => (left-- > 0 ? 10 : 0)});
    },
  };
}

describe('createIdleQueue', () => {
  it('runs nothing when a task is queued, only in the next idle period', () => {
    const idle = fakeIdle();
    const ran: number[] = [];
    const later = createIdleQueue(idle.requestIdle);
    later(() => ran.push(1));
    expect(ran).toEqual([]);
    expect(idle.scheduled).toBe(1);
    idle.period(5);
    expect(ran).toEqual([1]);
    expect(idle.scheduled).toBe(0);
  });

  it('asks for one idle period at a time, however many tasks wait', () => {
    const idle = fakeIdle();
    const later = createIdleQueue(idle.requestIdle);
    for (let i = 0; i < 5; i++) later(() => undefined);
    expect(idle.scheduled).toBe(1);
  });

  it('runs as many tasks as fit in a period, at least one, in order, and the rest in later periods', () => {
    const idle = fakeIdle();
    const ran: number[] = [];
    const later = createIdleQueue(idle.requestIdle);
    for (let i = 1; i <= 5; i++) later(() => ran.push(i));
    idle.period(0);
    expect(ran).toEqual([1]);
    idle.period(2);
    expect(ran).toEqual([1, 2, 3, 4]);
    idle.period(9);
    expect(ran).toEqual([1, 2, 3, 4, 5]);
    expect(idle.scheduled).toBe(0);
  });

  it('goes on after a task that throws, and still throws its error', () => {
    const idle = fakeIdle();
    const ran: number[] = [];
    const later = createIdleQueue(idle.requestIdle);
    later(() => {
      throw new Error('broken');
    });
    later(() => ran.push(2));
    expect(() => idle.period(5)).toThrow('broken');
    expect(idle.scheduled).toBe(1);
    idle.period(5);
    expect(ran).toEqual([2]);
  });

  it('takes tasks queued while it runs into the same queue', () => {
    const idle = fakeIdle();
    const ran: string[] = [];
    const later = createIdleQueue(idle.requestIdle);
    later(() => {
      ran.push('a');
      later(() => ran.push('c'));
    });
    later(() => ran.push('b'));
    idle.period(9);
    expect(ran).toEqual(['a', 'b', 'c']);
  });
});
