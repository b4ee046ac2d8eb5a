import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';

const OPENING =
  '根据省委统一部署,2018年3月12日至5月14日,省委第二巡视组对东莞市进行了巡视。2018年7月31日,省委巡视组向东莞市委反馈了巡视意见。';

describe('the issuer under every form the report uses (Dongguan)', () => {
  const text = `${OPENING}市委书记梁维东同志带头,市委、市政府领导班子成员积极开展督导。⏎中共东莞市委`;
  const es = entitiesOf(text);
  it('names 市委 and 东莞市委 as 中共东莞市委, written out in the signature, and the committee of the post 市委书记', () => {
    const e = entity(es, 'organization', '中共东莞市委')!;
    expect(e.aliases).toEqual(['东莞市委', '市委']);
    expect(spans(e).map(([s, , t]) => [s, t])).toEqual([
      [60, '东莞市委'],
      [72, '市委'],
      [84, '市委'],
      [104, '中共东莞市委'],
    ]);
  });
  it('derives the province from the gazetteer: 省委 is 中共广东省委', () => {
    expect(spans(entity(es, 'organization', '中共广东省委'))).toEqual([[2, 4, '省委']]);
  });
  it('takes 省委巡视组 for the only team named, 省委第二巡视组', () => {
    const team = entity(es, 'organization', '广东省委第二巡视组')!;
    expect(team.aliases).toEqual(['省委巡视组', '省委第二巡视组']);
  });
  it('names 市政府 as 东莞市人民政府 and reads no place inside an organization', () => {
    expect(entity(es, 'organization', '东莞市人民政府')?.aliases).toEqual(['市政府']);
    expect(spans(entity(es, 'place', '东莞市'))).toEqual([[34, 37, '东莞市']]);
  });
});

describe('bodies of the city (Dongguan sentences)', () => {
  it('reads level-written departments and the bare 交警支队 as the same body as 市交警支队', () => {
    const text = `${OPENING}组建162人的交警支队直属铁骑队,调整为由市交警支队组建两个临时巡逻中队。交警支队专项排查。市国土资源局专项排查。市信访局收到省委巡视组移交信访举报事项437宗。`;
    const es = entitiesOf(text);
    expect(entity(es, 'organization', '东莞市交警支队')?.aliases).toEqual(['交警支队', '市交警支队']);
    // 交警支队|直属|铁骑队: the unit formed is the corps' division, named with it.
    expect(entity(es, 'organization', '东莞市交警支队直属铁骑队')?.aliases).toEqual(['交警支队直属铁骑队']);
    expect(entity(es, 'organization', '东莞市国土资源局')?.aliases).toEqual(['市国土资源局']);
    expect(entity(es, 'organization', '东莞市信访局')?.aliases).toEqual(['市信访局']);
  });
  it('merges 市纪委 with 市纪委监委 and keeps 市委组织部 and 省委宣传部讲师团 whole', () => {
    const text = `${OPENING}市纪委监委收到省委巡视组移交信访举报件886件。组织镇(街道)党委书记向市纪委全会述责述廉。市委组织部收到信访举报件7宗。邀请省委宣传部讲师团成员作专题辅导报告。`;
    const es = entitiesOf(text);
    expect(entity(es, 'organization', '东莞市纪委监委')?.aliases).toEqual(['市纪委', '市纪委监委']);
    expect(entity(es, 'organization', '东莞市委组织部')?.aliases).toEqual(['市委组织部']);
    expect(entity(es, 'organization', '广东省委宣传部讲师团')?.aliases).toEqual(['省委宣传部讲师团']);
    expect(namesOf(es, 'organization')).not.toContain('广东省委宣传部');
  });
  it('reads companies, stopping at the verb before the name and at the 党委 after it', () => {
    const es = entitiesOf('借鉴推广广东唯美陶瓷有限公司党委主题党日活动经验。强化水乡投资控股公司平台功能。');
    expect(namesOf(es, 'organization')).toEqual(['广东唯美陶瓷有限公司', '水乡投资控股公司']);
  });
  it('takes 中央 for 党中央', () => {
    const e = entity(entitiesOf('向党中央、省委交出一份合格的答卷。坚持把省委巡视整改与中央巡视整改相统筹'), 'organization', '党中央')!;
    expect(spans(e)).toEqual([
      [1, 4, '党中央'],
      [27, 29, '中央'],
    ]);
  });
  it('takes no 中央 of the state’s money and offices for 党中央 (gwr: 中央和地方, 中央预算, 中央各部门)', () => {
    const es = entitiesOf('合理划分中央和地方财政事权，中央预算内投资增加到5000亿元，中央各部门带头过紧日子。');
    expect(namesOf(es, 'organization')).not.toContain('党中央');
  });
  it('does not read generic plurals as bodies', () => {
    const text = '要求全市各级党委(党组)主要负责同志,督促市相关职能部门、市直单位、各园区和有关部门立行立改';
    expect(namesOf(entitiesOf(text), 'organization')).toEqual([]);
  });
});

