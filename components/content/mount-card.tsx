import { createRoot } from 'react-dom/client';
import type { CardMountProps } from '@/lib/content/lazy/modules';
import { createFormatters, createTranslator, pickLocale } from '@/lib/i18n';
import { decisionForKey } from '@/lib/queue/decisions';
import { CardApp } from './CardApp';
import { CARD_CSS } from './card-css';

/**
 * Renders the card into the closed shadow root the always-on script made; returns unmount.
 * By keyboard the card follows Score in the tab order; Esc in the card (or its ×) closes it and
 * puts the focus back on Score.
 */
export function mountCard(slot: HTMLElement, shadow: ShadowRoot, props: CardMountProps): () => void {
  const doc = slot.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  shadow.prepend(style);
  const score = () => shadow.querySelector<HTMLElement>('[data-testid="microscope-score-button"]');
  const close = () => {
    props.session.update({ open: false });
    score()?.focus();
  };
  const locale = pickLocale(props.language);
  // Keys typed in the card only (it has the focus), by the user (the shadow root stops synthetic
  // ones; checked again here): Esc closes; the queue's letters decide.
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted || !props.session.current.open) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
      return;
    }
    const { queue, status } = props.session.current;
    if (!queue || status !== 'ready') return;
    const decision = decisionForKey(event, locale);
    if (!decision) return;
    event.stopPropagation();
    event.preventDefault();
    props.onDecide(decision);
  };
  slot.addEventListener('keydown', onKey);
  const root = createRoot(slot);
  root.render(
    <CardApp
      session={props.session}
      locale={{ locale, t: createTranslator(locale), fmt: createFormatters(locale) }}
      onRescore={props.onRescore}
      onAdd={props.onAdd}
      onDecide={props.onDecide}
      onClose={close}
    />,
  );
  return () => {
    slot.removeEventListener('keydown', onKey);
    root.unmount();
    style.remove();
  };
}
