import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRollForwardRules, ROLL_FORWARD_RULES } from '../../core/rollforward/rules.ts';
import { BUILTIN_TEMPLATES } from '../../core/templates.ts';

const FILE = join(import.meta.dirname, '../../templates/rollforward.json');
type Data = Record<string, unknown> & { rules: Record<string, unknown>[]; roles: Record<string, unknown>[]; detect: Record<string, unknown>[] };
const load = () => JSON.parse(readFileSync(FILE, 'utf8')) as Data;

/** The error a broken copy of the shipped rules gives. */
function errorOf(edit: (data: Data) => void): string {
  const data = load();
  edit(data);
  try {
    parseRollForwardRules(data);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the broken rules were accepted');
}

describe('templates/rollforward.json', () => {
  it('is valid, and is the rules core uses', () => {
    expect(parseRollForwardRules(load())).toEqual(ROLL_FORWARD_RULES);
  });

  it('proposes the issue’s targets: 上半年 Y → 全年 Y, 全年 Y → 上半年 Y+1, 工作要点 Y → Y+1, 报告 Y → Y+1', () => {
    const defaults = Object.fromEntries(ROLL_FORWARD_RULES.rules.filter((r) => r.default).map((r) => [r.from, [r.to, r.yearOffset, r.period]]));
    expect(defaults).toEqual({
      'half-year': ['annual', 0, '全年'],
      annual: ['half-year', 1, '上半年'],
      'key-points': ['key-points', 1, '全年'],
      report: ['report', 1, '全年'],
    });
    expect(BUILTIN_TEMPLATES.every((t) => t.id in defaults)).toBe(true);
  });

  it('feeds last period’s plan into this period’s 工作完成情况 and 存在的问题 into 存在的问题 as notes', () => {
    for (const rule of ROLL_FORWARD_RULES.rules.filter((r) => r.from !== 'key-points')) {
      expect(rule.feeds.some((f) => f.from[0] === 'plan' && f.to === 'done' && f.carry === 'headings'), `${rule.from} → ${rule.to}`).toBe(true);
      expect(rule.feeds).toContainEqual({ from: ['problems'], to: 'problems', carry: 'notes' });
      expect(rule.planFromLast).toEqual([{ from: ['plan'], to: 'plan', carry: 'outline' }]);
    }
  });
});

describe('broken rules are refused with what is wrong and where', () => {
  it('an unknown template', () => {
    const message = errorOf((data) => (data.rules[0]!.to = 'annul'));
    expect(message).toMatch(/^上期转本期规则（templates\/rollforward\.json）无效：/u);
    expect(message).toContain('rules.0.to：未知模板「annul」（可用：half-year、annual、key-points、report）');
  });

  it('a feed into a section this period’s template does not have', () => {
    expect(errorOf((data) => ((data.rules[0]!.feeds as Record<string, unknown>[])[0]!.to = 'tasks'))).toContain('rules.0.feeds.0.to：本期模板没有章节「tasks」');
  });

  it('a role no rule defines', () => {
    expect(errorOf((data) => ((data.rules[1]!.feeds as Record<string, unknown>[])[0]!.from = ['plan', 'plans']))).toContain('rules.1.feeds.0.from.1：未知的章节作用「plans」（roles 中没有）');
  });

  it('a wording that is not a regular expression', () => {
    expect(errorOf((data) => (data.roles[0]!.wordings = ['问题(']))).toContain('roles.0.wordings.0：不是有效的正则表达式');
  });

  it('a template with two default targets, or none', () => {
    expect(errorOf((data) => (data.rules[1]!.default = true))).toContain('模板「half-year」须有且只有一条 default 规则（现有 2 条）');
    expect(errorOf((data) => (data.rules = data.rules.filter((r) => r.from !== 'key-points')))).toContain('模板「key-points」须有且只有一条 default 规则（现有 0 条）');
  });

  it('an unknown carry mode, an unknown field, a detect list without a last catch-all', () => {
    expect(errorOf((data) => ((data.rules[0]!.feeds as Record<string, unknown>[])[0]!.carry = 'copy'))).toContain('rules.0.feeds.0.carry：');
    expect(errorOf((data) => (data.rules[0]!.offset = 1))).toContain('rules.0：');
    expect(errorOf((data) => data.detect.pop())).toContain('最后一条须不带 title 和 period');
  });

  it('something that is not rules at all', () => {
    expect(() => parseRollForwardRules(null)).toThrow(/^上期转本期规则（templates\/rollforward\.json）无效：文件：/u);
    expect(() => parseRollForwardRules({ rules: [] })).toThrow(/无效：/u);
  });
});