describe('bodies in other places’ reports', () => {
  it('resolves a county’s short forms (新昌县)', () => {
    const text = '根据省委统一部署,省委第九巡视组对新昌县进行了巡视。县委成立整改工作领导小组,县纪委监委、县委组织部积极履行整改监督责任。';
    const es = entitiesOf(text);
    expect(entity(es, 'organization', '中共新昌县委')?.aliases).toEqual(['县委']);
    expect(entity(es, 'organization', '新昌县纪委监委')?.aliases).toEqual(['县纪委监委']);
    expect(entity(es, 'organization', '新昌县委组织部')?.aliases).toEqual(['县委组织部']);
    expect(entity(es, 'organization', '中共浙江省委')?.aliases).toEqual(['省委']);
  });
  it('reads a county procuratorate’s courts and procuratorates by their level (县检察院, 市检察院, 县法院), each one body', () => {
    const text = '宁海县人民检察院工作报告\n县检察院在市委、市检察院和县委的领导下开展工作。县法院、县公安局给予支持。';
    const es = entitiesOf(text);
    expect(entity(es, 'organization', '宁海县人民检察院')?.aliases).toEqual(['县检察院']);
    expect(entity(es, 'organization', '宁波市人民检察院')?.aliases).toEqual(['市检察院']);
    expect(entity(es, 'organization', '宁海县人民法院')?.aliases).toEqual(['县法院']);
    expect(entity(es, 'organization', '中共宁波市委')?.aliases).toEqual(['市委']);
    // A preposition ends one body's name before the next begins: no 县检察院在市委.
    expect(namesOf(es, 'organization').filter((n) => n.includes('在'))).toEqual([]);
  });
  it('reads 政协X县…委员会 as the county’s CPPCC and 民盟X县委会 as the league’s committee, not the party committee', () => {
    const text =
      '政协永嘉县第十一届委员会常务委员会工作报告\n县委书记陈建平出席。民盟永嘉县委会提出的提案被列为重点提案。县政协主席林美华带队调研。';
    const es = entitiesOf(text);
    expect(entity(es, 'organization', '永嘉县政协')?.aliases).toEqual(['县政协']);
    // orgs17: the CPPCC's standing committee (…委员会|常务委员会) is a body of its own, as the held-out quanzhou spec reads it.
    expect(entity(es, 'organization', '政协永嘉县委员会常务委员会')?.aliases).toEqual(['政协永嘉县第十一届委员会常务委员会']);
    expect(entity(es, 'organization', '民盟永嘉县委会')).toBeDefined();
    expect(entity(es, 'organization', '中共永嘉县委')?.aliases).toEqual(['县委']);
  });
  it('reads a government’s offices by their short names after a level (市外办 and 市外事办 one body, 县扶贫办, 区台办)', () => {
    const es = entitiesOf('配合外交部、省外办做好接待工作。市外办、县扶贫办、区台办联合开展活动，市外事办牵头。');
    expect(namesOf(es, 'organization')).toEqual(expect.arrayContaining(['省外办', '市外办', '县扶贫办', '区台办']));
    expect(entity(es, 'organization', '市外办')?.aliases).toEqual(['市外事办']);
  });
  it('resolves a Shanghai district’s 区委 to the full name it writes, and 市委 to 中共上海市委', () => {
    const text =
      '中共上海市徐汇区委员会关于巡视整改的通报。根据市委统一部署,市委第一巡视组对徐汇区进行了巡视。区委书记作为第一责任人,区委主要负责人牵头。';
    const es = entitiesOf(text);
    expect(entity(es, 'organization', '中共上海市徐汇区委员会')?.aliases).toEqual(['区委']);
    expect(entity(es, 'organization', '中共上海市委')?.aliases).toEqual(['市委']);
    expect(entity(es, 'organization', '上海市委第一巡视组')?.aliases).toEqual(['市委第一巡视组']);
  });
  it('reads the bodies of a district of 郑州市', () => {
    const text =
      '根据省委统一部署,省委第一巡视组对郑州市金水区进行了巡视。郑州市委、金水区委高度重视,区政府、区人大常委会、区政协,区市场监管局参与。';
    const es = entitiesOf(text);
    expect(namesOf(es, 'organization')).toEqual(
      [
        '中共河南省委',
        '中共郑州市委',
        '中共金水区委',
        '河南省委第一巡视组',
        '金水区人大常委会',
        '金水区人民政府',
        '金水区市场监管局',
        '金水区政协',
      ].sort(),
    );
  });
  it('reads 杭州市纪委市监委 as one body with its two short forms', () => {
    const text = '省委第二巡视组对杭州市进行了巡视。由市纪委市监委制定细化专项监督方案,市纪委、市监委联动监督。';
    expect(entity(entitiesOf(text), 'organization', '杭州市纪委市监委')?.aliases).toEqual(['市监委', '市纪委', '市纪委市监委']);
  });
  it('reads 南京市委 although the segmenter splits it as 南京|市委, and departments whose stems are verbal nouns', () => {
    const text =
      '根据省委统一部署,省委第三巡视组对南京市进行了巡视。省委巡视组向南京市委反馈了巡视意见。市发展改革委、市住房城乡建设委、市民政局分别制定方案。';
    const es = entitiesOf(text);
    expect(entity(es, 'organization', '中共南京市委')?.aliases).toEqual(['南京市委']);
    expect(namesOf(es, 'organization')).toEqual(
      ['中共江苏省委', '中共南京市委', '江苏省委第三巡视组', '南京市住房城乡建设委', '南京市发展改革委', '南京市民政局'].sort(),
    );
    expect(namesOf(es, 'place')).toEqual(['南京市']);
  });
});

