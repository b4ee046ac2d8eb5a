import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { orgKey, withoutAbsorbed, type OrgHit } from './orgHit.ts';
import { levelWrittenBodies, placeChains, placeWrittenBodies } from './placeBodies.ts';
import { levelDepartments } from './levelDepartments.ts';
import { companies } from './institutions.ts';
import { hospitals } from './hospitals.ts';
import { bodiesBeforePartyGroups, companyPartyGroups, writtenPartyBodies } from './institutionPartyBodies.ts';
import { levelSchools } from './levelSchools.ts';
import { namedSchools } from './namedSchools.ts';
import { nationalBodies } from './nationalBodies.ts';
import { fieldTeams, inspectionTeams, stationedTeams } from './teams.ts';
import { bareShortForms, institutionShortForms } from './shortForms.ts';
import { dictionaryBodies, titledBodies } from './namedBodies.ts';
import { placeTeams } from './placeTeams.ts';
import { pushAll } from '../../util/arrays.ts';
import { leadingGroups } from './leadingGroups.ts';
import { townBodies, townPlace, townsNamed, type Town, type TownHit } from './townBodies.ts';
import { placeLedBodies } from './placeLedBodies.ts';
import { bodyLedBodies } from './bodyLedBodies.ts';
import { assembledBodies } from './assembledBodies.ts';
import { bareLegislatures } from './legislatures.ts';
import { congressTerms, partyCongresses } from './congresses.ts';
import { clubTeams, countryTeams, nationalTeams } from './sportsTeams.ts';
import { organizingCommittees, satelliteChannels } from './eventBodies.ts';
import { listedCompanies } from './listedCompanies.ts';
import { dictionaryFullName, dictionaryNamedBodies } from './dictionaryNamedBodies.ts';
import { listedShortNames } from './listedShortNames.ts';
import { officerNamedCompanies } from './officerNamedCompanies.ts';
import { partyCommittees } from './partyCommittees.ts';
import { nationalAgencies } from './nationalAgencies.ts';
import { bureauBranches } from './bureauBranches.ts';
import { placeDepartments } from './placeDepartments.ts';
import { stateCouncilDepartments } from './stateCouncilDepartments.ts';
import { listedBrandNames } from './listedBrandNames.ts';
import { dashJoinedNames } from './joinedNames.ts';
import { bankBranches } from './bankBranches.ts';
import { namedStations } from './namedStations.ts';
import { levelListMembers } from './levelLists.ts';
import { zoneCommittees } from './zoneCommittees.ts';
import { levelInstitutions } from './levelInstitutions.ts';
import { nationalOffices } from './nationalOffices.ts';
import { bodyOffices, diplomaticMissions } from './diplomaticMissions.ts';
import { foreignUniversities, withoutCountry } from './foreignInstitutions.ts';
import { youthLeagueCommittees } from './youthLeagueCommittees.ts';
import { subordinateUnits } from './subordinateUnits.ts';
import { bracketedCompanies } from './bracketedCompanies.ts';
import { agencyUnits } from './agencyUnits.ts';
import { mediaBranches } from './mediaBranches.ts';
import { bodyDivisions } from './bodyDivisions.ts';
import { institutionUnits } from './institutionUnits.ts';
import { villageCommittees, villageBodies } from './villageCommittees.ts';
import { quotedTeams } from './quotedTeams.ts';
import { cityCustoms } from './cityCustoms.ts';
import { regionBureaus, regionGovernments } from './regionBureaus.ts';
import { dottedNameBodies } from './dottedNameBodies.ts';
import { hotels } from './hotels.ts';
import { armedForces } from './armedForces.ts';
import { levelWorks } from './levelWorks.ts';
import { stationPartyBodies } from './stationPartyBodies.ts';
import { countryOpenedBodies } from './countryOpenedBodies.ts';
import { companyStems } from './companyStems.ts';
import { registeredCompanies } from './registeredCompanies.ts';
import { internationalFederations } from './internationalFederations.ts';
import { postedLevelBodies } from './postedLevelBodies.ts';
import { countryPartyWords } from './countryPartyWords.ts';
import { partiesBeforePosts } from './partiesBeforePosts.ts';
import { corpsBodies } from './corpsBodies.ts';
import { isProvinceCooperatives } from './provinceCooperatives.ts';
import { placeRuralBanks } from './placeRuralBanks.ts';
import { nationalCentres } from './nationalCentres.ts';
import { bracketedShortNames } from './bracketedShortNames.ts';
import { listedAmongCompanies } from './listedAmongCompanies.ts';
import { listedSameHeads } from './listedSameHeads.ts';
import { listedMassBodies } from './listedMassBodies.ts';
import { listedWorks } from './listedWorks.ts';
import { matchSides } from './matchSides.ts';
import { appositiveLatinNames } from './appositiveLatinNames.ts';
import { numberedBureaus } from './numberedBureaus.ts';
import { exchangeShortNames } from './exchangeShortNames.ts';
import { namedFunds } from './namedFunds.ts';
import { universityShortNames } from './universityShortNames.ts';
import { courtDivisions } from './courtDivisions.ts';
import { tradeSubsidiaries } from './tradeSubsidiaries.ts';
import { provincesOutsideBodies } from './provincesOutsideBodies.ts';
import { borderRegionGovernments } from './borderRegionGovernments.ts';

