import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPlaceholders, findPlaceholders, protectedRanges } from '../../core/placeholder.ts';

/** The placeholders of a text, as written. */
const found = (text: string) => findPlaceholders(text).map((p) => p.text);

describe('findPlaceholders: bracket holes and blanks', () => {
  it('empty and filler brackets are holes, the whole bracket is the span', () => {
    const text = '全年投入【】万元，增长【\u3000】%，达到【\u3000\u3000】家，排名【……】，【xx】项，【___】个';
    expect(found(text)).toEqual(['【】', '【\u3000】', '【\u3000\u3000】', '【……】', '【xx】', '【___】']);
    for (const p of findPlaceholders(text)) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('fill-in notes are holes', () => {
    expect(found('完成投资【待填】亿元，其中【待补充：省级资金】，【请填写金额】，【此处填写单位名称】')).toEqual(['【待填】', '【待补充：省级资金】', '【请填写金额】', '【此处填写单位名称】']);
  });

  it('a hole typed into beside its filler is still a hole', () => {
    expect(found('增长【\u30004】%，【4\u3000】家，【___12】项，【 典型案例 】，【未完…】')).toEqual(['【\u30004】', '【4\u3000】', '【___12】']);
  });

  it('a bracket with words in it is a label, not a hole', () => {
    expect(found('【典型案例】宣城市【重要】【2023年】')).toEqual([]);
  });

  it('three or more underscores are a blank; fewer are not', () => {
    expect(found('____年__月，＿＿＿单位，snake_case，a__b')).toEqual(['____', '＿＿＿']);
  });
});

describe('findPlaceholders: stray brackets', () => {
  it('a 【 or 】 that pairs with nothing is a placeholder of its own, one character long', () => {
    // 4】: a hole whose opening bracket was deleted; 【 10: one whose closing bracket was.
    const text = '增长4】%，投入【\u300010万元，【\u3000】家';
    expect(findPlaceholders(text).map((p) => [p.kind, p.text, p.start])).toEqual([
      ['stray-bracket', '】', 3],
      ['stray-bracket', '【', 8],
      ['bracket', '【\u3000】', 15],
    ]);
    expect(countPlaceholders('【典型案例】')).toBe(0);
    expect(countPlaceholders('【典型案例')).toBe(1);
    // A line break ends an open bracket.
    expect(found('【甲\n乙】')).toEqual(['【', '】']);
  });

  /** Brackets left after taking away matched pairs innermost first, found without the code under test. */
  function strayByErasure(text: string): number[] {
    let rest = text;
    for (;;) {
      const next = rest.replace(/【([^【】\n]*)】/u, (_, inner: string) => `·${inner}·`);
      if (next === rest) break;
      rest = next;
    }
    return [...rest].flatMap((ch, i) => (ch === '【' || ch === '】' ? [i] : []));
  }

  it('for any text, every 【 and 】 is in a matched pair or reported, and spans never overlap', () => {
    const piece = fc.constantFrom('【', '】', '【\u3000】', '【典型案例】', '\u3000', '4', '10', 'xx', '___', '万元', '\n', '。');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((parts) => parts.join('')), (text) => {
        const spans = findPlaceholders(text);
        expect(spans.filter((p) => p.kind === 'stray-bracket').map((p) => p.start)).toEqual(strayByErasure(text));
        for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
        for (const p of spans) expect(text.slice(p.start, p.end)).toBe(p.text);
      }),
    );
  });
});

