/**
 * The content lint over every pack in exams/, and the DVA-C02 bank's own targets: size, domain
 * weights, task coverage, question shapes, calculation and seed-correction counts, fixed exams.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPack, packReport, stemSimilarity, type Pack } from '../../src/core/index.ts';
import { schemaDocuments } from '../../src/core/pack/json-schemas.ts';
import { loadPackFolder } from '../../src/node/packs/pack-files.ts';

const EXAMS = 'exams';
const packFolders = readdirSync(EXAMS, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'schema')
  .map((e) => join(EXAMS, e.name));

describe.each(packFolders)('pack %s', (folder) => {
  it('is schema-valid and passes the content lint', async () => {
    const { pack, errors } = await loadPackFolder(folder);
    expect(errors.map((e) => `${e.file}:${e.line} ${e.field} ${e.message}`)).toEqual([]);
    // The pack's own lint settings (pack.yaml `lint:`) decide the thresholds.
    const findings = lintPack(pack!);
    expect(findings.map((f) => `${f.questionId ?? ''} [${f.rule}] ${f.message}`)).toEqual([]);
  });
});

describe('the DVA-C02 bank', async () => {
  const { pack } = await loadPackFolder(join(EXAMS, 'dva-c02'));
  const bank = pack as Pack;
  const report = packReport(bank);

  it('holds six full-length exams of questions in the blueprint weights (±2 points)', () => {
    expect(report.total).toBeGreaterThanOrEqual(390);
    const weights: Record<string, number> = { 1: 32, 2: 26, 3: 24, 4: 18 };
    for (const [domain, weight] of Object.entries(weights))
      expect(Math.abs(report.byDomainPercent[domain]! - weight)).toBeLessThanOrEqual(2);
  });

  it('covers every task statement with at least 8 questions', () => {
    for (const task of ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3'])
      expect(report.byTask[task] ?? 0).toBeGreaterThanOrEqual(8);
  });

  it('is 15-25% multiple response, with at least 20 calculation and 10 seed-correction questions', () => {
    const share = report.byType.multiple / report.total;
    expect(share).toBeGreaterThanOrEqual(0.15);
    expect(share).toBeLessThanOrEqual(0.25);
    expect(report.calculation).toBeGreaterThanOrEqual(20);
    expect(report.seedCorrection).toBeGreaterThanOrEqual(10);
  });

  it('covers the in-scope services a real question could hinge on', () => {
    const services = [
      'sqs',
      'sns',
      'eventbridge',
      'kinesis',
      'step-functions',
      'lambda',
      'api-gateway',
      'dynamodb',
      's3',
      'elasticache',
      'rds',
      'cognito',
      'iam',
      'sts',
      'kms',
      'secrets-manager',
      'parameter-store',
      'appconfig',
      'cloudformation',
      'sam',
      'cdk',
      'codebuild',
      'codedeploy',
      'codepipeline',
      'codeartifact',
      'elastic-beanstalk',
      'ecs',
      'ecr',
      'amplify',
      'cloudwatch',
      'x-ray',
      'cloudtrail',
      'cloudfront',
    ];
    const missing = services.filter((s) => (report.byTopic[s] ?? 0) < 2);
    expect(missing).toEqual([]);
  });

  it('has no CodeCommit questions (out of scope for DVA-C02)', () => {
    expect(bank.questions.filter((q) => q.topics.includes('codecommit')).map((q) => q.id)).toEqual([]);
  });

  it('has six fixed practice exams of 65 questions, disjoint, each within 2 of the blueprint per domain', () => {
    expect(report.fixedExams.map((e) => e.title)).toEqual([
      'Practice exam 1',
      'Practice exam 2',
      'Practice exam 3',
      'Practice exam 4',
      'Practice exam 5',
      'Practice exam 6',
    ]);
    const seen = new Set<string>();
    for (const exam of report.fixedExams) {
      expect(exam.questionIds).toHaveLength(65);
      for (const id of exam.questionIds) {
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
      const blueprint: Record<string, number> = { 1: 20.8, 2: 16.9, 3: 15.6, 4: 11.7 };
      for (const [domain, target] of Object.entries(blueprint))
        expect(Math.abs((exam.byDomain[domain] ?? 0) - target)).toBeLessThanOrEqual(2);
    }
  });

  it('keeps the lint thresholds of issue 10 on: cues, notes, same-point review, task coverage', () => {
    const { cues, ...lint } = bank.lint;
    expect(lint.minQuestionsPerTask).toBeGreaterThanOrEqual(8);
    expect(lint.noteForTopicsWith).toBeLessThanOrEqual(8);
    expect(lint.samePointSimilarity).toBeLessThanOrEqual(0.45);
    expect(cues?.longestIsKeyPct).toBeLessThanOrEqual(30);
    expect(cues?.longestAreKeysPct).toBeLessThanOrEqual(15);
    expect(cues?.guesserScorePct).toBeLessThanOrEqual(30);
    expect(cues?.keyRankPct).toBeLessThanOrEqual(30);
    expect(cues?.absolutesGapPoints).toBeLessThanOrEqual(1);
    expect(cues?.keyOnlyEchoesStemPct).toBeLessThanOrEqual(5);
  });

  it('gives a guesser who reads only option lengths or absolutes no edge', () => {
    const { cues } = report;
    expect(cues.longestIsKeyPct).toBeLessThanOrEqual(30);
    expect(cues.longestAreKeysPct).toBeLessThanOrEqual(15);
    expect(cues.guesserScorePct).toBeLessThanOrEqual(30);
    expect(Math.max(...cues.keyRankPct)).toBeLessThanOrEqual(30);
    expect(cues.keyRankPct).toHaveLength(4);
    expect(Math.abs(cues.absolutesInKeysPct - cues.absolutesInDistractorsPct)).toBeLessThanOrEqual(1);
  });

  it('has a study note for every topic used by 8 or more questions, each linking AWS documentation', () => {
    const noted = new Set(bank.notes.flatMap((n) => n.topics));
    const uncovered = Object.entries(report.byTopic).filter(([topic, n]) => n >= 8 && !noted.has(topic));
    expect(uncovered).toEqual([]);
    expect(bank.notes.length).toBeGreaterThanOrEqual(20);
    for (const note of bank.notes)
      expect(
        note.links.some((l) => l.url.startsWith('https://docs.aws.amazon.com/')),
        note.id,
      ).toBe(true);
  });

  it('keeps the correct option from being the obviously longest one', () => {
    const giveaways = bank.questions.filter((q) => {
      if (q.type !== 'single') return false;
      const key = q.options.find((o) => o.correct)!.text.length;
      const others = q.options.filter((o) => !o.correct).map((o) => o.text.length);
      return key > 2 * Math.max(...others);
    });
    expect(giveaways.map((q) => q.id)).toEqual([]);
  });
});

describe('near-duplicate detection', () => {
  it('scores rewordings high and different questions low', () => {
    const a = 'A developer needs to store session state for a web application running on EC2. Which service provides the LOWEST latency?';
    expect(stemSimilarity(a, a.replace('developer', 'engineer'))).toBeGreaterThan(0.8);
    // The same scenario told in other words and order.
    expect(
      stemSimilarity(a, 'Which service gives the LOWEST latency for storing web application session state on EC2?'),
    ).toBeGreaterThanOrEqual(0.6);
    expect(
      stemSimilarity(a, 'A company wants to deploy a Lambda function with canary traffic shifting. Which configuration should be used?'),
    ).toBeLessThan(0.1);
  });
});

describe('JSON Schemas for editors', () => {
  it('match the zod schemas the validator runs (regenerate with npx tsx scripts/gen-schemas.ts)', () => {
    for (const [path, schema] of Object.entries(schemaDocuments()))
      expect(JSON.parse(readFileSync(path, 'utf8')), path).toEqual(JSON.parse(JSON.stringify(schema)));
  });
});
