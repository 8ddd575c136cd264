/**
 * One small error hierarchy. Every error Proctor raises on purpose carries the code the IPC
 * contract answers with, so the boundary maps errors by code, not by an `instanceof` chain.
 */
export type ErrorCode = 'invalid-request' | 'unknown-channel' | 'not-found' | 'conflict' | 'forbidden' | 'internal';

export class ProctorError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Something the request names does not exist (an attempt, a pack, a question, a backup). */
export class NotFoundError extends ProctorError {
  constructor(message: string) {
    super('not-found', message);
  }
}

/** The request is well-formed but cannot apply to the current state (e.g. an ended attempt). */
export class ConflictError extends ProctorError {
  constructor(message: string) {
    super('conflict', message);
  }
}

/** An action was made on a screen that had not seen a change made elsewhere (another tab). */
export class StaleAttemptError extends ConflictError {}

/** The request asks for something the rules refuse (an unknown option, an empty drill). */
export class InvalidRequestError extends ProctorError {
  constructor(message: string) {
    super('invalid-request', message);
  }
}
