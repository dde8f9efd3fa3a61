/** Errors of the offline engine's language and follower. */
import { ArcmemError } from '../../errors.js';

/** An instruction step the parser could not read. */
export class ParseError extends ArcmemError {
  override readonly name = 'ParseError';
  constructor(
    readonly stepNumber: number,
    readonly stepText: string,
    detail = '',
  ) {
    super(
      `could not read step ${stepNumber}: "${stepText}"${detail ? ` (${detail})` : ''}. ` +
        'Write each step as one of the offline engine\'s sentences, e.g. "Rotate the grid a quarter turn clockwise." (see README, Offline engine).',
    );
  }
}
/** A parsed step that cannot be carried out on the given grid. */
export class FollowError extends ArcmemError {
  override readonly name = 'FollowError';
  constructor(
    readonly stepNumber: number,
    readonly stepText: string,
    reason: string,
  ) {
    super(
      `step ${stepNumber} ("${stepText}") does not apply to this grid: ${reason}. Check the step against the grid or revise the instruction.`,
    );
  }
}
