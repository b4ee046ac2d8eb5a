import { CodeSet } from '../../text/codeSet.ts';
import { worldNames } from './worldNames.ts';

let starts: { country: CodeSet; countryOrCity: CodeSet } | undefined;

/**
 * The first characters of the world data's names of countries, and of countries or cities: a word that starts with none
 * of them names no such place, so scans that look every word of a report up in the world data ask the map only of the
 * others. Made once, from the same map.
 */
export function placeNameStarts(): { country: CodeSet; countryOrCity: CodeSet } {
  if (starts) return starts;
  const country: string[] = [];
  const countryOrCity: string[] = [];
  for (const [name, entry] of worldNames()) {
    const level = entry.place?.level;
    if (level === 'country') country.push(name[0]!);
    if (level === 'country' || level === 'city') countryOrCity.push(name[0]!);
  }
  return (starts = { country: new CodeSet(country), countryOrCity: new CodeSet(countryOrCity) });
}
