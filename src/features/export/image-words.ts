import { projects, source } from '../../data';
import { describeView } from '../../state/describe-filters';
import { filterProjects } from '../../state/filter-projects';
import type { Filters } from '../../state/filters';
import type { ImageWords } from './image-layout';

/** The dashboard's name, first in every exported title. */
export const DASHBOARD_TITLE = '河南省人大系统“出彩工作”（2022年度）';

/** 「来源：河南省人大常委会办公厅公示（2022-12-23）」 */
export const SOURCE_LINE = `来源：${source.publisher}公示（${source.date}）`;

/** Where the image is about, beyond its filters. */
export interface ImagePlace {
  /** The place the image shows, for its title (the drilled map's prefecture, the dashboard's region). */
  readonly title?: string | null;
  /** The chosen county's name, from the geometry. */
  readonly countyName?: string;
}

/** Title, caption (the filters and how many projects they leave) and source line of an exported image. */
export function imageWords(
  filters: Filters,
  heading: string | null,
  note?: string,
  place: ImagePlace = {},
): ImageWords {
  const matching = filterProjects(projects, filters).length;
  const title = [DASHBOARD_TITLE, heading, place.title].filter(Boolean).join(' · ');
  return {
    title,
    ...(note ? { note } : {}),
    caption: describeView(filters, matching, projects.length, place.countyName),
    source: SOURCE_LINE,
  };
}
