import { z } from 'zod';
import { PERIODS } from '../model.ts';
import type { Template } from '../template.ts';
import { regexSource as anyRegexSource } from '../template-schema.ts';
import { BUILTIN_TEMPLATES } from '../templates.ts';
import data from '../../templates/rollforward.json';

/**
 * The roll-forward rules (由上期报告新建) as data, in templates/rollforward.json, validated here:
 *
 * - `detect`: for a last report without a template (imported, template ""), the template its title
 *   (or, failing that, its period) says it is; the first entry that matches wins, the last one
 *   matches everything.
 * - `roles`: what a level-1 heading of last period's report is when it carries no section key and
 *   no wording of its template (2022年科技工作落实情况 → done): the first role with a matching
 *   wording; a heading none matches is `other`.
 * - `rules`: for a last report's template (`from`), this period's template (`to`), its year
 *   (`yearOffset` from last period's) and period; `default` marks the target proposed for that
 *   template (exactly one per template). `feeds` say which of last period's sections fill which of
 *   this period's: `from` lists roles, the first one last period's report has text under is used
 *   (a role already used for the same target section is not used again); `carry` says how:
 *   - `headings`: the headings carried as headings (figures made placeholders), the text under
 *     them kept as 参考 notes;
 *   - `notes`: everything kept as notes (headings with their number, 一、 （一） …);
 *   - `text`: headings and text carried as this period's text, figures made placeholders, each
 *     block whose figures were masked followed by last period's wording as a note;
 *   - `outline`: the headings only (figures made placeholders).
 *   `planFromLast` feeds are added when the clerk asks for the new plan to start from last
 *   period's plan headings.
 * - `otherwise`: the feeds for a pair of templates no rule names (feeds into sections the target
 *   has not are skipped); the year moves on by one, except from a period into a template listed
 *   in `sameYear` (上半年 → the annual report of the same year).
 */

export const CARRY_MODES = ['headings', 'notes', 'text', 'outline'] as const;
export type CarryMode = (typeof CARRY_MODES)[number];
/** The role of a level-1 section that no template wording or role matches. */
export const OTHER_ROLE = 'other';

const regexSource = anyRegexSource.min(1).max(400);

const key = z.string().regex(/^[a-z][a-z0-9-]*$/u, { message: '应为小写字母开头的键' });
const period = z.enum(PERIODS);

const feedSchema = z.strictObject({
  from: z.array(key).min(1).max(10),
  to: key,
  carry: z.enum(CARRY_MODES),
});

const ruleSchema = z.strictObject({
  from: key,
  to: key,
  default: z.boolean().default(false),
  yearOffset: z.number().int().min(-1).max(5),
  period: period.optional(),
  feeds: z.array(feedSchema).max(40),
  planFromLast: z.array(feedSchema).max(10).default([]),
});

export const rollForwardRulesSchema = z.strictObject({
  description: z.string().max(2000).optional(),
  detect: z
    .array(z.strictObject({ template: key, title: regexSource.optional(), period: period.optional() }))
    .min(1)
    .max(40),
  roles: z.array(z.strictObject({ key, wordings: z.array(regexSource).min(1).max(20) })).min(1).max(40),
  rules: z.array(ruleSchema).min(1).max(100),
  otherwise: z.strictObject({
    sameYear: z.array(z.strictObject({ from: period, to: key })).max(20).default([]),
    feeds: z.array(feedSchema).max(40),
    planFromLast: z.array(feedSchema).max(10).default([]),
  }),
});

