import { NETWORK_HINT, PanelError } from '../../components/ui/panel-error';
import type { MissingPart } from '../../state/scene';

/**
 * Over the province map while a chosen prefecture's county map is not drawn: 「郑州市县区地图加载中……」, or
 * 县区地图加载失败 with 重试. The status line stays in the page while empty, so screen readers announce the first
 * message too.
 */
export function MapDrillStatus({ missing, onRetry }: { missing: MissingPart | null; onRetry: () => void }) {
  const loading = missing?.status === 'loading';
  return (
    <>
      <p className={loading ? 'map-drill-loading' : 'visually-hidden'} role="status">
        {loading ? `${missing.what}加载中……` : ''}
      </p>
      {missing?.status === 'failed' ? (
        <div className="map-drill-failed">
          <PanelError message={`${missing.what}加载失败`} hint={NETWORK_HINT} onRetry={onRetry} />
        </div>
      ) : null}
    </>
  );
}
