import { HELP } from './help.ts';
import { EXIT, UsageError, type CliIo } from './usage.ts';

/**
 * Each command is its own module, loaded when it runs: `gongwen templates` reads the template list
 * and nothing else, `gongwen export` never loads roll-forward, and none of them loads the .gwdoc
 * schema for a .txt or .docx (the bundle splits them into chunks along these imports).
 */
const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  templates: async (args, io) => (await import('./templates.ts')).templatesCommand(args, io),
  new: async (args, io) => (await import('./new.ts')).newCommand(args, io),
  check: async (args, io) => (await import('./check.ts')).checkCommand(args, io),
  import: async (args, io) => (await import('./import.ts')).importCommand(args, io),
  export: async (args, io) => (await import('./export.ts')).exportCommand(args, io),
  rollforward: async (args, io) => (await import('./rollforward.ts')).rollforwardCommand(args, io),
};

/** Runs one command line; returns the exit code rather than exiting, so tests can call it. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === undefined) {
      io.stderr(HELP);
      return EXIT.usage;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP);
      return EXIT.ok;
    }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new UsageError(`未知命令 / unknown command: ${command}`);
    return await run(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`gongwen: ${error.message}\n（gongwen --help 查看用法 / see gongwen --help）\n`);
    return EXIT.usage;
  }
}
