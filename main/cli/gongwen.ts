import { checkCommand } from './check.ts';
import { exportCommand } from './export.ts';
import { HELP } from './help.ts';
import { importCommand } from './import.ts';
import { newCommand } from './new.ts';
import { rollforwardCommand } from './rollforward.ts';
import { templatesCommand } from './templates.ts';
import { EXIT, UsageError, type CliIo } from './usage.ts';

const COMMANDS: Record<string, (args: string[], io: CliIo) => number | Promise<number>> = {
  templates: templatesCommand,
  new: newCommand,
  check: checkCommand,
  import: importCommand,
  export: exportCommand,
  rollforward: rollforwardCommand,
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
