import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';

/**
 * The table draws its rows in fixed places (ShortlistTable's row slots): when a filter or a sort
 * brings another creator to the place whose checkbox or name had the keyboard's focus, that
 * focus would silently belong to the other creator, and Space would select them. After each
 * drawing, the focus goes back to the creator it was on: the same control in that creator's row
 * when it is still drawn, else the table itself (never a control of someone else's row).
 * `focusedId` is the creator whose row last received the focus.
 */
export function followFocusedCreator(container: HTMLElement, focusedId: string | undefined): void {
  if (!focusedId) return;
  const active = container.ownerDocument.activeElement;
  if (!active || active === container || !container.contains(active)) return;
  const row = active.closest('tr[data-id]');
  if (!row || row.getAttribute('data-id') === focusedId) return;
  const testid = active.getAttribute('data-testid');
  const target = [...container.querySelectorAll('tr[data-id]')].find(
    (r) => r.getAttribute('data-id') === focusedId,
  );
  const same = target && testid ? target.querySelector<HTMLElement>(`[data-testid="${testid}"]`) : null;
  if (same) same.focus({ preventScroll: true });
  else container.focus({ preventScroll: true });
}

/** Keeps the keyboard's focus on its creator across redrawings of `container`'s rows. */
export function useFocusFollowsRow(container: RefObject<HTMLElement | null>): void {
  const focused = useRef<string | undefined>(undefined);
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const onFocusIn = (event: FocusEvent) => {
      const row = (event.target as Element | null)?.closest?.('tr[data-id]');
      focused.current = row?.getAttribute('data-id') ?? undefined;
    };
    el.addEventListener('focusin', onFocusIn);
    return () => el.removeEventListener('focusin', onFocusIn);
  }, [container]);
  // After every drawing (a cheap check of where the focus is).
  useLayoutEffect(() => {
    if (container.current) followFocusedCreator(container.current, focused.current);
  });
}
