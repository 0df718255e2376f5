import { ErrorBoundary } from 'react-error-boundary';
import type { ReactNode } from 'react';
import { isLoadFailure } from '../../lib/load-failure';
import { NETWORK_HINT, PanelError } from './panel-error';

interface PanelBoundaryProps {
  /** What the panel shows, in the message: 统计图表 → 统计图表加载失败 / 统计图表显示出错. */
  what: string;
  children: ReactNode;
  /** Runs before the children are tried again (e.g. to make a failed lazy import load anew). */
  onRetry?: () => void;
  /** More ways out of the failure, beside 重试 (e.g. 退出演示). */
  extra?: ReactNode;
}

/**
 * Keeps a failure inside its panel: a short Chinese message and 重试 replace the panel's content, everything else
 * on the page keeps working. Details go to the console (React reports every caught error there).
 */
export function PanelBoundary({ what, children, onRetry, extra }: PanelBoundaryProps) {
  return (
    <ErrorBoundary
      onReset={() => onRetry?.()}
      fallbackRender={({ error, resetErrorBoundary }) =>
        isLoadFailure(error) ? (
          <PanelError
            message={`${what}加载失败`}
            hint={NETWORK_HINT}
            onRetry={() => resetErrorBoundary()}
            extra={extra}
          />
        ) : (
          <PanelError message={`${what}显示出错`} onRetry={() => resetErrorBoundary()} extra={extra} />
        )
      }
    >
      {children}
    </ErrorBoundary>
  );
}
