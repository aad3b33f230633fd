/** What the three commands (analyze, eval, bench) share: how they start and how they report a wrong command line. */
import { pathToFileURL } from 'node:url';

/** Runs `main` when `moduleUrl` is the script node was started with; its result is the exit code. */
export function runIfEntryPoint(moduleUrl: string, name: string, main: (argv: readonly string[]) => Promise<number>): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

/** The first line of a parseArgs error, with the way to the help. */
export function usageMessage(err: unknown): string {
  return `${err instanceof Error ? err.message.split('\n')[0] : String(err)}\nRun with --help to see the options.`;
}
