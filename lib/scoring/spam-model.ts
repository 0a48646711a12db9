import { MONEY_HANDLE_PARTS } from './lexicon/spam';
import { SPAM_MODEL } from './lexicon/spam-model-weights';
import { countStyledLetters, fold, stripEmoji } from './normalise-text';

/**
 * A small logistic model over words, word pairs and the shape of a comment, the last spam check after the named rules
 * (rule "spam:model"). It catches the wording of investment testimonies and self-promotion that
 * no single rule names ("waking up every day to see another withdrawal…"). Its weights are
 * trained by scripts/train-comment-model.ts on the development part of public labelled comments
 * only, deterministically, and committed as data (lexicon/spam-model-weights.ts). Scoring is a
 * sum of a few dozen weights: microseconds per comment.
 */

export interface SpamModel {
  /** Log-odds of spam before any feature. */
  bias: number;
  /** Probability from which the model calls a comment spam (chosen on held-out development data). */
  threshold: number;
  /** Log-odds added by each feature present, as [feature, weight] pairs. */
  weights: ReadonlyArray<readonly [feature: string, weight: number]>;
}

const tables = new WeakMap<SpamModel, ReadonlyMap<string, number>>();
function table(model: SpamModel): ReadonlyMap<string, number> {
  let t = tables.get(model);
  if (!t) {
    t = new Map(model.weights);
    tables.set(model, t);
  }
  return t;
}

const URL_RE =
  /\b(?:https?:\/\/|www\.)\S+|(?<![\p{L}\p{N}-])[\p{L}\p{N}-]+\.(?:com|net|org|info|shop|store|io|co|ly|be)\b\S*/gu;
/** The mentions a reply opens with: whom it answers. */
const LEADING_MENTIONS_RE = /^\s*(?:@[\p{L}\p{N}._]+[\s,:]*)+/u;
const MENTION_RE = /@[\p{L}\p{N}._]+/gu;
const HASHTAG_RE = /#[\p{L}\p{N}._]+/gu;
const AMOUNT_RE =
  /(?:[$€£]|\busd\b|\beur\b|\bgbp\b)\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:k|\$|€|£|usd|usdt|euros?|dollars?|btc)(?![\p{L}\p{N}])/gu;
const NUMBER_RE = /\d[\d,.]*/gu;
const BARE_HANDLE_RE = /(?:^|\s)[\p{L}\p{N}.]*_[\p{L}\p{N}._]*/gu;
const TOKEN_RE = /[\p{L}]+(?:['’][\p{L}]+)*/gu;
const EMAIL_RE = /[\p{L}\p{N}._-]+@[\p{L}\p{N}-]+\.[\p{L}]{2,}/gu;
const PHONE_RE = /\+?\d[\d\s().-]{8,}\d/gu;
const MONEY_EMOJI_RE = /[💰💵💸🤑💶💷💴🪙📈💹💲🏦💳]/u;
const MONEY_HANDLE_RE = new RegExp(MONEY_HANDLE_PARTS.join('|'), 'u');

/** How an @mention is written: a money account ("@earn_with_kate"), a scam-style name ("@anna__m_"), or another account. */
function mentionMark(mention: string): string {
  if (MONEY_HANDLE_RE.test(mention)) return ' xmoneymention ';
  if (/_$|__/u.test(mention)) return ' xscammention ';
  return ' xmention ';
}

/**
 * The features of a comment: folded words and adjacent word pairs, with links, e-mail addresses,
 * phone numbers, the mentions a reply opens with, other @mentions (by how their name is
 * written), hashtags, account-like names, amounts and numbers replaced by placeholders ("xurl",
 * "xemail", "xphone", "xreply", "xmoneymention", "xnametag", "xamount"…); and the comment's
 * shape: emoji, money emoji, letters in styled Unicode, short or long.
 */
export function spamModelFeatures(text: string): string[] {
  const features = new Set<string>();
  if (countStyledLetters(text) >= 4) features.add('<styled>');
  if (MONEY_EMOJI_RE.test(text)) features.add('<money-emoji>');
  const folded = fold(text);
  const hasEmoji = stripEmoji(folded) !== folded;
  let body = folded;
  if (body.includes('@')) {
    if (EMAIL_RE.test(body)) features.add('<email>');
    body = body.replace(EMAIL_RE, ' xemail ');
    if (LEADING_MENTIONS_RE.test(body)) features.add('<reply>');
    body = body.replace(LEADING_MENTIONS_RE, ' xreply ').replace(MENTION_RE, mentionMark);
  }
  if (PHONE_RE.test(body)) {
    features.add('<phone>');
    body = body.replace(PHONE_RE, ' xphone ');
  }
  const marked = stripEmoji(body)
    .replace(URL_RE, ' xurl ')
    .replace(HASHTAG_RE, (tag) => (tag.includes('_') ? ' xnametag ' : ' xtag '))
    .replace(BARE_HANDLE_RE, ' xnametag ')
    .replace(AMOUNT_RE, ' xamount ')
    .replace(NUMBER_RE, ' xnum ');
  const tokens = marked.match(TOKEN_RE) ?? [];
  for (const t of tokens) features.add(t);
  for (let i = 0; i + 1 < tokens.length; i++) features.add(`${tokens[i]} ${tokens[i + 1]}`);
  if (hasEmoji) features.add('<emoji>');
  if (tokens.length <= 3) features.add('<short>');
  else if (tokens.length >= 25) features.add('<long>');
  return [...features];
}

/** The spam probability of a comment under `model` (the committed one by default). */
export function spamModelScore(text: string, model: SpamModel = SPAM_MODEL): number {
  const weights = table(model);
  let z = model.bias;
  for (const f of spamModelFeatures(text)) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Whether the committed model calls the comment spam. */
export function spamModelSays(text: string): boolean {
  return spamModelScore(text) >= SPAM_MODEL.threshold;
}
