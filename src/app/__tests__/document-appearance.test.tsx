// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { EMPTY_VIEW } from '../../state/filters';
import { useDashboard } from '../../state/store';
import { useDocumentAppearance } from '../use-document-appearance';

// What a chart sees when it mounts for a layout: it measures its box in its own mount effect.
const seenOnMount: string[] = [];
function OfficeChart() {
  useLayoutEffect(() => {
    seenOnMount.push(document.documentElement.dataset.mode ?? '');
  }, []);
  return null;
}

function Shell() {
  useDocumentAppearance();
  const presenting = useDashboard((s) => s.mode === 'present');
  return presenting ? null : <OfficeChart />;
}

describe('document appearance', () => {
  it('switches <html> to the new layout before the new layout’s charts mount and measure', () => {
    useDashboard.getState().setView({ ...EMPTY_VIEW, mode: 'present' });
    render(<Shell />);
    expect(document.documentElement.dataset).toMatchObject({ mode: 'present', theme: 'dark' });

    act(() => useDashboard.getState().setMode('office'));
    expect(seenOnMount).toEqual(['office']);
    expect(document.documentElement.dataset).toMatchObject({ mode: 'office', theme: 'light' });
  });
});
