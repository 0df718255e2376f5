import type { ReactNode } from 'react';
import './badge.css';

interface BadgeProps {
  tone: 'province' | 'city' | 'county' | 'category';
  children: ReactNode;
  /** Marks a secondary category (a tag rather than the primary one). */
  secondary?: boolean;
}

/** A small label: level badge or category chip. */
export function Badge({ tone, children, secondary = false }: BadgeProps) {
  return <span className={`badge badge-${tone}${secondary ? ' badge-secondary' : ''}`}>{children}</span>;
}
