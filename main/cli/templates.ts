import { BUILTIN_TEMPLATES } from '../../core/templates.ts';
import { EXIT, parse, type CliIo } from './usage.ts';

/** gongwen templates [--json]: the templates' ids and names. */
export function templatesCommand(args: string[], io: CliIo): number {
  const { values } = parse(args, { json: { type: 'boolean' } });
  if (values.json) {
    io.stdout(JSON.stringify(BUILTIN_TEMPLATES.map((t) => ({ id: t.id, name: t.name, period: t.period })), null, 2) + '\n');
  } else {
    const width = Math.max(...BUILTIN_TEMPLATES.map((t) => t.id.length));
    for (const t of BUILTIN_TEMPLATES) io.stdout(`${t.id.padEnd(width)}  ${t.name}\n`);
  }
  return EXIT.ok;
}
