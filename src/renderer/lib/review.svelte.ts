/** Loads the review of a finished attempt once, for the results and review screens. */
import type { AttemptReviewView } from '../../core/index.ts';
import { api } from './api.ts';
import { errorMessage } from './format.ts';

export class ReviewLoader {
  view = $state<AttemptReviewView | undefined>();
  error = $state('');

  constructor(attemptId: string) {
    api.getAttemptReview({ attemptId }).then(
      (view) => (this.view = view),
      (error) => (this.error = errorMessage(error)),
    );
  }
}
