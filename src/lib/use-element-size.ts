import { useLayoutEffect, useState } from 'react';

/** Width and height in CSS px. */
export interface ElementSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The element's size, measured as soon as it is in the page (before the browser paints) and kept current with
 * a ResizeObserver; null until then. Takes the element itself (hold it in state through a callback ref), so an
 * element that mounts later, or replaces another, is measured too.
 */
export function useElementSize(element: HTMLElement | null): ElementSize | null {
  const [size, setSize] = useState<ElementSize | null>(null);
  useLayoutEffect(() => {
    if (!element) return;
    const measure = () => {
      const box = element.getBoundingClientRect();
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      setSize((old) => (old && old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return size;
}
