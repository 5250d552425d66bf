/** Exit codes: the contract documented in README.md. */
export const EXIT = {
  clean: 0,
  findings: 1,
  usage: 2,
  interrupted: 130,
} as const;

/** A problem with how alignkit was called, or with its input or config: exit 2, one line, no stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What inquirer throws on Ctrl-C (or when a prompt is aborted): exit 130, keep what was answered. */
export function isPromptInterrupt(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
