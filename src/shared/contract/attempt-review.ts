/** The review of a finished attempt (keys, explanations, references): never during the attempt. */
import { attemptReviewViewSchema } from '../../core/index.ts';
import { attemptRef, type ChannelDefinition } from './define.ts';

export const attemptReviewChannels = {
  getAttemptReview: { request: attemptRef, response: attemptReviewViewSchema },
} satisfies Record<string, ChannelDefinition>;
