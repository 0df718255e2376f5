import { lists } from '../data';
import { PanelError } from '../components/ui/panel-error';
import { useResourceCache } from '../state/resources';
import type { ListMissingScene } from '../state/scene';
import { useDashboard } from '../state/store';
import { viewFromLocation } from '../state/url-sync';
import { chooseYear } from '../state/years';

/**
 * The page of a view whose year's list is not here (a link to another year whose list is slow or failed): the
 * year it asked for, what is missing, and 重试. Never another year's projects under this year's name, and the
 * address keeps `year=`, so the colleague's link stays the colleague's.
 */
export function ListMissing({ scene }: { scene: ListMissingScene }) {
  const cache = useResourceCache();
  const retry = () => {
    cache.load(lists.resource(scene.year)).then(
      () => {
        // The link's project and county are checked against the list, now here.
        const view = viewFromLocation();
        if (view) useDashboard.getState().setView(view);
      },
      () => undefined,
    );
  };
  const newest = lists.defaultYear;
  return (
    <div className="app list-missing">
      <header className="app-header">
        <div className="app-title">
          <h1>{scene.title}</h1>
        </div>
      </header>
      <main className="panel list-missing-panel">
        {scene.status === 'loading' ? (
          <p className="list-missing-loading" role="status">
            {scene.what}加载中……
          </p>
        ) : (
          <PanelError
            message={`${scene.what}加载失败`}
            hint="可能是网络中断，请检查网络后重试。"
            onRetry={retry}
            extra={
              scene.year === newest ? undefined : (
                <button type="button" className="button" onClick={() => void chooseYear(cache, newest)}>
                  查看{newest}年度
                </button>
              )
            }
          />
        )}
      </main>
    </div>
  );
}
