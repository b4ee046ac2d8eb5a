import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf } from './entityTestKit.ts';

// Sentences written for the rules orgs21 added from its official texts (tests/fixtures/orgs21: audit findings, final
// accounts, party-building news, social organizations), none of them the set's own.
describe('organizations in audit findings, final accounts and notices (orgs21)', () => {
  it('reads the stations and centres of a field’s technical service after a level word or a place', () => {
    const listed = entitiesOf('局属单位包括：安吉县植保站、安吉县农机技术推广站、安吉县动物卫生监测站、安吉县水产品质量检测中心。');
    expect(namesOf(listed, 'organization')).toEqual(
      ['安吉县农机技术推广站', '安吉县动物卫生监测站', '安吉县植保站', '安吉县水产品质量检测中心'].sort(),
    );
    expect(namesOf(entitiesOf('省农业技术推广中心派专家到现场指导。'), 'organization')).toEqual(['省农业技术推广中心']);
    expect(namesOf(entitiesOf('县畜牧兽医站对养殖场开展了抽检。'), 'organization')).toEqual(['县畜牧兽医站']);
    // A service's station with no field before it is a kind of station, and so are the stations of every township.
    expect(namesOf(entitiesOf('市推广站的人员下乡了。'), 'organization')).toEqual([]);
    expect(namesOf(entitiesOf('全县建成乡镇农技推广站12个。'), 'organization')).toEqual([]);
    expect(namesOf(entitiesOf('项目建成后将配套建设检测中心。'), 'organization')).toEqual([]);
  });

  it('reads a chamber of one city’s people in a county with the county first (龙泉市|温州商会, 景宁县|台州商会)', () => {
    expect(namesOf(entitiesOf('景宁县台州商会组织会员开展捐资助学活动。'), 'organization')).toEqual(['景宁县台州商会']);
  });

  it('takes a short name the text says is one (以下简称) even where it drops the full name’s first characters', () => {
    const es = entitiesOf('对嘉兴市交通投资集团有限责任公司（以下简称交投集团）开展审计，交投集团下属3家子公司存在问题。');
    expect(namesOf(es, 'organization')).toEqual(['嘉兴市交通投资集团有限责任公司']);
    expect(entity(es, 'organization', '嘉兴市交通投资集团有限责任公司')?.aliases).toEqual(['交投集团']);
  });
});

describe('organizations in party-building news and rural social organizations (orgs21)', () => {
  it('reads a village’s collective cooperative after the village the places read, its party branch as the village', () => {
    const es = entitiesOf('安吉县溪龙乡黄杜村党总支书记说，黄杜村股份经济合作社去年分红300万元。');
    expect(namesOf(es, 'organization')).toEqual(['黄杜村股份经济合作社']);
    expect(namesOf(es, 'place')).toContain('黄杜村');
    expect(namesOf(entitiesOf('全面完成村股份经济合作社改革。'), 'organization')).toEqual([]);
  });

  it('reads the working committee of a level’s own organs (市直机关工委, 省直属机关工委)', () => {
    expect(namesOf(entitiesOf('县直机关工委组织各机关党支部开展主题党日活动。'), 'organization')).toEqual(['县直机关工委']);
    expect(namesOf(entitiesOf('市直机关党员干部下沉社区。'), 'organization')).toEqual([]);
  });

  it('reads a university’s department whose field’s 学 jieba glued to 系 (茶|学系, 药学系)', () => {
    expect(namesOf(entitiesOf('安徽农业大学茶学系的师生来到茶园。'), 'organization')).toEqual(['安徽农业大学茶学系']);
    expect(namesOf(entitiesOf('中国药科大学药学系学生参加了义诊。'), 'organization')).toEqual(['中国药科大学药学系']);
  });

  it('reads a team named in quotes before the team’s word (“红马甲”志愿服务队), not the ranks of a service', () => {
    expect(namesOf(entitiesOf('“红马甲”志愿服务队每周走进社区。'), 'organization')).toEqual(['“红马甲”志愿服务队']);
    expect(namesOf(entitiesOf('加强“红马甲”服务队伍建设。'), 'organization')).toEqual([]);
  });

  it('reads a registration centre after a level word (县不动产登记中心), not the kind alone', () => {
    expect(namesOf(entitiesOf('市不动产登记中心推出“一窗受理”服务。'), 'organization')).toEqual(['市不动产登记中心']);
    expect(namesOf(entitiesOf('加强不动产登记中心建设。'), 'organization')).toEqual([]);
  });
});

describe('firms CC-CEDICT glosses by the business they run (orgs21)', () => {
  it('reads a firm glossed as a portal, search engine, conglomerate or retailer, alone or before its company’s word', () => {
    expect(namesOf(entitiesOf('百度公司当天发布了新一代大模型。'), 'organization')).toEqual(['百度公司']);
    expect(namesOf(entitiesOf('腾讯、华润和沃尔玛分别参与了投资。'), 'organization')).toEqual(['华润', '沃尔玛', '腾讯']);
    // A firm glossed as a company is its name even where jieba reads words of the language in it (字节|跳动, 福特|汽车).
    expect(namesOf(entitiesOf('字节跳动和福特汽车分别发布了年报。'), 'organization')).toEqual(['字节跳动', '福特汽车']);
    // Not a body the dictionary glosses otherwise that is a phrase as often (行政|会议).
    expect(namesOf(entitiesOf('行政会议决定推迟表决。'), 'organization')).toEqual([]);
    // A person's given name of the same characters stays the person's.
    const es = entitiesOf('村民王大宇说，日子越过越好。');
    expect(namesOf(es, 'organization')).toEqual([]);
    expect(namesOf(es, 'person')).toEqual(['王大宇']);
  });
});

describe('a level’s schools, supervision stations and managing offices in budget and audit texts (orgs21)', () => {
  it('reads them after a level word, each named by its field (市体育运动学校, 县环境卫生管理所, 市卫生监督所)', () => {
    const es = entitiesOf('二级预算单位包括：县园林绿化管理处、县环境卫生管理所、县特殊教育学校和县卫生监督所。');
    expect(namesOf(es, 'organization')).toEqual(['县卫生监督所', '县园林绿化管理处', '县特殊教育学校', '县环境卫生管理所'].sort());
    expect(namesOf(entitiesOf('市体育局所属市体育运动学校超标准发放补贴。'), 'organization')).toEqual(['市体育局', '市体育运动学校']);
    // A level's schools of every kind or rank are no school's name, nor is a bare managing office.
    expect(namesOf(entitiesOf('全县学校、县直学校和市重点学校都参加了评比，县管理处未参加。'), 'organization')).toEqual([]);
  });

  it('reads no level word in a word of the language that opens with its character (芜湖市|市政|设施|管理处, 区域|行业|商会)', () => {
    const es = entitiesOf('市城市管理局所属芜湖市市政设施管理处违规发放加班补贴。');
    expect(namesOf(es, 'organization')).toContain('芜湖市市政设施管理处');
    expect(namesOf(entitiesOf('推动区域行业商会规范发展。'), 'organization')).toEqual([]);
  });
});
