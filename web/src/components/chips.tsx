import type { ReactNode } from 'react';

export function Chip({ children, tone = 'neutral', title }: { children: ReactNode; tone?: 'neutral' | 'value' | 'round' | 'good' | 'warn' | 'bad'; title?: string }) {
  return (
    <span className={`chip chip-${tone}`} title={title}>
      {children}
    </span>
  );
}
