/** What `gongwen --help` prints (and `gongwen` alone, on stderr). */
export const HELP = `gongwen — 公文写作台 command line

用法 / usage:
  gongwen templates [--json]
      列出模板 / list the templates (id and name)
  gongwen new --template ID --organ 机关 --year 2023 [--period 上半年|全年|年度] [--date 2023年7月10日] -o FILE.gwdoc [--force]
      按模板新建文档 / create a document from a template (refuses to overwrite without --force)
  gongwen import FILE.docx|FILE.txt [--json] [-o FILE.gwdoc [--force]] [--template ID] [--punctuation]
      导入并识别大纲 / import and recognise the outline; --json prints the recognised outline,
      -o writes a .gwdoc; exit 0 done, 1 not written, 2 a file that cannot be imported;
      .gwdoc 文件按公文文档读取并校验 / a .gwdoc (known by its content) is loaded and validated, not imported as text
  gongwen check FILE.gwdoc|FILE.docx|FILE.txt [--json]
      提交前检查 / pre-submission check (structure, numbering, placeholders, punctuation, dates, years);
      exit 0 nothing blocking, 1 blocking findings, 2 unreadable or invalid file
  gongwen export FILE.gwdoc|FILE.docx|FILE.txt -o FILE.docx|FILE.pdf [--force] [--seal] [--fonts gb2312|windows|founder] [--punctuation]
      导出符合 GB/T 9704-2012 的 Word 文档 / export a .docx laid out by GB/T 9704-2012 (--seal: 加盖印章的署名格式);
      -o FILE.pdf: 将导出的 .docx 用 LibreOffice（soffice --headless --convert-to pdf，$SOFFICE 或 PATH 中的 soffice）转换为 PDF，
      未安装时说明需安装什么 / converts the exported .docx with LibreOffice ($SOFFICE or soffice on PATH); says what to install when absent;
      --fonts 字体套装 / font set (default: the template's, else gb2312): gb2312 仿宋_GB2312、楷体_GB2312、方正小标宋简体;
      windows Windows 自带的仿宋、楷体、黑体、宋体; founder 方正仿宋_GBK 等方正字体
      a .docx or .txt is imported first (一键排版 / one-step reformatting), its headings kept as written
      (a missing required section is reported, not added);
      检查发现必须修改的问题（含待填内容）时列出并不导出，--force 仍然导出 / while check finds anything blocking
      (placeholders included) it is listed on stderr and nothing is written; --force writes anyway, still listing it;
      --punctuation (import and export): 中文之间的半角 , : ; ( ) ? 改为全角 / half-width marks in Chinese text made full-width
      exit 0 written, 1 not written (blocking findings, or the write failed; the old file is kept), 2 bad usage or an unreadable or invalid file
  gongwen rollforward LAST.gwdoc|LAST.docx|LAST.txt -o NEW.gwdoc [--force] [--year 2024] [--period 上半年|全年] [--template ID]
          [--plan-from-last] [--placeholder 【\u3000】|x]
      由上期报告新建 / this period's report from last period's: years in the title and section titles moved on,
      last period's plan headings become this period's 工作完成情况 with the old text as 参考 notes (never exported),
      figures in carried text made placeholders; default target: 上半年 → 全年 of the same year, 全年 → 上半年 of
      the next, 工作要点/报告 → the next year (templates/rollforward.json); --plan-from-last starts the new plan from
      last period's plan headings; exit 0 written, 1 not written, 2 bad usage or an unreadable or invalid file
  gongwen --help
`;
