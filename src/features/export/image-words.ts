import { dashboardTitle } from '../../data';
import type { ProjectList } from '../../data';
import { describeView } from '../../state/describe-filters';
import { filterProjects } from '../../state/filter-projects';
import type { Filters } from '../../state/filters';
import type { ImageWords } from './image-layout';

/** 「来源：河南省人大常委会办公厅公示（2022-12-23）」, for the list's notice. */
export function sourceLine({ source }: Pick<ProjectList, 'source'>): string {
  return `来源：${source.publisher}公示（${source.date}）`;
}

/** Where the image is about, beyond its filters. */
export interface ImagePlace {
  /** The place the image shows, for its title (the drilled map's prefecture, the dashboard's region). */
  readonly title?: string | null;
  /** The chosen county's name, from the geometry. */
  readonly countyName?: string;
}

/** Title, caption (the filters and how many projects they leave) and source line of an exported image. */
export function imageWords(
  list: ProjectList,
  filters: Filters,
  heading: string | null,
  note?: string,
  place: ImagePlace = {},
): ImageWords {
  const { projects } = list;
  const matching = filterProjects(projects, filters).length;
  const title = [dashboardTitle(list.year), heading, place.title].filter(Boolean).join(' · ');
  return {
    title,
    ...(note ? { note } : {}),
    caption: describeView(filters, matching, projects.length, place.countyName),
    source: sourceLine(list),
  };
}
