// UI labels of search, from the site's dictionary (src/i18n/zh.ts).
import { t } from '../../i18n/zh.ts';

export const searchLabels = { ...t.search, entityTypes: t.entityTypes };
