import { isReportYear, MAX_YEAR, MIN_YEAR } from '../meta-rules.ts';
import type { DocumentMeta, Period } from '../model.ts';
import type { Template } from '../template.ts';
import { BUILTIN_TEMPLATES, getTemplate } from '../templates.ts';
import type { Feed, RollForwardRule, RollForwardRules } from './rules.ts';

/**
 * This period's report as the rules and the clerk's choices make it: template, year, period and
 * the feeds from last period's sections. What the clerk chose wins; the rest comes from the rule
 * for (last period's template → this period's template), or the template's default rule.
 */

export interface TargetChoice {
  template?: string | undefined;
  year?: number | undefined;
  period?: Period | undefined;
}

export interface Target {
  template: Template;
  year: number;
  period: Period;
  /** The rule used, or null where no rule names the pair (the rules' `otherwise`). */
  rule: RollForwardRule | null;
  feeds: Feed[];
  planFromLast: Feed[];
}

/** 全年 and 年度 are the same span of time. */
const span = (period: Period) => (period === '年度' ? '全年' : period);

function ruleTemplate(rule: RollForwardRule): Template {
  return getTemplate(rule.to);
}

function rulePeriod(rule: RollForwardRule): Period {
  return rule.period ?? ruleTemplate(rule).period;
}

function pickRule(source: Template, choice: TargetChoice, rules: RollForwardRules): RollForwardRule | null {
  const candidates = rules.rules.filter((r) => r.from === source.id);
  const samePeriod = (r: RollForwardRule) => choice.period === undefined || span(rulePeriod(r)) === span(choice.period);
  if (choice.template !== undefined) {
    const named = candidates.filter((r) => r.to === choice.template);
    return named.find(samePeriod) ?? named[0] ?? null;
  }
  if (choice.period !== undefined) {
    const byPeriod = candidates.find(samePeriod);
    if (byPeriod) return byPeriod;
  }
  return candidates.find((r) => r.default) ?? null;
}

export function chooseTarget(source: Template, last: Pick<DocumentMeta, 'year' | 'period'>, choice: TargetChoice, rules: RollForwardRules): Target {
  // An unknown template id is refused here, with the ids that exist.
  const named = choice.template !== undefined ? getTemplate(choice.template) : undefined;
  const rule = pickRule(source, choice, rules);
  let template: Template;
  if (named) template = named;
  else if (rule && (choice.period === undefined || span(rulePeriod(rule)) === span(choice.period))) template = ruleTemplate(rule);
  else template = BUILTIN_TEMPLATES.find((t) => choice.period !== undefined && span(t.period) === span(choice.period)) ?? source;
  const usable = rule && rule.to === template.id ? rule : null;
  const period = choice.period ?? (usable ? rulePeriod(usable) : template.period);
  const sameYear = rules.otherwise.sameYear.some((pair) => pair.from === last.period && pair.to === template.id);
  const year = choice.year ?? last.year + (usable ? usable.yearOffset : sameYear ? 0 : 1);
  if (!isReportYear(year)) throw new Error(`年度应为 ${MIN_YEAR}–${MAX_YEAR} 之间的四位数字：${year}`);
  const keys = new Set(template.sections.map((s) => s.key));
  const inTarget = (feeds: readonly Feed[]) => feeds.filter((feed) => keys.has(feed.to));
  return {
    template,
    year,
    period,
    rule: usable,
    feeds: inTarget(usable ? usable.feeds : rules.otherwise.feeds),
    planFromLast: inTarget(usable ? usable.planFromLast : rules.otherwise.planFromLast),
  };
}
