import type { Tour } from './use-tour';

/** The tour's state in a few words; `projectCount` is how many projects the tour shows in all. */
export function tourStatus(tour: Pick<Tour, 'count' | 'paused' | 'holding'>, projectCount: number): string {
  if (projectCount === 0) return '无可轮播的项目';
  if (tour.count < 2) return projectCount === 1 ? '仅此一项' : '仅此一站';
  if (tour.paused) return '已暂停';
  if (tour.holding) return '操作中，30 秒无操作后继续';
  return '轮播中';
}
