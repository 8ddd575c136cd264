/**
 * Mock exams and everything else. Only mock exams (the random full-length exam and the fixed
 * practice exams) predict the real exam: they alone get a verdict, a scaled score and the score
 * trend. Every other kind (drills, practice, spaced reviews, retakes, and kinds added later) is
 * learning. Takes a plain string so that a kind this build does not know yet counts as learning.
 */
export const MOCK_EXAM_KINDS: readonly string[] = ['full', 'fixed'];

export function isMockExam(kind: string): boolean {
  return MOCK_EXAM_KINDS.includes(kind);
}

const KIND_LABELS: Record<string, string> = {
  full: 'Mock exam',
  fixed: 'Practice exam',
  drill: 'Drill',
  custom: 'Drill',
  retake: 'Retake',
  review: 'Spaced review',
};

/**
 * A short name for an attempt's kind, shown beside its title so each kind can be told apart. A
 * custom drill run with practice feedback is "Practice" (its title says so); a kind this build
 * does not know is "Learning".
 */
export function kindLabel(kind: string, title = ''): string {
  if (kind === 'custom' && title.startsWith('Practice')) return 'Practice';
  return KIND_LABELS[kind] ?? 'Learning';
}

/** "3 mock exams; 2 drills and practice sessions are listed but not scored." */
export function countingNote(mockExams: number, others: number): string {
  const mocks = `${mockExams} mock ${mockExams === 1 ? 'exam' : 'exams'}`;
  if (others === 0) return `${mocks}. Only mock exams (full-length and practice exams) are scored.`;
  const what = others === 1 ? 'drill, retake, review or practice session is' : 'drills, retakes, reviews and practice sessions are';
  const rest = `${others} ${what}`;
  return `Scores count ${mocks} only; ${rest} listed but not scored.`;
}
