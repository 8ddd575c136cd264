import { describe, expect, it } from 'vitest';
import { lintPack, samePointCandidates, type Question } from '../../src/core/index.ts';
import { makePack, makeQuestion } from '../fixtures/packs.ts';

function question(id: string, stem: string, key: string, topics: string[]): Question {
  const q = makeQuestion(id, 1);
  const distractors = ['Increase the memory of the function', 'Add a second queue in another Region', 'Turn on detailed billing reports'];
  return {
    ...q,
    stem,
    topics,
    options: q.options.map((o, i) => ({ ...o, text: i === 0 ? key : distractors[i - 1]! })),
  };
}

// Filler questions give the TF-IDF weights a realistic spread of common terms.
const filler = Array.from({ length: 30 }, (_, i) =>
  question(
    `f${i}`,
    `A developer builds service ${i} with a queue and a function. Which change helps ${['cost', 'latency', 'security'][i % 3]}?`,
    `Use feature ${i} of the service`,
    [`topic-${i}`],
  ),
);
const batchA = question(
  'batch-a',
  'A Lambda function reads an SQS queue with a batch size of 10. One bad message makes the whole batch return to the queue. ' +
    'How can only the failed messages be retried?',
  'Enable ReportBatchItemFailures and return the failed message IDs in batchItemFailures.',
  ['lambda', 'sqs', 'partial-batch-response'],
);
const batchB = question(
  'batch-b',
  'Valid messages keep landing in the dead-letter queue of an SQS queue that a function consumes in batches, ' +
    'because one malformed message fails each batch. What should the team change?',
  'Turn on `ReportBatchItemFailures` for the event source mapping and return `batchItemFailures` with the failed message IDs.',
  ['sqs', 'lambda', 'troubleshooting'],
);
const other = question(
  'other',
  'A team wants to find which DynamoDB partition keys are throttled most often.',
  'Enable CloudWatch Contributor Insights for DynamoDB on the table.',
  ['dynamodb'],
);

describe('same-point candidates', () => {
  it('pairs two scenarios that test one point, and not unrelated questions', () => {
    const candidates = samePointCandidates([...filler, batchA, batchB, other], 0.4);
    expect(candidates.map((c) => c.ids)).toEqual([['batch-a', 'batch-b']]);
    expect(candidates[0]!.sharedTopics).toEqual(['lambda', 'sqs']);
    expect(candidates[0]!.keySimilarity).toBeGreaterThan(0.5);
  });

  it('fails the lint until the pair is rewritten or recorded as reviewed', () => {
    const pack = makePack({}, { questions: [...filler, batchA, batchB, other], lint: { samePointSimilarity: 0.4 } });
    const options = { minQuestionsPerTask: 0, weightTolerancePoints: 100 };
    const findings = lintPack(pack, options).filter((f) => f.rule === 'same-point-candidate');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ questionId: 'batch-b', file: 'test.yaml' });
    expect(findings[0]!.message).toMatch(/may test the same point as batch-a .*threshold 0\.4.*same-point\.yaml/);
    const reviewed = {
      ...pack,
      reviewedPairs: [{ ids: ['batch-b', 'batch-a'] as [string, string], reason: 'kept on purpose', source: { file: 's.yaml', line: 2 } }],
    };
    expect(lintPack(reviewed, options).filter((f) => f.rule === 'same-point-candidate')).toEqual([]);
  });
});
