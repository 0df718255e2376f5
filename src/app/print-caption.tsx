import { countyName } from '../geo';
import { describeView } from '../state/describe-filters';
import { useList } from '../state/current-list';
import { useFilters, useMatchingProjects } from '../state/selectors';

/** The filters under the title on paper (the screen shows them in the filter panel instead). */
export function PrintCaption() {
  const filters = useFilters();
  const matching = useMatchingProjects();
  const { projects } = useList();
  return (
    <p className="print-only print-caption">
      {describeView(filters, matching.length, projects.length, countyName(filters.county))}
    </p>
  );
}
