/**
 * What the launcher can tell from the arguments alone, before the command line
 * is loaded: whether this run extracts reports (the default command), so that
 * jieba starts loading in a helper thread at once (segmenter-thread.ts). A
 * wrong guess costs only that thread's work; the command line decides.
 */

/** The commands besides the default one (checked against the program by a test). */
export const OTHER_COMMANDS: readonly string[] = ['schema', 'topics', 'batch', 'stats', 'report', 'diff', 'sample', 'eval', 'suggest', 'completion', 'help'];

const NO_WORK = new Set(['-h', '--help', '-V', '--version']);

/** True when `args` (process.argv without node and the script) run the default extract command. */
export function runsExtract(args: readonly string[]): boolean {
  if (args.some((arg) => NO_WORK.has(arg))) return false;
  const command = args.find((arg) => !arg.startsWith('-'));
  return command === undefined || !OTHER_COMMANDS.includes(command);
}
