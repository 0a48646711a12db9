import { createRoot } from 'react-dom/client';
import type { CardMountProps } from '@/lib/content/lazy/modules';
import { createFormatters, createTranslator, pickLocale } from '@/lib/i18n';
import audienceCss from '../score-card/audience-languages.css?inline';
import cardCss from '../score-card.css?inline';
import { CardApp } from './CardApp';

/** Renders the card into the closed shadow root the always-on script made; returns unmount. */
export function mountCard(slot: HTMLElement, shadow: ShadowRoot, props: CardMountProps): () => void {
  const doc = slot.ownerDocument;
  const style = doc.createElement('style');
  // Every stylesheet the card's components use (wxt.config.ts refuses to build the card's module
  // if one is imported the usual way: it would never reach this shadow root).
  style.textContent = `${cardCss}\n${audienceCss}`;
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