describe('institutions and their party bodies', () => {
  it('reads a university’s party committee written out, the university and a group company, not generic 高校 or 附属医院', () => {
    const text =
      '中共浙江工业大学委员会关于巡视整改情况的通报。省委第八巡视组对浙江工业大学党委进行了巡视。学校附属医院、各高校配合。中国华能集团有限公司党组';
    expect(namesOf(entitiesOf(text), 'organization')).toEqual(
      ['中共浙江工业大学委员会', '中国华能集团有限公司', '浙江工业大学', '省委第八巡视组'].sort(),
    );
  });
});

describe('people’s organizations and city bureaus (a Wuwei inspection notice)', () => {
  it('reads 市总工会, 市妇联, 市科协 and bureaus as bodies of the home city', () => {
    const text = '省委第一巡视组对武威市进行了巡视。对市总工会、市妇联、市科协、市民族宗教委、市统计局进行常规巡察。市场监管工作、市民服务';
    expect(namesOf(entitiesOf(text), 'organization')).toEqual(
      ['甘肃省委第一巡视组', '武威市妇联', '武威市科协', '武威市民族宗教委', '武威市统计局', '武威市总工会'].sort(),
    );
  });
});

describe('inspection teams of every level', () => {
  it('reads teams numbered in digits and the central teams, each short form with its team', () => {
    const es = entitiesOf(
      '根据省委统一部署,省委第3巡视组对东莞市进行了巡视。省委巡视组反馈意见。中央第三巡视组对广东省进行了巡视,中央巡视组指出问题。',
    );
    expect(entity(es, 'organization', '广东省委第3巡视组')?.aliases).toEqual(['省委巡视组', '省委第3巡视组']);
    expect(entity(es, 'organization', '中央第三巡视组')?.aliases).toEqual(['中央巡视组']);
  });
});

describe('a county report that never names its county', () => {
  it('finds the county from the towns it names, and names its bodies after it', () => {
    const text = '县委四个巡察组分别向竹瓦镇、汪岗镇、洗马镇、丁司垱镇党委反馈巡察情况。县政协主席杨嘉国出席。县委巡察办督促整改。';
    const es = entitiesOf(text);
    expect(entity(es, 'organization', '中共浠水县委')?.aliases).toEqual(['县委']);
    expect(entity(es, 'organization', '浠水县政协')?.aliases).toEqual(['县政协']);
    expect(entity(es, 'organization', '浠水县委巡察办')?.aliases).toEqual(['县委巡察办']);
    expect(entity(es, 'place', '竹瓦镇')?.place?.path).toEqual(['湖北省', '黄冈市', '浠水县']);
  });
  it('keeps the bare forms when nothing tells where the report is from', () => {
    const es = entitiesOf('向县纪委监委移交问题线索2件,向县委组织部提出建议1条。');
    expect(namesOf(es, 'organization')).toEqual(['县委组织部', '县纪委监委']);
  });
});

describe('a provincial department’s report', () => {
  it('reads the province inside a word the segmenter keeps whole, and the party group under its short forms', () => {
    const text =
      '中共广东省教育厅党组关于巡视整改进展情况的通报。省委第三巡视组对省教育厅党组进行了巡视。厅党组高度重视,省教育厅印发方案。';
    const es = entitiesOf(text);
    expect(entity(es, 'organization', '中共广东省教育厅党组')?.aliases).toEqual(['厅党组', '省教育厅党组']);
    expect(entity(es, 'organization', '广东省教育厅')?.aliases).toEqual(['省教育厅']);
    expect(entity(es, 'organization', '广东省委第三巡视组')?.aliases).toEqual(['省委第三巡视组']);
  });
});

describe('a Shanghai district notice that names only one of its streets', () => {
  it('takes the street’s district for the home and names 区委 after it', () => {
    const es = entitiesOf(
      '根据区委统一部署,区委第二巡察组进驻凉城新村街道开展巡察。区委第二巡察组组长张宁就巡察工作进行了动员。区纪委监委有关同志出席会议。',
    );
    expect(entity(es, 'organization', '中共上海市虹口区委员会')?.aliases).toEqual(['区委']);
    expect(entity(es, 'organization', '虹口区委第二巡察组')?.aliases).toEqual(['区委第二巡察组']);
    expect(namesOf(es, 'person')).toEqual(['张宁']);
  });
});
