import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillPattern, isAllowedWording, sectionTitle } from '../../core/template.ts';
import { templateSchema } from '../../core/template-schema.ts';
import { BUILTIN_TEMPLATES, findTemplate, getTemplate } from '../../core/templates.ts';

const TEMPLATE_DIR = join(import.meta.dirname, '../../templates');
// rollforward.json holds the roll-forward rules between templates (tests/core/rollforward-rules.test.ts),
// banner-layout.json the numbers of the 版头 and 版记 (tests/core/print-banner.test.ts), table-layout.json
// those of tables and 附件 (tests/core/print-table.test.ts).
const LAYOUTS = new Set(['rollforward.json', 'banner-layout.json', 'table-layout.json']);
const files = readdirSync(TEMPLATE_DIR).filter((name) => name.endsWith('.json') && !LAYOUTS.has(name)).sort();
const load = (name: string) => JSON.parse(readFileSync(join(TEMPLATE_DIR, name), 'utf8')) as Record<string, unknown>;
const META = { organ: '市科技局', year: 2024, period: '全年' as const };

describe('built-in templates', () => {
  it('are the four files in templates/, each valid', () => {
    expect(files).toEqual(['annual.json', 'half-year.json', 'key-points.json', 'report.json']);
    for (const name of files) {
      const result = templateSchema.safeParse(load(name));
      expect(result.success, name).toBe(true);
      expect(result.data?.id).toBe(name.replace(/\.json$/u, ''));
    }
    expect(BUILTIN_TEMPLATES.map((t) => t.id).sort()).toEqual(['annual', 'half-year', 'key-points', 'report']);
  });

  it('each section title is an allowed wording of itself, and no other section accepts it', () => {
    for (const template of BUILTIN_TEMPLATES) {
      for (const section of template.sections) {
        const title = sectionTitle(section, { ...META, period: template.period });
        for (const other of template.sections) {
          expect(isAllowedWording(other, title, { ...META, period: template.period }), `${template.id}: ${other.key} / ${title}`).toBe(other === section);
        }
      }
    }
  });

  it('only key-points numbers level 3 continuously; only report has an addressee', () => {
    expect(BUILTIN_TEMPLATES.filter((t) => t.numbering.continuousLevel3).map((t) => t.id)).toEqual(['key-points']);
    expect(BUILTIN_TEMPLATES.filter((t) => t.addressee !== undefined).map((t) => t.id)).toEqual(['report']);
  });

  it('getTemplate names the available templates when the id is unknown', () => {
    expect(getTemplate('annual').id).toBe('annual');
    expect(findTemplate('nope')).toBeUndefined();
    expect(() => getTemplate('nope')).toThrow(/未知模板：nope.*half-year/u);
  });
});

