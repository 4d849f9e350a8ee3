import type { Template } from './template.ts';
import { templateSchema } from './template-schema.ts';
import halfYear from '../templates/half-year.json';
import annual from '../templates/annual.json';
import keyPoints from '../templates/key-points.json';
import report from '../templates/report.json';

/**
 * The templates shipped in templates/, validated once at load. Importing the JSON keeps core
 * free of file access; a template that fails its schema stops the app at start, in tests, and
 * the command line's build, which bundles this list as validated here (build/build-cli.ts) so
 * that no start of the command line loads the schema library.
 */
export const BUILTIN_TEMPLATES: readonly Template[] = [halfYear, annual, keyPoints, report].map((data) => templateSchema.parse(data));
