import { useReadyScene } from '../state/use-scene';

/** The filters under the title on paper (the screen shows them in the filter panel instead): the scene's caption. */
export function PrintCaption() {
  return <p className="print-only print-caption">{useReadyScene().caption}</p>;
}