describe('findPlaceholders: masked figures', () => {
  it('the forms of seed 001, the span without the unit', () => {
    const text = '共xx多项，资金x.xx亿元，支出xx.x亿元，增长xx%，强度x.x个百分点，xxx万元，xxxx年x月底，位列第x位，增长X%';
    const spans = findPlaceholders(text);
    expect(spans.map((p) => p.text)).toEqual(['xx', 'x.xx', 'xx.x', 'xx', 'x.x', 'xxx', 'xxxx', 'x', 'x', 'X']);
    for (const p of spans) expect(text.slice(p.start, p.end)).toBe(p.text);
    const first = spans[0]!;
    expect([first.start, first.end]).toEqual([1, 3]);
  });

  it('other masks: ×, full-width ｘ, a half-masked year, a thousands comma', () => {
    expect(found('××市科技局，ＸＸ县，ｘｘ家，20xx年，投资x,xxx万元')).toEqual(['××', 'ＸＸ', 'ｘｘ', '20xx', 'x,xxx']);
  });

  it('a range is two figures; a masked name is one', () => {
    expect(found('(xxxx-xxxx)的增长量，xx-xx个，平台x-x个')).toEqual(['xxxx', 'xxxx', 'xx', 'xx', 'x', 'x']);
    expect(found('已在x、x、x州、x等地启动运营x个飞地')).toEqual(['x', 'x', 'x', 'x', 'x']);
  });

  it('never inside a Latin word, a hyphenated word or a product name', () => {
    expect(found('box Excel Xbox XML TEXT Windows XP 用Excel表格 X-ray Tri-X')).toEqual([]);
    expect(found('R&D经费，ISO 9001认证，TEAM WORK众创空间，G60科创走廊')).toEqual([]);
  });

  it('never a multiplication or a name followed by digits', () => {
    expect(found('3×4，3 × 4，1920×1080，3x3，x86架构，X1车型')).toEqual([]);
  });

  it('never X-rays, never the X of 1+X', () => {
    expect(found('X光机，X射线探伤，X线检查')).toEqual([]);
    // Seed 003: 围绕“1+X”产业.
    expect(found('围绕“1+X”产业,聚焦科技创新，推行1＋X证书制度')).toEqual([]);
    expect(found('X台设备')).toEqual(['X']);
  });

  it('a single X is a hole only where a figure or a masked name stands, never the letter of a model or product name', () => {
    expect(found('采购X型设备，iPhone X 终端，编号A-X-1，X款车型，X系列产品，Windows X')).toEqual([]);
    expect(found('投入x万元，增长x%，x月x日，第x位，平台x-x个，x州，X台设备')).toEqual(['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'X']);
  });

  it('for any name or model around a single X, the X is not a hole; before any unit it is', () => {
    // A word with a letter other than x: Xx or xxx alone is itself a masked figure (xx万元), not a name.
    const latinWord = fc.stringMatching(/^[A-Za-z]{0,4}[A-WYZa-wyz][A-Za-z]{0,3}$/u);
    // Codes without a mask letter of their own: X-X is a masked range (x-x个).
    const code = fc.stringMatching(/^[A-WYZ0-9]{1,3}$/u);
    const cjk = fc.constantFrom('采购', '推广', '，', '。', '引进', '');
    const mask = fc.constantFrom('X', 'x', 'Ｘ', 'ｘ');
    const model = fc.oneof(
      fc.tuple(latinWord, mask).map(([w, x]) => `${w} ${x}`),
      fc.tuple(mask, fc.constantFrom('型', '款', '系列', '代')).map(([x, m]) => `${x}${m}`),
      fc.tuple(code, mask, code).map(([a, x, b]) => `${a}-${x}-${b}`),
    );
    fc.assert(fc.property(cjk, model, cjk, (a, name, b) => {
        expect(found(a + name + b)).toEqual([]);
      }),
    );
    const unit = fc.constantFrom('万元', '%', '年', '月', '日', '个', '家', '项');
    fc.assert(fc.property(cjk, mask, unit, (a, x, u) => {
        expect(found(`${a}${x}${u}`)).toEqual([x]);
      }),
    );
  });

  it('never inside a URL or an e-mail address', () => {
    const text = '详见http://a.b/c?x=1，或 https://xx.example.com/x.html 与 www.x.gov.cn，邮箱 xx@example.com，共xx项';
    expect(found(text)).toEqual(['xx']);
    expect(protectedRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['http://a.b/c?x=1', 'https://xx.example.com/x.html', 'www.x.gov.cn', 'xx@example.com']);
  });

  it('a text without placeholders, and the empty text', () => {
    expect(findPlaceholders('1-5月，全市对接产学研用合作项目248项，同比增长42.5%。')).toEqual([]);
    expect(findPlaceholders('')).toEqual([]);
    expect(countPlaceholders('xx家，【】')).toBe(2);
  });
});

/**
 * Seed 001 (市科技局关于报送工作总结及工作计划的报告), lines 10–62 of the file as scraped (the
 * page furniture before and after dropped, and the title repeated at line 20), each with the
 * number of masked figures counted by hand, reading the line clause by clause: a run of x is one
 * figure (x.xx, xx.x are one), a range xxxx-xxxx is two, masked place names (x区, x市, x州, 贺兰x麓)
 * count like figures. 206 in all.
 */
const SEED_001: [line: number, text: string, count: number][] = [
  [10, "市政府办公厅:", 0],
  [12, "xxxx年,市科技局围绕市委、政府中心工作,谋划在前提前布局,念好“谋”“争”“借”“转”“创”“引”六字诀,围绕提升产业支撑能力、争项目争资金、汇聚科技资源、促进科技金融融合、提升科技服务、完善知识产权运营保护方面精准发力,全面激发全社会科技创新热情,推动产业结构调整和转型升级,科技创新工作取得了一定成效。", 1],
  [14, "一、xxxx年重点工作完成情况", 1],
  [16, "聚焦产业提升创新能力。组织实施区、市重大、重点、重点园区等项目共xx多项,完成全年实施xx个重点重大项目的指标任务。截止目前已争取上级科技专项资金x.xx亿元,实际到位资金x.xx亿元。xxxx年,全市R&D经费支出xx.x亿元,环比增长xx%,全社会R&D强度达到x.xx%,较上年度提高x.x个百分点,相当于过去四年(xxxx-xxxx)的增长量。全市预计新增xx家高新技术企业、x区科技型中小企业xxx家,已认定国家级科技型中小企业xxx家、x区科技小巨人企业x家,已申报x区农业高新技术企业xx个,待年底通过认定后全市科技型企业将突破xxx个。知识产权创造保护运用进一步完善,截至xxxx年x月底,我市有效发明专利为xxxx件,万人有效发明专利拥有量达x.xx件,完成x件的目标任务。", 25],
  [18, "强化联动汇聚创新资源。通过新模式打造新型科技研发机构,在x产业技术研究院架构下组建了中国葡萄酒产业技术研究院等x个分院(中心)。已在x、x、x州、x等地启动运营x个飞地科研成果育成平台和x家离岸孵化器,初步搭建起了发达地区与x科技成果落地的“空中走廊”。挂牌成立电子科技大学x技术转移中心,促进电子科技大学的科技成果在xx转化。成立xx石墨烯新材料应用技术研究院,以x航空材料研究院技术团队为支撑,在我市开展高水平的科技研发成果转化活动。区、市共建xx技术交易市场正式投入运营。已完成“新增xx家创新基地和成果转化机构”的目标。", 15],
  [22, "二、xxxx年创新工作和亮点工作总结", 1],
  [24, "(一)谋字当先,抓项目助产业做到未雨绸缪。", 0],
  [26, "为抢抓x区加大科技创新投入的契机,市科技局提前谋划大项目好项目,现已基本形成了以实施科技创新大项目好项目汇聚科技创新资源、汇聚高端人才、汇聚科技金融资本、推动产业升级的工作格局。一是以项目为抓手引领产业发展。年初开始就主动对接园区和企业,开展科技创新项目申报入库工作,在初步审核的基础上,选择一批基础好、创新性强的项目进一步指导和完善,列入重点、重大项目库,今年共向x区科技厅推荐各类项目xxx余个,其中获得重点和重大专项支持的有xx余项,支持资金x.xx亿元,占全区重点重大专项资金的xx.x%。二是以企业为主体增强产业动能。印发《x市科技型小微企业管理办法(试行)》《x市科技小巨人企业管理办法(试行)》,建立高新技术企业培育库,通过项目调研指导、政策宣传、申报培训等途径积极培育科技型企业,目前入库工业企业xx家、农业企业xx家,xxxx年新认定国家级科技型中小企业xxx家和x区科技小巨人企业x家,xx家拟认定高新技术企业还在公示中,xxx家x区科技型中小企业还在评审中,待年底通过认定后全市科技型企业累计将突破xxx个。三是打造多层次“双创”载体。积极引导众创空间孵化体系健康发展,推荐全市制度健全、运行良好、孵化成果突出的众创空间申报国家级、x区级备案。目前,x市拥有市级众创空间x家,x区级众创空间xx家,国家级众创空间x家,国家级星创天地x家。四是完善农业科技服务体系。现已围绕葡萄酒、食用菌、山药、肉牛养殖等领域组建x市产业技术创新联盟x个,获批建设贺兰x麓葡萄酒和鲜花港智慧花卉x个x区农业科技示范展示区,组建xx花卉、食用菌工程中心x个。", 32],
  [28, "(二)不等不靠,争项目争资金争试点做到全力以赴。", 0],
  [30, "今年,市委、政府给市科技局下达的“四争”工作任务为x亿元,比xxxx年xxxx万元的任务增长了x倍多。面对压力,市科技局不等不靠,跑厅进委,分工负责,紧抓“争”字不松劲,全力以赴争项目争资金。截止目前,共争取各类项目资金x.xx亿元(不含宁东、在xx高校、区属科研院所及企业),到位资金x.xx亿元,已超额xx.x%完成xxxx年任务,从xxxx年以来争项目争资金已连续两年实现翻倍增长。此外,国家知识产权示范城市争取工作已经完成资料申报、x区考核上报以及向国家知识产权局汇报等工作,预计xx月底前结果公布。", 12],
  [32, "(三)借船出海,汇优势集资源做到多能互补。", 0],
  [34, "面对我市科技创新资源不足的困境,市科技局突破体制机制,充分借助外力,积极引进外地科技创新资源和人才团队,服务我市产业升级和成果落地转化,实现换道超车。一是组建成立x产业技术研究院集聚创新资源。x产业技术研究院启步运营,各项工作和思路已明晰。现已组建了x交通大学(x)材料产业研究院等x个分院(中心)。葡萄酒产业院重点项目已开工建设,与中国电科集团电子科学研究院共同争取的中央军委科技委“无人投送运输项目”初步确定落地x,“xx特区试验场项目”正在积极运作。“x市材料产业综合创新平台”获得中央引导地方专项资金支持xxxx万元,现已到位资金xxxx万元。二是抓实东西部合作项目吸收创新动能。借助东西部科技合作平台,主动开展科技招商,帮助企业对接东部发达地区科技资源,xxxx年东西部合作推进会上签订各类合作研究项目xx个,共建创新平台xx个,逐步形成东西部企业单位联合攻关和东部科技成果向x转移转化的联动机制。三是建设离岸孵化平台嫁接科技优势。与中科院x州纳米所、x交大材料学院、x电子科大材料学院正式签订协议共建x个飞地科研成果育成平台,还与xx有限公司、xx有限公司达成合作意向拟在x建立x家离岸孵化器;与x交通大学、x科技大学就组建飞地科研成果育成平台相关事宜正在洽谈当中,通过飞地科研成果育成平台和离岸孵化器这一通道,已对接x个项目准备落户x都市圈,架起企业孵化和成果转化的“空中走廊”。", 26],
  [36, "(四)创新模式,科技金融融合做到多点开花。", 0],
  [38, "我市自获得科技与金融结合试点城市以来,不断创新科技金融产品、搭建科技创新平台、优化科技金融发展模式,科技金融融合成效明显,在欠发达地区以产业助推科技金融结合方面作出表率。此项工作受到科技部肯定,并在国家科技部举办的xxxx年科技金融创新发展培训班上作经验交流和推广。一是推进“x市科技研究与发展基金”项目。“科技研究与发展基金”通过“政府+xx行”、“政府+xx行+保险机构”和“政府+xx行+担保机构”三种方式运营,创新性地融入组合打包的反担保模式,开辟科技型企业依托知识产权质押融资新渠道,缓解科技型中小微企业融资难、融资贵问题,累计发放贷款xxx万元,为贷款企业发放利息、担保费补贴x.x万元。二是“x科技板”首个融资项目落地开花。专为科技型中小企业量身打造西北地区首创的区域性股权交易板块“x科技板”,帮助科技型企业直接进入资本市场,畅通融资渠道,目前挂牌企业已经达到xx家,首个项目完成股权质押融资xxx万元,标志着x市科技与金融结合工作迈上一个新的台阶。也为今后更好的解决科技型企业融资难、融资贵问题提供了很好的样板。三是积极参与xx科技创新与高层次创新创业人才担保基金。联合xxx开发区管委会、x市中小企业信用担保中心共同发起组建xx科技创新与高层次创新创业人才担保基金子基金,用于向科技型企业成果转化项目提供贷款支持。基金总规模xxxx万元,其中x区科技厅配套资金xxxx万元。四是丰富“互联网+科技金融”服务模式。开展“互助基金”、“助保贷”、“保证保险”、“财保贷”、“转贷资金”等业务,互助基金已累计为企业发放委托贷款x.x亿元,累计完成转贷资金xx笔,转贷x.x亿元,帮助企业还款x.x亿元,降低转贷成本xxx万元,促使中小企业融资途径逐步拓宽。", 24],
  [40, "(五)转变思路,科技创新服务做到关口前移。", 0],
  [42, "市科技局注重在“转”字上下功夫,通过做好政策服务、平台服务、面对面服务,进一步转变作风,理顺“服”和“管”、“亲”和“清”的关系,为做好科技工作提供保障。一是搭建x市科技创新公共服务平台。强化科技创新公共服务,搭建线下科技创新公共服务平台,配套上线“x市科技创新公共服务平台”(xx科创),开展线上线下科技创新综合服务,为企业提供多层次、宽领域的科技服务。成立智能制造创新设计服务中心,为企业提供智能制造仿真设计服务,着力降低企业研发成本和风险。二是深化科技项目管理改革。进一步优化科技创新项目网上申报流程,实现科技创新项目网上评审全覆盖。着力推进网上审批和不见面审批,真正实现“不开一扇门,照样办成一揽子事”。以项目申报主体为中心,遵循研发活动规律,推行科技计划项目常年常态化申报、按批次评审,简化项目财政资金拨付手续,实现“随报随审、随审随批、随批随拨”,方便项目主体随时开展研发活动。三是创新建立“x市科技创新指导员”工作机制。启动“x市科技创新指导员”工作,把全市近两年有研发活动的xxx家规模以上工业企业与区市科技管理部门遴选出的科技创新指导员结成“对子”,开展宣传政策、谋划项目、对接资源、指导企业做好研发辅助账,打通服务企业科技创新“最后一公里”,切实将创新驱动战略各项任务落到实处。四是以研发费用后补助激发创新活力。根据x区《xxxxx区企业研究开发费用财政后补助办法》要求,积极落实企业研究开发费用财政后补助政策,xxxx年全市研发投入x%以上的规上企业研发经费增加约x.x亿元,将能享受到x区企业科技创新后补助资金及奖励xxxx万元。五是依托科技特派员实现科技扶贫“全覆盖”。充分发挥科技特派员充分发挥科技特派员带动脱贫富民作用,遴选xx名优秀科技特派员为x市科技扶贫特派员覆盖到全市xx个贫困村,实施科技特派员脱贫富民项目xx个,落实区、市财政科技资金xxx万元,带动项目总投资xxxx万元,受益农户xxxx户xxxxx人。", 21],
  [44, "(六)强化管理,专利运营保护做到示范引领。", 0],
  [46, "我市强化知识产权创造、运用和保护的顶层设计,充分发挥企业主体作用,在创造质量、保护效果、运用效益和管理水平等方面成效显著,对全区知识产权工作发挥了示范引领、辐射带动作用。一是积极开展专利帮扶。引入代理机构对企业进行专利服务,征集xxxx年企业专利导航项目xx项,引导企业开展专利技术实施、转化项目。xx有限责任公司“一种旋流干煤粉气化炉”获得了中国专利金奖,填补了近十年的空白。xx沃尔金发科技产业发展有限公司《餐厨废弃物无害化处理和资源化利用成套技术项目》等x项科技成果获得“中国好技术”。二是提升知识产权管理能力。积极推进知识产权运营体系建设、知识产权示范城市申报工作。xxx开发区获批“国家知识产权试点园区”。xx有限公司通过知识产权贯标认证,实现“零突破”。x市连续三年荣获“国家知识产权试点城市先进集体”。三是加大专利行政执法力度。截止目前今年共检查专利产品xxx余件,发现问题专利商品xx件,xxxx年x市专利执法绩效考核在西北五省位列第x名,在xxx个参与考核的全国副省级和地级市中位列第xx名,受到国家知识产权局的充分肯定和表扬。", 15],
  [48, "三、存在的问题", 0],
  [50, "科技创新投入强度不足,特别是政府投入相对较少。县(市)区对科技创新认识不足、重视不够、举措不多的问题突出。企业缺乏创新活力,创新型企业和科技型企业数量偏少,企业产品多以初级产品为主,附加值低、科技含量不高。科技人才少,高层次创新人才短缺。科技创新体系还不完善。科技与经济结合不够紧密,企业融资难、融资贵“梗阻”依然存在。", 0],
  [52, "四、xxxx年工作打算", 1],
  [54, "(一)聚焦创新主体,推进经济高质量发展。以实施创新驱动战略为引领,充分发挥x产业技术研究院等平台优势和科技资源,提升我市高校院所和企业创新能力,培育壮大创新企业群和科技型企业,强化“政产学研”四轮驱动,推进全市经济高质量发展。落实“全区各级财政R&D经费投入年增长速度xx%以上”要求,建立稳定支持创新的财政投入增长机制,优化科技支出结构,围绕“十大产业”组织实施一批大项目好项目,确保财政资金投入R&D精准,撬动带动企业加大研发投入精准,提升全社会R&D投入水平和增量。全年组织实施重点和重大科技创新项目xx个以上,重点支持xxx开发区、xxx产业园、x中关村创新创业科技园、军民融合产业园,丝路经济园和x产业技术研究院等园区、研究院申报实施国家、x区和市级科技创新项目。力争xxxx年全市R&D强度达到x.xx%,万人有效发明专利拥有量保x争x件,国家高新技术企业达到xxx家以上。", 13],
  [56, "(二)提升创新能力,推动创新体系建设。加快推进葡萄酒产业技术研究院和x交通大学(x)材料产业研究院等分院(中心)建设运营,强化创新团队、运营模式、项目实施的有机结合和高效运作,推进更多重大科技成果在x转化落地。力争xxxx年产研院确定的重点或重大专项不少于x个,转移转化科技成果不少于xx项,在孵企业、创客和创新团队不少于xx个。积极对接中科院系统科技资源,引导科技成果转移转化落地x,将中科院x中心打造成集科技成果孵化及转移转化、科技金融和科技创新服务为一体的高水平科技服务机构。充分发挥科技支宁合作机制,鼓励大院大所与本市企业合作建立企业化运行的应用型科研机构,吸引社会资本参与建设和运行研发机构,促进新型研发机构高质量发展。推动大数据、互(物)联网、新材料、葡萄酒、环保健康等领域的创新中心、重点实验室等创新体系建设。", 9],
  [58, "(三)拓展创新平台,形成“本地孵化+离岸孵化+飞地育成”双创的三通道格局。支持各类主体建设众创空间、科技企业孵化器、星创天地等各类创新创业孵化平台,增强服务科技型小微企业、创业团队的能力与水平,加快形成“苗圃+孵化器+加速器”的本地孵化服务链条。完善“飞地育成+离岸孵化”在全国发达省市网络布局,加强项目、平台、人才、资金对接,力争xxxx年再组建飞地科研成果育成平台和x离岸孵化器xx-xx个,落地转化项目xxx个以上。在美国旧金山(硅谷)、以色列特拉维夫(创新之都)等地开启境外“离岸孵化+飞地育成”平台x-x个。", 7],
  [60, "(五)补齐创新链条,打造科技金融结合升级版。探索建设市场化运作、专业化服务的科技金融服务中心和科技投融资平台,继续丰富“互联网+科技金融”服务模式,搭建创新与创业相结合、线上与线下相结合、孵化与投资相结合的创新型投贷一体的孵化平台。加快推进x科技孵化天使投资基金、xx科技创新与高层次创新创业人才担保基金运营。打通科技型企业依托知识产权质押融资渠道,鼓励和引导国内外知名天使投资机构和创业投资机构、在xx科研机构设立针对科技成果转化和产业化前孵化阶段的天使投资基金和创业投资基金,投资我市具有领先优势和产业化发展潜力的项目,促使中小企业融资途径逐步拓宽,进一步缓解融资难题。", 3],
  [62, "(六)释放创新活力,深化科技放管服改革。围绕简政放权和机构改革,深化科技领域“放管服”改革,加快科技部门职能由研发管理向创新服务转变,项目申报等审核审批做到“企业最多跑一次”,释放创新创业活力。构建以市场为导向的科技成果转移转化机制,加强创新成果交易市场体系、专业化市场化技术转移机构和人才队伍建设建设,打通创新与产业化应用的通道。", 0],];

describe('findPlaceholders: seed 001', () => {
  it('every line has the number of placeholders counted by hand', () => {
    for (const [line, text, count] of SEED_001) expect({ line, count: countPlaceholders(text) }).toEqual({ line, count });
  });

  it('206 placeholders in all', () => {
    expect(SEED_001.reduce((sum, [, , count]) => sum + count, 0)).toBe(206);
    expect(SEED_001.reduce((sum, [, text]) => sum + countPlaceholders(text), 0)).toBe(206);
  });

  it('line 16, figure by figure', () => {
    const text = SEED_001.find(([line]) => line === 16)![1];
    expect(found(text)).toEqual([
      'xx', 'xx', 'x.xx', 'x.xx', 'xxxx', 'xx.x', 'xx', 'x.xx', 'x.x', 'xxxx', 'xxxx', 'xx', 'x', 'xxx', 'xxx',
      'x', 'x', 'x', 'xx', 'xxx', 'xxxx', 'x', 'xxxx', 'x.xx', 'x',
    ]);
  });
});
