/** Small DOM readers shared by both sites. They take the document or an element as a parameter. */

/**
 * A selector with a note of the page variant it matches and when it was seen. Every selector
 * the extractors use lives in a site's selectors.ts as one of these; tests/sites/selectors.test.ts
 * checks each one against the saved fixture pages.
 */
export interface SelectorChoice {
  selector: string;
  note: string;
  /** Looked for inside an element of this group of the same table (not from the page root). */
  inside?: string;
  /** Looked for around an element of this group, with `closest()`. */
  around?: string;
  /**
   * No saved fixture page has this variant: it is kept from the site's history or as a guard.
   * The selector test checks the mark is true (the selector matches no fixture).
   */
  notInFixtures?: true;
}

/** The first element matched by the ordered fallbacks, with the choice that matched. */
export function queryFirst(
  root: ParentNode,
  choices: readonly SelectorChoice[],
): { element: Element; choice: SelectorChoice } | undefined {
  for (const choice of choices) {
    let element: Element | null = null;
    try {
      element = root.querySelector(choice.selector);
    } catch {
      element = null;
    }
    if (element) return { element, choice };
  }
  return undefined;
}

/** All elements matched by the first fallback that matches anything. */
export function queryAllFirst(root: ParentNode, choices: readonly SelectorChoice[]): Element[] {
  for (const choice of choices) {
    try {
      const found = [...root.querySelectorAll(choice.selector)];
      if (found.length > 0) return found;
    } catch {
      // an unsupported selector: try the next one
    }
  }
  return [];
}

/** The element itself or its nearest ancestor matched by the ordered fallbacks (the first that matches). */
export function closestFirst(element: Element, choices: readonly SelectorChoice[]): Element | undefined {
  for (const choice of choices) {
    try {
      const found = element.closest(choice.selector);
      if (found) return found;
    } catch {
      // an unsupported selector: try the next one
    }
  }
  return undefined;
}

/** Lower-case text, '' for none (handles and labels are compared this way). */
export function lower(value: string | null | undefined): string {
  return (value ?? '').toLowerCase();
}

/** Visible text with runs of whitespace collapsed; undefined when empty. */
export function cleanText(value: string | null | undefined): string | undefined {
  const text = value?.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  return text ? text : undefined;
}

/** Multi-line text (a bio) keeping line breaks, trimmed. */
export function blockText(element: Element | null | undefined): string | undefined {
  if (!element) return undefined;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    node.childNodes.forEach((child) => {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeName === 'BR') parts.push('\n');
      else if (child.nodeType === 1) {
        const block = /^(DIV|P|LI)$/.test(child.nodeName);
        if (block && parts.length > 0) parts.push('\n');
        walk(child);
      }
    });
  };
  walk(element);
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\t \u00a0\u202f]+/g, ' ').trim())
    .join('\n')
    .trim();
  return text ? text : undefined;
}

/** The first non-empty content of the meta tags the ordered fallbacks match. */
export function metaContent(doc: Document, choices: readonly SelectorChoice[]): string | undefined {
  for (const choice of choices) {
    const text = cleanText(queryFirst(doc, [choice])?.element.getAttribute('content'));
    if (text) return text;
  }
  return undefined;
}

/** The page's language from `<html lang>`, lower-case; undefined when absent. */
export function pageLocale(doc: Document): string | undefined {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  return lang ? lang : undefined;
}

/** Parse the JSON text of a script element; undefined when absent or not JSON. */
export function scriptJson(element: Element | null | undefined): unknown {
  const text = element?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Elements whose text is never shown: script bodies (JSON state, translation dictionaries), styles, templates. */
const NEVER_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The text a person can see in `root`, lower-cased with whitespace runs collapsed: text nodes
 * outside `<script>`, `<style>`, `<noscript>`, `<template>` and `hidden` elements. Page-state
 * messages ("This account is private") are looked for here, never in the whole `textContent`,
 * which on real pages includes the site's translation dictionary inside its JSON scripts.
 */
export function visibleText(root: Document | Element | null | undefined): string {
  const start = root && 'body' in root ? root.body : root;
  if (!start) return '';
  const parts: string[] = [];
  const stack: Node[] = [start];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (NEVER_SHOWN.has(element.tagName.toUpperCase()) || element.hasAttribute('hidden')) continue;
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return parts
    .join(' ')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}
