import { templateSchema, type Template } from './template.ts';
import halfYear from '../templates/half-year.json';
import annual from '../templates/annual.json';
import keyPoints from '../templates/key-points.json';
import report from '../templates/report.json';

/**
 * The templates shipped in templates/, validated once at load. Importing the JSON keeps core
 * free of file access; a template that fails its schema stops the app at start, in tests.
 */
export const BUILTIN_TEMPLATES: readonly Template[] = [halfYear, annual, keyPoints, report].map((data) => templateSchema.parse(data));

const byId = new Map(BUILTIN_TEMPLATES.map((t) => [t.id, t]));

export function findTemplate(id: string): Template | undefined {
  return byId.get(id);
}

export function getTemplate(id: string): Template {
  const template = byId.get(id);
  if (!template) throw new Error(`未知模板：${id}（可用：${[...byId.keys()].join('、')}）`);
  return template;
}