const SOURCE = 'organizations';

/**
 * Organizations: the home place's party committee, government, congress, CPPCC and discipline body under every form the
 * report uses (中共东莞市委 / 东莞市委 / 市委), their departments (市委组织部), level-prefixed government departments
 * (市公安局, 市交警支队) and their bare short forms, inspection teams (省委第二巡视组 / 省委巡视组 / 巡视组), national
 * bodies (党中央 / 中央), companies (…有限公司) and the bodies of towns (镇党委, 镇纪委, 镇财政所) in the town they lie in.
 */
export function findOrganizations(
  ctx: EntityContext,
  places: readonly EntityCandidate[],
): { candidates: EntityCandidate[]; /** The town the report is about, when it is one town's. */ town?: Town } {
  const { folded, home } = ctx;
  let hits: OrgHit[] = [];
  // Each recognizer reads what the earlier ones left free: the order is the order of precedence.
  const chains = placeChains(ctx);
  pushAll(hits, placeWrittenBodies(folded, chains));
  // 民建市委会, 民盟中央: a democratic party's committee, not the party committee (市委) or centre (党中央) inside it.
  const parties = partyCommittees(ctx, hits);
  hits = withoutAbsorbed(hits, parties.absorbed);
  pushAll(hits, parties.hits);
  const league = youthLeagueCommittees(ctx, hits);
  hits = withoutAbsorbed(hits, league.absorbed);
  pushAll(hits, league.hits);
  // 中国驻日本大使馆: one body, before any body read from the places in its name.
  pushAll(hits, diplomaticMissions(ctx, hits));
  pushAll(hits, foreignUniversities(ctx, hits));
  // 约翰斯·霍普金斯大学: a body named after a person in dots, before the person is read there.
  pushAll(hits, dottedNameBodies(ctx, hits));
  pushAll(hits, levelWrittenBodies(ctx, hits));
  const town = townBodies(ctx, townsNamed(folded, places), hits);
  pushAll(hits, town.hits);
  pushAll(hits, writtenPartyBodies(folded, hits));
  pushAll(hits, levelDepartments(ctx, hits));
  pushAll(hits, corpsBodies(ctx, hits));
  pushAll(hits, placeRuralBanks(ctx, hits));
  pushAll(hits, levelListMembers(ctx, hits));
  pushAll(hits, levelInstitutions(ctx, hits));
  pushAll(hits, inspectionTeams(folded, home, hits, chains));
  pushAll(hits, fieldTeams(folded, hits));
  // A body jieba knows whole (朝鲜劳动党中央委员会) is read before the national bodies its name holds (党中央).
  pushAll(hits, nationalOffices(ctx, hits));
  pushAll(hits, dictionaryBodies(ctx, hits));
  const opened = countryOpenedBodies(ctx, hits);
  hits = withoutAbsorbed(hits, opened.absorbed);
  pushAll(hits, opened.hits);
  pushAll(hits, countryPartyWords(ctx, hits));
  pushAll(hits, partiesBeforePosts(ctx, hits));
  pushAll(hits, nationalBodies(folded, hits));
  const departments = stateCouncilDepartments(ctx, hits);
  hits = withoutAbsorbed(hits, departments.absorbed);
  pushAll(hits, departments.hits);
  pushAll(hits, nationalAgencies(ctx, hits));
  pushAll(hits, nationalCentres(ctx, hits));
  pushAll(hits, partyCongresses(folded, hits));
  // 浙江|长兴和平建材有限公司: a company read by its registered name's structure where jieba's words mislead the walk back.
  const registered = registeredCompanies(ctx, companies(ctx), hits);
  hits = withoutAbsorbed(hits, registered.absorbed);
  pushAll(hits, companyPartyGroups(folded, registered.hits));
  const bracketed = bracketedCompanies(ctx, hits);
  if (bracketed.length) hits = hits.filter((h) => !bracketed.some((b) => b.start <= h.start && h.end <= b.end));
  pushAll(hits, bracketed);
  pushAll(hits, hospitals(ctx, chains));
  pushAll(hits, levelSchools(ctx, hits));
  pushAll(hits, namedSchools(ctx, hits));
  const stationed = stationedTeams(folded, hits);
  hits = withoutAbsorbed(hits, stationed.absorbed);
  pushAll(hits, stationed.hits);
  pushAll(hits, institutionShortForms(ctx, hits));
  pushAll(hits, bareShortForms(ctx, hits));
  pushAll(hits, titledBodies(ctx, hits));
  pushAll(hits, assembledBodies(ctx, hits));
  pushAll(hits, placeTeams(ctx, hits));
  pushAll(hits, clubTeams(ctx, hits));
  pushAll(hits, countryTeams(ctx, hits));
  pushAll(hits, nationalTeams(ctx, hits));
  // 成都蓉城主场3∶1战胜武汉三镇: the sides of a match's result, without 队.
  pushAll(hits, matchSides(ctx, hits));
  pushAll(hits, listedCompanies(ctx, hits));
  dashJoinedNames(ctx, hits);
  pushAll(hits, bareLegislatures(ctx, hits));
  pushAll(hits, hotels(ctx, hits));
  // 海军, 红军, 南京军区: an armed service or military region alone, where no longer body holds it.
  pushAll(hits, armedForces(ctx, hits));
  pushAll(hits, levelWorks(ctx, hits));
  pushAll(hits, stationPartyBodies(ctx, hits));
  pushAll(hits, internationalFederations(ctx, hits));
  pushAll(hits, leadingGroups(ctx, hits, chains));
  // A river or lake names the bodies that serve it (黄河水利委员会, 弥河流域环境资源巡回法庭) as a place does, and so does a
  // zone its management (葛店开发区管委会, 苏州工业园区管理委员会).
  pushAll(hits, borderRegionGovernments(ctx, places, hits));
  const waters = places.filter((p) => /([河江湖溪]|开发区|高新区|新区|园区|经济区|示范区|保税区|试验区|度假区|风景区)$/.test(p.surface));
  const led = placeLedBodies(ctx, hits, waters);
  hits = withoutAbsorbed(hits, led.absorbed);
  pushAll(hits, led.hits);
  const units = bodyLedBodies(ctx, hits);
  hits = withoutAbsorbed(hits, units.absorbed);
  pushAll(hits, units.hits);
  pushAll(hits, zoneCommittees(ctx, places, hits));
  // 澳门特别行政区政府|经济及科技发展局: a region's bureau written after its government, one body.
  // A region's government jieba holds as one word (香港特区政府/nt) opens such a name; alone it is the region (the news gold
  // reads 香港特区 there, as 中国 in 中国政府).
  const bureaus = regionBureaus(ctx, [...hits, ...regionGovernments(ctx, hits)]);
  hits = withoutAbsorbed(hits, bureaus.absorbed);
  pushAll(hits, bureaus.hits);
  pushAll(hits, villageCommittees(ctx, hits));
  pushAll(hits, villageBodies(ctx, places, hits));
  pushAll(hits, cityCustoms(ctx, hits));
  pushAll(hits, subordinateUnits(ctx, hits));
  // 中国科学院|赣江创新研究院, 温州医科大学|附属眼视光医院: an institution's unit after its name is the body named there.
  const ownUnits = institutionUnits(ctx, hits);
  hits = withoutAbsorbed(hits, ownUnits);
  // 县人民法院|执行局, 宁波海关|缉私分局: a body's division after its name is the body named there.
  const divisions = bodyDivisions(ctx, hits);
  hits = withoutAbsorbed(hits, divisions);
  // 人民银行绍兴市分行 takes the bank read before it in; the bank alone is no longer that mention.
  const branches = bankBranches(ctx, places, hits);
  if (branches.length)
    hits = hits.filter((h) => !branches.some((b) => b.start <= h.start && h.end <= b.end && h.end - h.start < b.end - b.start));
  pushAll(hits, branches);
  pushAll(hits, namedStations(ctx, hits));
  pushAll(hits, quotedTeams(ctx, hits));
  pushAll(hits, satelliteChannels(ctx, hits));
  pushAll(hits, organizingCommittees(ctx, hits));
  // 国家统计局|婺源调查队: a national agency's unit in a place, named with the agency.
  const agencyUnitHits = agencyUnits(ctx, places, hits);
  hits = withoutAbsorbed(hits, agencyUnitHits.absorbed);
  pushAll(hits, agencyUnitHits.hits);
  // 新华社|华北|总分社, 河北|分社: a media outlet's regional office, named with its outlet where written after it.
  const mediaOffices = mediaBranches(ctx, places, hits);
  hits = withoutAbsorbed(hits, mediaOffices.absorbed);
  pushAll(hits, mediaOffices.hits);
  // A department after a place's full name (钟祥市应急管理局), where no body jieba or a unit's rule knows holds it.
  pushAll(hits, placeDepartments(ctx, chains, hits));
  // 衢州市生态环境局|龙游|分局: the branch a bureau keeps in a county, named after the bureau.
  const bureauUnits = bureauBranches(ctx, hits);
  hits = withoutAbsorbed(hits, bureauUnits.absorbed);
  pushAll(hits, bureauUnits.hits);
  // 本溪钢铁公司，黑龙江钢厂，吉林肥料厂: a works named by its place, listed beside a works read.
  pushAll(hits, listedWorks(ctx, hits));
  // Last: a body the dictionary names alone (港澳办) is read only where no longer name holds it (国务院港澳办).
  const namedAll = dictionaryNamedBodies(ctx, hits);
  pushAll(hits, namedAll);
  // 中国医学科学院|阜外医院: an institution's unit the dictionary names alone is read with the institution, as others are.
  const namedOwnUnits = namedAll.length ? institutionUnits(ctx, hits) : [];
  hits = withoutAbsorbed(hits, namedOwnUnits);
  const named = namedAll.filter((h) => !namedOwnUnits.includes(h));
  // 亚足联|纪律委员会: a body the dictionary names keeps units named after it, as other bodies do.
  const namedUnits = bodyLedBodies(ctx, hits, named);
  hits = withoutAbsorbed(hits, namedUnits.absorbed);
  pushAll(hits, namedUnits.hits);
  // 新疆生产建设兵团/nt|第十|师: and its divisions, as other bodies' are.
  const namedDivisions = bodyDivisions(ctx, hits, named);
  hits = withoutAbsorbed(hits, namedDivisions);
  // 美国人工智能公司OpenAI: a body named in Latin letters after the kind of body it is, before a
  // company's own name alone is read elsewhere (the kind's words 人工智能 are no name).
  // 西北工业大学和空军工程大学: a member of a list ending with the head of the member beside it is one more body.
  pushAll(hits, listedSameHeads(ctx, hits));
  const latin = appositiveLatinNames(ctx, hits);
  hits = hits.filter((h) => !latin.absorbed.includes(h));
  pushAll(hits, latin.hits);
  // Then a company by its listed short name or brand, in full (茅台集团, 中兴通讯股份有限公司) or alone (长城汽车), where
  // nothing longer holds it.
  const branded = listedBrandNames(ctx, hits);
  hits = withoutAbsorbed(hits, branded.absorbed);
  pushAll(hits, branded.hits);
  pushAll(hits, listedShortNames(ctx, hits));
  pushAll(hits, officerNamedCompanies(ctx, hits));
  // Last of all: a company written in full, then by its own name alone (可口可乐公司 … 可口可乐).
  pushAll(hits, companyStems(ctx, hits));
  // 京东集团、美团和拼多多: a name listed beside a company is one more.
  pushAll(hits, listedAmongCompanies(ctx, hits));
  // 工会、共青团、妇联等群团组织: a people's organization written bare beside other bodies in a list.
  pushAll(hits, listedMassBodies(ctx, hits));
  // 县委书记王建国: a level's body bare before the post and name of its holder, where nothing read it with its place.
  pushAll(hits, postedLevelBodies(ctx, hits));
  // 泰国国家旅游局|驻北京办事处: a body read before 驻 keeps the office named after it.
  const offices = bodyOffices(ctx, hits);
  hits = withoutAbsorbed(hits, offices.absorbed);
  pushAll(hits, offices.hits);
  hits = hits.filter((h) => !isProvinceCooperatives(ctx, h));
  // 非洲人国民大会（非国大）… 非国大: a short name the text gives a body in brackets, wherever it then stands alone.
  const bracketedShort = bracketedShortNames(ctx, hits);
  hits = hits.filter((h) => !bracketedShort.absorbed.includes(h));
  pushAll(hits, bracketedShort.hits);
  // 易方达基金, 嘉实基金: a fund manager by its name and 基金.
  pushAll(hits, namedFunds(ctx, hits));
  // 上交所, 深交所: a stock exchange by its city's character and 交所.
  pushAll(hits, exchangeShortNames(ctx, hits));
  // 浙大, 川大招生办, 复旦、浙大、南大等高校: a university by the short name jieba keeps as one word, where the text says so.
  pushAll(hits, universityShortNames(ctx, hits));
  // 民事审判第一庭, 立案庭, 第五检察部: a court's or procuratorate's division written alone where the text names one.
  pushAll(hits, courtDivisions(ctx, hits));
  // 中铁四局, 中建三局一公司: a state builder's numbered bureau and its companies, over what was read inside them.
  const numbered = numberedBureaus(ctx, hits);
  hits = withoutAbsorbed(hits, numbered.absorbed);
  pushAll(hits, numbered.hits);
  // 京东物流: a group's name and a trade's word, the group's company of that trade.
  tradeSubsidiaries(ctx, hits);
  // 湖南省|长沙市第一中学: a city's or county's body starts at its own place, the province before it a place of its own.
  provincesOutsideBodies(ctx, hits);
  congressTerms(folded, hits);
  mergePartyGroups(folded, hits);
  bodiesBeforePartyGroups(folded, hits);
  return { candidates: toCandidates(ctx, hits), ...(town.home ? { town: town.home } : {}) };
}

