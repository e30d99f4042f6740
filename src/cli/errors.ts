/** Exit codes and the usage error shared by every pdx command. */

/** Every input was converted. */
export const EXIT_OK = 0;
/** Some input failed; the others were still converted. */
export const EXIT_INPUT_FAILED = 1;
/** Bad usage (unknown option, bad value, bad dictionary) or a fatal error. */
export const EXIT_USAGE = 2;

/** A mistake in how pdx was called: reported in one line, exit code 2. */
export class UsageError extends Error {}

/**
 * Every problem of a command line, found before any input is read, as one
 * usage error: `COMMAND: cannot start:` and a line per problem. `command` is
 * the subcommand's name, or null for the default command.
 */
export function cannotStart(command: string | null, problems: readonly string[]): UsageError {
  const name = command ? `${command}: ` : '';
  return new UsageError(`${name}cannot start:\n  ${problems.join('\n  ')}\n(run pdx ${command ? `${command} ` : ''}--help for usage)`);
}
