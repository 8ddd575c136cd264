import { describe, expect, it } from 'vitest';
import { historyCsv, type AttemptSummary } from '../../src/core/index.ts';

const summary = (title: string, result = true): AttemptSummary => ({
  id: 'a',
  packId: 'p',
  packTitle: 'P',
  kind: 'full',
  title,
  status: 'submitted',
  startedAt: Date.UTC(2026, 0, 1),
  deadline: 0,
  submittedAt: Date.UTC(2026, 0, 1, 1, 30),
  endReason: 'submitted',
  questionCount: 65,
  answeredCount: 65,
  ...(result
    ? {
        result: {
          correct: 50,
          total: 65,
          unanswered: 0,
          percent: 76.9,
          scaledScore: 792,
          passingScaledScore: 720,
          passed: true,
          byDomain: [{ domain: 1, correct: 18, total: 21 }],
        },
      }
    : {}),
});

describe('history CSV', () => {
  it('has a header, one row per attempt, and per-domain columns', () => {
    const lines = historyCsv([summary('Practice exam 1')], [1, 2])
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'started,submitted,pack,exam,kind,status,end,scaled_score,passed,percent,correct,total,unanswered,minutes_used,' +
        'd1_correct,d1_total,d2_correct,d2_total',
    );
    expect(lines[1]).toBe(
      '2026-01-01T00:00:00.000Z,2026-01-01T01:30:00.000Z,p,Practice exam 1,full,submitted,submitted,792,true,76.9,50,65,0,90,18,21,,',
    );
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas from pack titles', () => {
    const csv = historyCsv([summary('=HYPERLINK("http://x","y")'), summary('A, "quoted" title'), summary('-1+2')], []);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain('"A, ""quoted"" title"');
    expect(csv).toContain(",'-1+2,");
  });
});
