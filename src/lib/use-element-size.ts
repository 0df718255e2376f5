import { useLayoutEffect, useRef, useState } from 'react';

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
  const last = useRef<ElementSize | null>(null);
  useLayoutEffect(() => {
    if (!element) return;
    const measure = () => {
      const box = element.getBoundingClientRect();
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      // The observer reports the size it starts with too: an unchanged size must not render the component again.
      if (last.current?.width === width && last.current.height === height) return;
      last.current = { width, height };
      setSize(last.current);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return size;
}
