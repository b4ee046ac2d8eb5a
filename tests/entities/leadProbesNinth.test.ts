import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences of the lead's probe reports of the ninth session (a city science and technology bureau's annual summary, an
// autonomous region's report on east–west cooperation), written for the case.

const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe("an autonomous region's party committee, which is its 党委 (its 区委 would be a district's)", () => {
  it('reads the committee after the region written in full, and its departments', () => {
    expect(orgs('广西壮族自治区党委召开常委会议，广西壮族自治区党委组织部印发通知。')).toEqual(
      ['中共广西壮族自治区委员会', '广西壮族自治区党委组织部'].sort(),
    );
    expect(orgs('内蒙古自治区党委作出部署。')).toEqual(['中共内蒙古自治区委员会']);
  });
  it("reads 自治区党委 and 自治区政府 as the home region's bodies", () => {
    const text =
      '广西壮族自治区党委、自治区人民政府主要负责同志率党政代表团赴广东省考察对接4次。全区脱贫人口稳定增收。' +
      '自治区纪委监委通报典型案例。';
    expect(orgs(text)).toEqual(['中共广西壮族自治区委员会', '广西壮族自治区人民政府', '广西壮族自治区纪委监委'].sort());
  });
  it('names them as written where no region is the home', () => {
    expect(orgs('自治区党委组织部、自治区政府办公厅印发通知。')).toEqual(['自治区党委组织部', '自治区政府办公厅']);
  });
});

describe('a company whose brand is written in Latin capitals', () => {
  it('reads the brand as the front of the name', () => {
    expect(orgs('TCL科技集团股份有限公司在北海市新建面板项目。')).toEqual(['TCL科技集团股份有限公司']);
    expect(orgs('IBM公司在北京设立研发中心。')).toEqual(['IBM公司']);
    expect(orgs('SK海力士公司和LG电子公司落户。')).toEqual(['LG电子公司', 'SK海力士公司']);
  });
  it('reads no company named by the acronym of a kind of project', () => {
    expect(orgs('组建PPP项目公司，引进EPC总承包公司。')).toEqual([]);
  });
});

describe('a count of divisions by their level words', () => {
  it('is no place, though jieba reads it as one (两省区/ns)', () => {
    expect(places('两省区召开联席会议2次，三县市区联合开展执法。')).toEqual([]);
  });
});

// A county court's work report (a lead's probe).
describe('a drive named in quotes and concentrated on one field (集中 + the field + 行动)', () => {
  const campaigns = (text: string) => namesOf(entitiesOf(text), 'campaign');
  it('reads the whole name, its head included', () => {
    expect(campaigns('开展“雷霆”集中执行行动3次，司法拘留被执行人87人。')).toEqual(['“雷霆”集中执行行动']);
    expect(campaigns('开展“清风”集中整治行动。')).toEqual(['“清风”集中整治行动']);
  });
});

// A city health commission's annual summary (a lead's probe).
describe("a university's hospital and a numbered hospital", () => {
  it('reads the hospital written right after its university with it', () => {
    expect(orgs('中南大学湘雅医院与株洲市中心医院共建国家区域医疗中心。')).toEqual(['中南大学湘雅医院', '株洲市中心医院']);
  });
  it('reads a numeral between the name and 医院 as part of the name', () => {
    expect(orgs('中南大学湘雅二医院派出专家，湘雅三医院开设门诊。')).toEqual(['中南大学湘雅二医院', '湘雅三医院']);
  });
  it('reads no name out of a verb of aim jieba tags as a name (力争/nz)', () => {
    expect(orgs('力争湘雅医院株洲医院年内开诊。')).toEqual(['湘雅医院株洲医院']);
  });
});

describe('a common noun, 和 and a level word', () => {
  it('is no county named X和 (人民医院|和|县医院)', () => {
    expect(places('人民医院和县医院合作。')).toEqual([]);
    expect(places('平和县和太和县合作。')).toEqual(['太和县', '平和县']);
  });
});

// A city government's work report (a lead's probe).
describe('zones, ports and villages of a city government work report', () => {
  it('reads a village after a town whose 乡 jieba cut off as a word (叶坪|乡|华屋|村)', () => {
    expect(places('瑞金市叶坪乡华屋村入选全国乡村旅游重点村。')).toEqual(['华屋村', '叶坪乡', '瑞金市'].sort());
  });
  it('reads an economic development zone by its short suffix (经开区) with its city', () => {
    expect(places('赣州经开区新能源汽车产业集群加快壮大。')).toEqual(['赣州经开区']);
  });
  it('reads two zones joined by 和 or 至, which jieba glued to the second name', () => {
    expect(places('章江新区至蓉江新区快速路建成通车，章江新区和蓉江新区建设加快。')).toEqual(['章江新区', '蓉江新区'].sort());
  });
  it('reads a port named by a generic word after its city', () => {
    expect(places('赣州国际陆港开行中欧班列520列。')).toEqual(['赣州国际陆港']);
  });
});

describe('the centre of a thing or a place, which is no party centre', () => {
  it('reads no 党中央 out of the revolution’s central base, a central kitchen or business district, or central reserves', () => {
    expect(orgs('加快推进赣南等原中央苏区振兴发展，建设中央厨房和中央商务区，落实中央储备粮轮换。')).toEqual([]);
    expect(orgs('中央决定召开会议。')).toEqual(['党中央']);
  });
});