/** 省教育厅党组 is the party group that writes itself 中共广东省教育厅党组, not the department. */
function mergePartyGroups(folded: string, hits: OrgHit[]): void {
  for (const h of hits) {
    if (h.kind !== 'gd') continue;
    const group = folded.slice(h.end, h.end + 2);
    if (group !== '党组' && group !== '党委') continue;
    // 市卫生健康委党组 is the 党组 of the 卫生健康委员会 (委 short for 委员会).
    const names = [`中共${h.name}${group}`, `中共${h.name.replace(/委$/, '委员会')}${group}`];
    const owner = hits.find((o) => o.kind === 'co' && names.includes(o.id));
    if (owner) Object.assign(h, { end: h.end + 2, kind: owner.kind, id: owner.id, name: owner.name });
  }
}

/** Every hit as a candidate, named by the fullest form the report writes for its body. */
function toCandidates(ctx: EntityContext, hits: OrgHit[]): EntityCandidate[] {
  const { folded } = ctx;
  // The name of a party committee is the fullest 中共… form the report writes for it, else the constructed one.
  const fullest = new Map<string, string>();
  for (const h of hits) {
    const surface = folded.slice(h.start, h.end);
    const key = orgKey(h);
    if (h.kind === 'pc' && surface.startsWith('中共') && surface.length > (fullest.get(key)?.length ?? 0)) fullest.set(key, surface);
  }
  // Discipline bodies go by their fullest written form (市纪委市监委 → 杭州市纪委市监委).
  const discipline = new Map<string, string>();
  for (const h of hits) if (h.kind === 'jw' && h.name.length > (discipline.get(orgKey(h))?.length ?? 0)) discipline.set(orgKey(h), h.name);

  return hits.map((h) => {
    const surface = ctx.text.slice(h.start, h.end);
    const own = fullest.get(orgKey(h)) ?? discipline.get(orgKey(h)) ?? (h.kind === 'co' ? withoutCountry(h.name) : undefined) ?? h.name;
    // A body the dictionary knows under several names goes by its longest (解放军 → 中国人民解放军).
    const name = (h.kind === 'co' ? dictionaryFullName(own) : undefined) ?? own;
    return {
      type: 'organization' as const,
      start: h.start,
      end: h.end,
      surface,
      ...(name !== folded.slice(h.start, h.end) ? { canonical: name } : {}),
      score: h.score,
      source: SOURCE,
      // A town's bodies lie in the town (located-in).
      ...('town' in h ? { place: townPlace((h as TownHit).town) } : {}),
    };
  });
}
