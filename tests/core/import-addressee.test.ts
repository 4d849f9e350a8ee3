import { describe, expect, it } from 'vitest';
import { recognise } from '../../core/import/recognise.ts';
import { textToParagraphs } from '../../core/import/text-source.ts';

/** The 主送机关 where real texts put it (issue 19): not always on the line right after the title. */
const addresseeOf = (text: string) => recognise(textToParagraphs(text)).addressee;

describe('the addressee', () => {
  it('follows a subtitle and the speaker between it and the title', () => {
    const title = '关于某区2023年上半年国民经济和社会发展计划执行情况的报告';
    for (const between of [['——2023年8月31日在区人大常委会第十五次会议上', '区人民政府副区长 张三'], ['区发展和改革局局长 李四'], []]) {
      for (const addressee of ['尊敬的赵主任、各位副主任、各位委员：', '各位代表：', '市人民政府：'])
        expect(addresseeOf([title, ...between, addressee, '受区人民政府委托，现将有关情况报告如下，请予审议。', '一、执行情况'].join('\n'))).toBe(addressee);
    }
  });

  it('opens a text without a title when it names whom the text is for', () => {
    expect(addresseeOf('各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、工作回顾')).toBe('各位代表：');
    expect(addresseeOf('温馨提示：\n1. 文件下载后无此问题。\n一、工作回顾')).toBeNull();
  });

  it('is cut off the first sentence of a glued text after the title', () => {
    expect(addresseeOf('某县农业农村局关于报送2023年工作总结的报告市人民政府：现将我局2023年工作总结报告如下。一、主要工作')).toBe('市人民政府：');
    expect(addresseeOf('某局2023年工作要点各科室、各直属单位：现将工作要点印发给你们。一、总体要求')).toBe('各科室、各直属单位：');
    expect(addresseeOf('某局2023年工作总结时间：2023年7月5日。一、总体情况')).toBeNull();
  });

  it('is not a line after the body has begun', () => {
    expect(addresseeOf('某局2023年工作总结\n今年以来，我局狠抓落实，成效明显。\n市政府办公室：\n一、主要工作')).toBeNull();
  });
});
