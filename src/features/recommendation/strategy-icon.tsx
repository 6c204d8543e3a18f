import type { Strategy } from '../../engine';

/** A small mark for each strategy: one hub with spokes, or separate local planes. Decorative. */
export function StrategyIcon({ strategy, className }: { strategy: Strategy; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      className={['strategy-icon', `strategy-icon--${strategy}`, className ?? ''].filter(Boolean).join(' ')}
      focusable="false"
      viewBox="0 0 32 32"
    >
      {strategy === 'hub-and-spoke' ? (
        <>
          <path d="M16 16 5 7M16 16l11-9M16 16 5 25M16 16l11 9" />
          <circle cx="16" cy="16" r="5" />
          <circle cx="5" cy="7" r="2.5" />
          <circle cx="27" cy="7" r="2.5" />
          <circle cx="5" cy="25" r="2.5" />
          <circle cx="27" cy="25" r="2.5" />
        </>
      ) : (
        <>
          <path d="M7 9.5v6M25 9.5v6M16 20.5v5" />
          <circle cx="7" cy="7" r="3.5" />
          <circle cx="25" cy="7" r="3.5" />
          <circle cx="16" cy="18" r="3.5" />
          <circle cx="7" cy="18" r="2" />
          <circle cx="25" cy="18" r="2" />
          <circle cx="16" cy="28" r="2" />
        </>
      )}
    </svg>
  );
}
