import { createRoot } from 'react-dom/client';
import type { CardMountProps } from '@/lib/content/lazy/modules';
import { createFormatters, createTranslator, pickLocale } from '@/lib/i18n';
import cardCss from '../score-card.css?inline';
import { CardApp } from './CardApp';

/** Renders the card into the closed shadow root the always-on script made; returns unmount. */
export function mountCard(slot: HTMLElement, shadow: ShadowRoot, props: CardMountProps): () => void {
  const doc = slot.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = cardCss;
  shadow.prepend(style);
  const locale = pickLocale(props.language);
  const root = createRoot(slot);
  root.render(
    <CardApp
      session={props.session}
      locale={{ locale, t: createTranslator(locale), fmt: createFormatters(locale) }}
      onRescore={props.onRescore}
      onAdd={props.onAdd}
    />,
  );
  return () => {
    root.unmount();
    style.remove();
  };
}
