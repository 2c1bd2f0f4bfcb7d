/**
 * Why a session or a group could not be set up in this browser. Which step failed decides the message;
 * a full disk is told apart because its fix differs (free space, not another window).
 */
export type SetupFailure = 'keys-failed' | 'storage-refused' | 'storage-full';

export class SetupError extends Error {
  constructor(
    readonly failure: SetupFailure,
    cause: unknown,
  ) {
    super(`session setup failed: ${failure}`, { cause });
    this.name = 'SetupError';
  }
}

const isQuotaError = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'QuotaExceededError' || /quota/i.test(error.message));

/** Runs one step of the setup; whatever it throws comes out as a SetupError naming the step. */
export async function during<T>(step: 'keys' | 'storage', work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SetupError) throw error;
    throw new SetupError(isQuotaError(error) ? 'storage-full' : step === 'keys' ? 'keys-failed' : 'storage-refused', error);
  }
}

/** The failure to show for anything a setup threw; an untagged error is most likely the storage. */
export const setupFailureOf = (error: unknown): SetupFailure =>
  error instanceof SetupError ? error.failure : isQuotaError(error) ? 'storage-full' : 'storage-refused';
