/** Work done while the browser is idle: once per key, in order, within each idle period's time. */
import { describe, expect, it } from 'vitest';
import { IdleWork, type IdleDeadline } from '../../src/renderer/lib/idle-work.ts';

/** Idle periods run by hand, each with the time it is given; the clock moves as jobs run. */
function manualIdle() {
  const waiting: ((deadline: IdleDeadline) => void)[] = [];
  let left = 0;
  return {
    schedule: (run: (deadline: IdleDeadline) => void) => void waiting.push(run),
    period(ms: number) {
      left = ms;
      waiting.shift()?.({ timeRemaining: () => left });
    },
    spend: (ms: number) => (left -= ms),
    get pending() {
      return waiting.length;
    },
  };
}

describe('idle work', () => {
  it('runs each job once, in the order asked, as long as the idle period lasts', () => {
    const idle = manualIdle();
    const work = new IdleWork(idle.schedule);
    const ran: string[] = [];
    for (const key of ['a', 'b', 'a', 'c']) work.add(key, () => (ran.push(key), idle.spend(3)));
    expect(ran).toEqual([]);
    idle.period(7);
    expect(ran).toEqual(['a', 'b']);
    idle.period(50);
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(work.waiting).toBe(0);
    expect(idle.pending).toBe(0);
  });

  it('runs one job even in a period too short for it, so a busy page still gets there', () => {
    const idle = manualIdle();
    const work = new IdleWork(idle.schedule);
    const ran: string[] = [];
    work.add('a', () => ran.push('a'));
    work.add('b', () => ran.push('b'));
    idle.period(0);
    expect(ran).toEqual(['a']);
    idle.period(0);
    expect(ran).toEqual(['a', 'b']);
  });

  it('runs jobs that a job adds, and goes on after a job that throws', () => {
    const idle = manualIdle();
    const work = new IdleWork(idle.schedule);
    const ran: string[] = [];
    work.add('list', () => {
      work.add('x', () => ran.push('x'));
      throw new Error('broken');
    });
    expect(() => idle.period(50)).toThrow('broken');
    idle.period(50);
    expect(ran).toEqual(['x']);
  });
});