describe('templateSchema rejects', () => {
  const base = () => load('half-year.json');
  const issuesOf = (data: unknown) => {
    const result = templateSchema.safeParse(data);
    expect(result.success).toBe(false);
    return result.error!.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  };

  it('a duplicate section key, naming it', () => {
    const data = base();
    const sections = data.sections as Record<string, unknown>[];
    sections[2] = { ...sections[2], key: 'done' };
    expect(issuesOf(data)).toEqual([{ path: 'sections.2.key', message: '重复的章节键 done' }]);
  });

  it('a variant that is not a valid regular expression', () => {
    const data = base();
    (data.sections as { variants: string[] }[])[1]!.variants = ['存在(的问题'];
    expect(issuesOf(data)).toEqual([{ path: 'sections.1.variants.0', message: '不是有效的正则表达式' }]);
  });

  it('an unknown property, naming it', () => {
    const issues = issuesOf({ ...base(), colour: 'red' });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('colour');
  });

  it('an unknown property inside a section', () => {
    const data = base();
    (data.sections as Record<string, unknown>[])[0]!.required = true;
    const issues = issuesOf(data);
    expect(issues[0]!.path).toBe('sections.0');
    expect(issues[0]!.message).toContain('required');
  });

  it('a section title with a typed number', () => {
    const data = base();
    (data.sections as Record<string, unknown>[])[0]!.title = '一、工作完成情况';
    expect(issuesOf(data)).toEqual([{ path: 'sections.0.title', message: '章节名称不能带序号（序号由系统生成）' }]);
  });

  it('missing or empty sections', () => {
    const { sections: _sections, ...rest } = base();
    expect(issuesOf(rest).map((i) => i.path)).toEqual(['sections']);
    expect(issuesOf({ ...base(), sections: [] }).map((i) => i.path)).toEqual(['sections']);
  });

  it('a section that does not say whether it reports the past or plans the future', () => {
    const data = base();
    delete (data.sections as Record<string, unknown>[])[1]!.tense;
    expect(issuesOf(data).map((i) => i.path)).toEqual(['sections.1.tense']);
    (data.sections as Record<string, unknown>[])[1]!.tense = 'present';
    expect(issuesOf(data).map((i) => i.path)).toEqual(['sections.1.tense']);
  });

  it('a bad section key or period', () => {
    const data = base();
    (data.sections as Record<string, unknown>[])[0]!.key = 'Done!';
    expect(issuesOf(data).map((i) => i.path)).toEqual(['sections.0.key']);
    expect(issuesOf({ ...base(), period: '下半年' }).map((i) => i.path)).toEqual(['period']);
  });
});

describe('fillPattern', () => {
  it('fills every placeholder, every time it occurs', () => {
    expect(fillPattern('{organ}{year}年工作总结和{nextYear}年工作计划', { organ: '市科技局', year: 2024 })).toBe('市科技局2024年工作总结和2025年工作计划');
    expect(fillPattern('{year}{year}{period}', { organ: '', year: 2023, period: '上半年' })).toBe('20232023上半年');
    expect(fillPattern('{period}', { organ: '', year: 2023 })).toBe('');
    expect(fillPattern('无占位符', { organ: 'x', year: 1 })).toBe('无占位符');
  });

  it('inserts an organ name literally, even with $ in it', () => {
    expect(fillPattern('{organ}报告', { organ: "A$&B$'C$$", year: 2024 })).toBe("A$&B$'C$$报告");
  });
});

describe('isAllowedWording', () => {
  const done = (id: string) => getTemplate(id).sections.find((s) => s.key === 'done')!;

  it('accepts 2024年工作开展情况 for the done section of half-year and annual', () => {
    expect(isAllowedWording(done('half-year'), '2024年工作开展情况', { ...META, period: '上半年' })).toBe(true);
    expect(isAllowedWording(done('annual'), '2024年工作开展情况', META)).toBe(true);
  });

  it('rejects 存在的问题 for the done section', () => {
    expect(isAllowedWording(done('half-year'), '存在的问题', { ...META, period: '上半年' })).toBe(false);
    expect(isAllowedWording(done('annual'), '存在的问题', META)).toBe(false);
  });

  it('matches the whole title, ignoring surrounding spaces', () => {
    expect(isAllowedWording(done('annual'), ' 2024年工作完成情况 ', META)).toBe(true);
    expect(isAllowedWording(done('annual'), '2024年工作完成情况和存在的问题', META)).toBe(false);
    expect(isAllowedWording(done('annual'), '前言2024年工作开展情况', META)).toBe(false);
  });

  it('fills the default title from the meta', () => {
    const plan = getTemplate('annual').sections.find((s) => s.key === 'plan')!;
    expect(isAllowedWording(plan, '2025年工作计划', META)).toBe(true);
    expect(isAllowedWording(plan, '下一步工作打算', META)).toBe(true);
    expect(isAllowedWording(plan, '存在的问题', META)).toBe(false);
  });
});

describe('fillPattern does not re-scan values', () => {
  it('leaves a placeholder inside the organ name as typed', () => {
    expect(fillPattern('{organ}{year}', { organ: '{year}办', year: 2024 })).toBe('{year}办2024');
  });
});
