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
