import { siteData } from './data.ts';
import { segment } from './paths.ts';

/** getStaticPaths of a page per report: its URL segment, and the report's id as a prop. */
export function reportPaths() {
  return siteData().reports.map((r) => ({ params: { report: segment(r.id) }, props: { reportId: r.id } }));
}
