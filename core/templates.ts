import { BUILTIN_TEMPLATES } from './builtin-templates.ts';
import type { Template } from './template.ts';

export { BUILTIN_TEMPLATES };

const byId = new Map(BUILTIN_TEMPLATES.map((t) => [t.id, t]));

export function findTemplate(id: string): Template | undefined {
  return byId.get(id);
}

export function getTemplate(id: string): Template {
  const template = byId.get(id);
  if (!template) throw new Error(`未知模板：${id}（可用：${[...byId.keys()].join('、')}）`);
  return template;
}
