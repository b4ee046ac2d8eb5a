// UI labels of the graph, from the site's dictionary (src/i18n/zh.ts), with the kinds of node named in one place.
import { t } from '../../i18n/zh.ts';
import type { NodeKind } from './compactGraph.ts';

export const graphLabels = {
  ...t.graph,
  kinds: { ...t.entityTypes, ...t.graph.kinds } satisfies Record<NodeKind, string>,
};
