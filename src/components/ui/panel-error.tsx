import type { ReactNode } from 'react';
import './panel-error.css';

interface PanelErrorProps {
  /** Short, in Chinese, without technical detail: 地图加载失败. */
  message: string;
  /** One line on what to do; the default says the rest of the page still works. */
  hint?: string;
  onRetry: () => void;
  extra?: ReactNode;
}

/** The hint for a failed download: the usual cause on an intranet is a proxy that dropped the request. */
export const NETWORK_HINT = '可能是网络中断，请检查网络后重试；页面其他部分仍可使用。';

/** What a panel shows instead of its content when that content failed: the message and 重试. */
export function PanelError({ message, hint = '页面其他部分仍可使用。', onRetry, extra }: PanelErrorProps) {
  return (
    <div className="panel-error" role="alert">
      <p className="panel-error-message">{message}</p>
      <p className="panel-error-hint">{hint}</p>
      <div className="panel-error-actions">
        <button type="button" className="button panel-error-retry" onClick={onRetry}>
          重试
        </button>
        {extra}
      </div>
    </div>
  );
}
