/** Chart points named so that attempts of one day can be told apart. */
import { describe, expect, it } from 'vitest';
import { axisLabels, pointTitle } from '../../src/renderer/lib/chart-labels.ts';
import { drillHref, noteHref } from '../../src/renderer/features/progress/topic-links.ts';
import { historyLine } from '../../src/renderer/features/attempt-review/history-line.ts';

const at = (iso: string) => ({ submittedAt: new Date(iso).getTime() });

describe('chart labels', () => {
  it('numbers the attempts of a day with several, and leaves a lone attempt its date', () => {
    const labels = axisLabels([at('2026-11-28T10:00'), at('2026-12-01T09:00'), at('2026-12-01T15:00'), at('2026-12-01T18:00')]);
    expect(labels[0]).not.toMatch(/#/);
    expect(labels.slice(1).map((l) => l.slice(-2))).toEqual(['#1', '#2', '#3']);
    expect(new Set(labels).size).toBe(4);
  });

  it('titles a tooltip with the exam, its kind and its date', () => {
    const lines = pointTitle({
      attemptId: 'a',
      kind: 'fixed',
      title: 'Practice exam 2',
      submittedAt: new Date('2026-12-01T15:00').getTime(),
    });
    expect(lines[0]).toBe('Practice exam 2');
    expect(lines[1]).toMatch(/^Practice exam · /);
  });

  it('links a topic to a practice drill of ten questions and to its note', () => {
    expect(drillHref('dynamodb-gsi')).toBe('#/drill?topics=dynamodb-gsi&feedback=practice&count=10');
    expect(noteHref('dynamodb-gsi')).toBe('#/notes?topic=dynamodb-gsi');
  });
});

describe('a question’s history in words', () => {
  const h = (seen: number, missed: number, skipped = 0, lastMissed?: number) => ({
    questionId: 'q',
    seen,
    missed,
    skipped,
    ...(lastMissed ? { lastMissed } : {}),
  });
  it('says how often it was missed and when last', () => {
    expect(historyLine(h(3, 2, 0, new Date('2026-11-28T12:00').getTime()))).toMatch(/^Missed 2 of 3 times, last on Nov 28\.$/);
    expect(historyLine(h(1, 0))).toBe('Right the only time you answered it.');
    expect(historyLine(h(4, 0, 1))).toBe('Right all 4 times you answered it; left unanswered once.');
    expect(historyLine(h(0, 0, 2))).toBe('Left unanswered twice.');
    expect(historyLine(h(0, 0))).toBe('No answer to it in a finished attempt yet.');
  });
});
