// The files of dist/downloads/, shared by the data page and the writer so that neither lists one the other lacks.
export const DOWNLOADS = [
  { file: 'extraction.json', label: 'extraction' },
  { file: 'entities.csv', label: 'entities' },
  { file: 'mentions.csv', label: 'mentions' },
  { file: 'figures.csv', label: 'figures' },
  { file: 'indicators.csv', label: 'indicators' },
  { file: 'relations.csv', label: 'relations' },
  { file: 'cases.csv', label: 'cases' },
  { file: 'graph.gexf', label: 'gexf' },
  { file: 'corpus.sqlite', label: 'sqlite' },
] as const;

/** The folder of dist/downloads/ that holds one CSV per indicator with a page (series/<slug>.csv). */
export const SERIES_DIR = 'series';
