import { NETWORK_HINT, PanelError } from '../../components/ui/panel-error';
import { countyMapLabel } from './map-words';
import type { MapState } from './map-words';

/**
 * Over the province map while a chosen prefecture's county map is not drawn: 「郑州市县区地图加载中……」, or
 * 县区地图加载失败 with 重试. The status line stays in the page while empty, so screen readers announce the first
 * message too.
 */
export function MapDrillStatus({ state, onRetry }: { state: MapState; onRetry: () => void }) {
  return (
    <>
      <p className={state.kind === 'loading' ? 'map-drill-loading' : 'visually-hidden'} role="status">
        {state.kind === 'loading' ? `${countyMapLabel(state.name)}加载中……` : ''}
      </p>
      {state.kind === 'failed' ? (
        <div className="map-drill-failed">
          <PanelError
            message={`${countyMapLabel(state.name)}加载失败`}
            hint={NETWORK_HINT}
            onRetry={onRetry}
          />
        </div>
      ) : null}
    </>
  );
}