export type RollForwardRules = z.infer<typeof rollForwardRulesSchema>;
export type RollForwardRule = z.infer<typeof ruleSchema>;
export type Feed = z.infer<typeof feedSchema>;

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** Checks the rules against the templates: ids, section keys, roles, one default per template. */
function crossCheck(rules: RollForwardRules, templates: readonly Template[]): Issue[] {
  const issues: Issue[] = [];
  const byId = new Map(templates.map((t) => [t.id, t]));
  const roles = new Set([OTHER_ROLE]);
  rules.roles.forEach((role, i) => {
    if (roles.has(role.key)) issues.push({ path: ['roles', i, 'key'], message: `重复的章节作用「${role.key}」` });
    roles.add(role.key);
  });
  const knownTemplate = (id: string, path: PropertyKey[]) => {
    if (byId.has(id)) return true;
    issues.push({ path, message: `未知模板「${id}」（可用：${[...byId.keys()].join('、')}）` });
    return false;
  };
  rules.detect.forEach((entry, i) => knownTemplate(entry.template, ['detect', i, 'template']));
  const last = rules.detect[rules.detect.length - 1]!;
  if (last.title !== undefined || last.period !== undefined) {
    issues.push({ path: ['detect', rules.detect.length - 1], message: '最后一条须不带 title 和 period（其余都不匹配时使用）' });
  }
  const checkFeeds = (feeds: readonly Feed[], path: PropertyKey[], targetKeys: ReadonlySet<string>) => {
    feeds.forEach((feed, f) => {
      feed.from.forEach((role, r) => {
        if (!roles.has(role)) issues.push({ path: [...path, f, 'from', r], message: `未知的章节作用「${role}」（roles 中没有）` });
      });
      if (!targetKeys.has(feed.to)) issues.push({ path: [...path, f, 'to'], message: `本期模板没有章节「${feed.to}」` });
    });
  };
  const defaults = new Map<string, number>();
  const pairs = new Set<string>();
  rules.rules.forEach((rule, i) => {
    const from = knownTemplate(rule.from, ['rules', i, 'from']);
    const to = knownTemplate(rule.to, ['rules', i, 'to']);
    if (from && rule.default) defaults.set(rule.from, (defaults.get(rule.from) ?? 0) + 1);
    const pair = `${rule.from}→${rule.to}→${rule.period ?? ''}`;
    if (pairs.has(pair)) issues.push({ path: ['rules', i], message: `「${rule.from}」到「${rule.to}」的规则重复` });
    pairs.add(pair);
    if (!to) return;
    const keys = new Set(byId.get(rule.to)!.sections.map((s) => s.key));
    checkFeeds(rule.feeds, ['rules', i, 'feeds'], keys);
    checkFeeds(rule.planFromLast, ['rules', i, 'planFromLast'], keys);
  });
  for (const template of templates) {
    const count = defaults.get(template.id) ?? 0;
    if (count !== 1) issues.push({ path: ['rules'], message: `模板「${template.id}」须有且只有一条 default 规则（现有 ${count} 条）` });
  }
  rules.otherwise.sameYear.forEach((pair, i) => knownTemplate(pair.to, ['otherwise', 'sameYear', i, 'to']));
  const allKeys = new Set(templates.flatMap((t) => t.sections.map((s) => s.key)));
  checkFeeds(rules.otherwise.feeds, ['otherwise', 'feeds'], allKeys);
  checkFeeds(rules.otherwise.planFromLast, ['otherwise', 'planFromLast'], allKeys);
  return issues;
}

function describeIssues(issues: readonly Issue[]): string {
  const listed = issues.slice(0, 5).map((issue) => `${issue.path.map(String).join('.') || '文件'}：${issue.message}`);
  const more = issues.length > 5 ? `等 ${issues.length} 处问题` : '';
  return `上期转本期规则（templates/rollforward.json）无效：${listed.join('；')}${more}`;
}

/**
 * Validates roll-forward rules (the parsed JSON) against the templates; throws an Error that says
 * what is wrong and where (in Chinese, e.g. 「rules.0.to：未知模板「annul」」).
 */
export function parseRollForwardRules(input: unknown, templates: readonly Template[] = BUILTIN_TEMPLATES): RollForwardRules {
  const parsed = rollForwardRulesSchema.safeParse(input);
  if (!parsed.success) throw new Error(describeIssues(parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }))));
  const issues = crossCheck(parsed.data, templates);
  if (issues.length) throw new Error(describeIssues(issues));
  return parsed.data;
}

/** The rules shipped in templates/rollforward.json, validated once at load. */
export const ROLL_FORWARD_RULES: RollForwardRules = parseRollForwardRules(data);
