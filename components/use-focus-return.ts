import { type RefObject, useEffect } from 'react';

/**
 * For a panel or dialog that opens over the page: on mount the keyboard focus moves into it
 * (`target`, e.g. the panel itself with tabIndex -1; null when a modal <dialog> places it); on unmount it goes back to
 * `returnTo()` when that element is still on the page, else to the element focused before opening.
 */
export function useFocusReturn(
  target: RefObject<HTMLElement | null> | null,
  returnTo?: () => HTMLElement | null | undefined,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per opening, by design.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    target?.current?.focus();
    return () => {
      const back = returnTo?.() ?? opener;
      if (back?.isConnected && back !== document.body) back.focus();
    };
  }, []);
}

/** Calls `onEscape` when Escape is pressed inside `element` (and stops it there). */
export function useEscape(element: RefObject<HTMLElement | null>, onEscape: () => void): void {
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.stopPropagation();
      onEscape();
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [element, onEscape]);
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab and Shift+Tab inside `element` (a modal dialog or drawer): past the last control the
 * focus goes back to the first, and the other way round. A modal <dialog> alone would let it
 * leave for the browser's own toolbar.
 */
export function useFocusTrap(element: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      const stops = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
        (c) => c.getClientRects().length > 0 && !c.closest('[inert]'),
      );
      const first = stops[0];
      const last = stops[stops.length - 1];
      if (!first || !last) return;
      const active = el.ownerDocument.activeElement;
      if (event.shiftKey && (active === first || active === el)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [element]);
}
