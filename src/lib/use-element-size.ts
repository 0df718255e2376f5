import { useEffect, useState } from 'react';

/** Width and height in CSS px. */
export interface ElementSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The element's content size, kept current with a ResizeObserver; null until it has been laid out. Takes the
 * element itself (hold it in state through a callback ref), so an element that mounts later is observed too.
 */
export function useElementSize(element: HTMLElement | null): ElementSize | null {
  const [size, setSize] = useState<ElementSize | null>(null);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      setSize((old) => (old && old.width === width && old.height === height ? old : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return size;
}
