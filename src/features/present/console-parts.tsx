import { cloneElement, isValidElement, useState } from 'react';
import type { ReactNode } from 'react';
import { PREFECTURES } from '../../data';
import { PROVINCE_FOCUS } from '../../state/filters';
import type { TalkingPoint } from './talking-points';
import type { TourStep } from './tour-steps';

/** A stop's name with its page when its group needs more than one, e.g. '省级 2/4'. */
export function stopName(step: TourStep): string {
  return step.pages > 1 ? `${step.name} ${step.page}/${step.pages}` : step.name;
}

/** What the operator may say about the current stop's projects. */
export function TalkingPoints({ points }: { points: readonly TalkingPoint[] }) {
  return (
    <ol className="presenter-points">
      {points.map((p) => (
        <li key={p.id} className="presenter-point" data-project-id={p.id}>
          <p className="presenter-point-title">
            <span className="presenter-point-no">№{p.id}</span> {p.title}
          </p>
          <p className="presenter-point-meta">
            {p.unit} · {p.kind}
          </p>
          {p.highlights.length > 0 ? (
            <ul className="presenter-figures" aria-label="关键数字">
              {p.highlights.map((h) => (
                <li key={`${h.label}-${h.value}`}>
                  {h.label} <strong>{h.value.toLocaleString('zh-CN')}</strong>
                  {h.unit}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="presenter-lead">{p.lead}</p>
        </li>
      ))}
    </ol>
  );
}

interface JumpProps {
  steps: readonly TourStep[];
  index: number;
  onJump: (index: number) => void;
}

/** The id of the console's line that says how the grids of stops work. */
export const JUMP_HINT_ID = 'presenter-jump-hint';

/** The buttons of a grid, in order, as laid out in `grid`. */
const gridButtons = (grid: HTMLElement) => [...grid.querySelectorAll<HTMLButtonElement>(':scope > button')];

/** How many buttons a row of the grid holds (those on the first one's line). */
function rowLength(buttons: readonly HTMLButtonElement[]): number {
  const top = buttons[0]?.offsetTop;
  const row = buttons.findIndex((b) => b.offsetTop !== top);
  return row < 0 ? buttons.length : row;
}

const ROVING_KEYS: Record<string, (at: number, row: number, last: number) => number> = {
  ArrowRight: (at, _, last) => Math.min(at + 1, last),
  ArrowLeft: (at) => Math.max(at - 1, 0),
  ArrowDown: (at, row, last) => Math.min(at + row, last),
  ArrowUp: (at, row) => Math.max(at - row, 0),
  Home: () => 0,
  End: (_, __, last) => last,
};

/**
 * A grid of buttons that is one Tab stop: the arrow keys, Home and End move the focus inside it (they are the
 * grid's there, not the tour's), Enter or a click presses. `current` is the button Tab lands on.
 */
function JumpGrid({ label, current, children }: { label: string; current: number; children: ReactNode[] }) {
  const [focused, setFocused] = useState<number | null>(null);
  const stop = focused ?? Math.max(0, current);
  return (
    <div
      className="presenter-jumps"
      role="group"
      aria-label={label}
      aria-describedby={JUMP_HINT_ID}
      onFocus={(event) => {
        const at = gridButtons(event.currentTarget).indexOf(event.target as unknown as HTMLButtonElement);
        if (at >= 0) setFocused(at);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
      }}
      onKeyDown={(event) => {
        const move = ROVING_KEYS[event.key];
        if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
        const buttons = gridButtons(event.currentTarget);
        const at = buttons.indexOf(event.target as unknown as HTMLButtonElement);
        if (at < 0) return;
        event.preventDefault();
        buttons[move(at, rowLength(buttons), buttons.length - 1)]?.focus();
      }}
    >
      {children.map((child, i) => (
        <RovingSlot key={i} tabbable={i === stop}>
          {child}
        </RovingSlot>
      ))}
    </div>
  );
}

/** Sets its one button's tabIndex: 0 for the grid's Tab stop, -1 for the rest. */
function RovingSlot({ tabbable, children }: { tabbable: boolean; children: ReactNode }) {
  return isValidElement<{ tabIndex?: number }>(children)
    ? cloneElement(children, { tabIndex: tabbable ? 0 : -1 })
    : children;
}

/** Every stop of the tour as a button, numbered as digits + Enter reach it; the current one is pressed. */
export function StopButtons({ steps, index, onJump }: JumpProps) {
  return (
    <JumpGrid label="各站" current={index}>
      {steps.map((step, i) => (
        <button
          key={step.key}
          type="button"
          className="button presenter-jump"
          aria-pressed={i === index}
          onClick={() => onJump(i)}
        >
          <span className="presenter-jump-no">{i + 1}</span> {stopName(step)}
        </button>
      ))}
    </JumpGrid>
  );
}

/**
 * 省级 and every prefecture as a button that jumps to its first stop; one with no stop under the filters is
 * aria-disabled (kept focusable, and the list keeps its shape while the filters change).
 */
export function PrefectureButtons({ steps, index, onJump }: JumpProps) {
  const places = [
    { code: PROVINCE_FOCUS, name: '省级' },
    ...PREFECTURES.map((p) => ({ code: p.code, name: p.shortName })),
  ];
  const current = steps[index]?.focus;
  return (
    <JumpGrid label="各地" current={places.findIndex((p) => p.code === current)}>
      {places.map(({ code, name }) => {
        const first = steps.findIndex((s) => s.focus === code);
        return (
          <button
            key={code}
            type="button"
            className="button presenter-jump"
            aria-pressed={code === current}
            aria-disabled={first < 0 || undefined}
            onClick={() => {
              if (first >= 0) onJump(first);
            }}
          >
            {name}
          </button>
        );
      })}
    </JumpGrid>
  );
}
