import { slugify } from '../entityId.ts';
import { cityOf, loadGazetteer, type GazPlace } from './gazetteer.ts';

/**
 * What tells a gazetteer place apart from its namesakes (沙田镇 lies in nine counties): the slug of its city, and of its
 * county too when a namesake shares the city. Undefined for a name only one place bears. It depends only on the place
 * and the gazetteer, never on the reports of a corpus, so an id built with it is as stable as the name.
 */
export function placeIdQualifier(name: string, code: string | undefined): string | undefined {
  if (!code) return undefined;
  const gaz = loadGazetteer();
  const namesakes = gaz.byName.get(name)?.filter((p) => p.name === name);
  const place = gaz.byCode.get(code);
  if (!place || !namesakes || namesakes.length < 2 || !namesakes.includes(place) || place.level === 'province') return undefined;
  const city = cityOf(gaz, place);
  if (!city || city === place) return undefined;
  const parts = [shortName(city)];
  const sameCity = namesakes.filter((p) => p !== place && cityOf(gaz, p) === city);
  const county = place.level === 'town' ? gaz.byCode.get(place.code.slice(0, 6)) : undefined;
  if (sameCity.length && county && county.level === 'county') parts.push(shortName(county));
  return slugify(parts.join(''));
}

// 东莞市 → 东莞: the city's everyday name keeps ids short (place:sha-tian-zhen-dong-guan).
const shortName = (p: GazPlace) => (/^.{2,}[市县区]$/.test(p.name) ? p.name.slice(0, -1) : p.name);
