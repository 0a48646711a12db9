import type { Comment, Post } from '../model/profile';
import type { CommentClass, CommentJudgement } from '../model/report';
import type { CommentRule } from './comment-rules';
import * as C from './lexicon/cues';
import * as P from './lexicon/praise';
import * as L from './lexicon/spam';
import { fragments } from './lexicon/types';
import {
  countEmoji,
  countStyledLetters,
  countUrls,
  fold,
  hasObfuscatedUrl,
  hasUrl,
  keywordSet,
  mentionsIn,
  plainText,
  STOP_WORDS,
  stem,
  stripUrls,
  words,
} from './normalise-text';
import { spamModelSays } from './spam-model';

/**
 * Comment classifier (docs/method.md, Q). Rules run in a fixed order and the first that
 * fires names the class: spam → emoji/mention-only → short (question → neutral, praise →
 * generic, plain phrase → neutral, else generic) → long question → praise made only of filler
 * words → experience / caption word (substantive) → neutral, then duplicate text from ≥ 3
 * authors → generic (batch). All matching is on folded text (styled letters unstyled, NFKC,
 * accents and case removed, see normalise-text.ts), so "Très", "tres" and "𝐓𝐫𝐞𝐬" are one word.
 * Word lists live in ./lexicon; this file holds the rules. Every rule id has an English and a
 * French explanation (keys `rule.*` in lib/i18n/en.ts and fr.ts), shown on the card.
 */

export interface Classification {
  class: CommentClass;
  /** The rule that fired, e.g. "spam:dm", "generic:emoji-only", "substantive:question". */
  rule: CommentRule;
}

export interface CommentContext {
  /** The post's caption and hashtags: a content word shared with them marks a substantive comment. */
  caption?: string;
  hashtags?: readonly string[];
  /** The caption's keyword set, precomputed once per post by classifyComments. */
  topic?: ReadonlySet<string>;
  /** The creator's handle: naming or thanking the creator is not crediting another account. */
  creator?: string;
}

/** A word list as one regex between word edges (letters and digits), on folded text. */
const rx = (parts: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'u');
const rxAll = (parts: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
/** A word list as one regex matching a whole single word. */
const wholeWord = (parts: readonly string[]) => new RegExp(`^(?:${parts.join('|')})$`, 'u');

const DM_RE = rx(fragments(L.DM));
const DM_REPLY_RE = rxAll(fragments(L.DM_REPLY));
const DM_ASK_RE = rx(fragments(L.DM_ASK));
const SEND_PIC_RE = new RegExp(
  `(?:${L.SEND_PIC.verbs.join('|')})\\b.{0,40}\\b(?:${L.SEND_PIC.pictures.join('|')})\\b.{0,40}@`,
  'u',
);
const PROMOTE_ON_RE = new RegExp(`\\b(?:${fragments(L.PROMOTE_ON).join('|')})\\b.{0,20}@`, 'u');
const ACCOUNT_TAG = '(?:@[\\p{L}\\p{N}._]{2,}|#[\\p{L}\\p{N}._]*_[\\p{L}\\p{N}._]*)';
/** A person named with a title instead of an account: "mrs. jane", "dr williams". */
const TITLED_NAME = '(?:mr|mrs|ms|miss|dr|madam)\\.?\\s+\\p{L}{2,}';
const CONTACT_ACCOUNT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${fragments(L.CONTACT_ACCOUNT).join('|')})(?:\\s+(?:${L.CONTACT_BRIDGE.join('|')})){0,3}\\s*(?:${ACCOUNT_TAG}|${TITLED_NAME})`,
  'u',
);
const GAIN_WITH_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${fragments(L.GAIN_WITH).join('|')})(?:\\s+\\S+){0,3}?\\s+(?:${fragments(L.GAIN_WITH_JOIN).join('|')})\\s+(?:(?:${L.CONTACT_BRIDGE.join('|')})\\s+){0,3}${ACCOUNT_TAG}`,
  'u',
);
const FOLLOW_RE = rx(fragments(L.FOLLOW_FOR_FOLLOW));
const SUBSCRIBE_RE = rx(fragments(L.SUBSCRIBE));
const SELF_PROMO_RE = rx(fragments(L.SELF_PROMO));
const LIKE_BAIT_RE = rx(fragments(L.LIKE_BAIT));
const AMBASSADOR_RE = rx(fragments(L.AMBASSADOR));
const MONEY_OFFER_RE = rx(fragments(L.MONEY_OFFER));
const GAIN_RE = rx(fragments(L.GAIN));
const TESTIMONY_RE = rx(fragments(L.TESTIMONY));
const TESTIMONY_TONE_RE = rxAll([
  ...fragments(L.TESTIMONY),
  ...fragments(L.MONEY_WORDS),
  ...fragments(L.TESTIMONY_TONE),
]);
const TESTIMONY_PROOF_RE = rx(fragments(L.TESTIMONY_PROOF));
const DONATION_RE = rx(fragments(L.DONATION));
const MONEY_WORD_RE = rx(fragments(L.MONEY_WORDS));
/** An account name written bare, marked by an underscore ("emiliawilliam_", "sarah__g"). */
const BARE_HANDLE_RE =
  /(?:^|\s)([\p{L}\p{N}.]*[\p{L}][\p{L}\p{N}.]*_[\p{L}\p{N}._]*|_[\p{L}\p{N}._]*[\p{L}][\p{L}\p{N}._]*)/gu;
const TOKEN_PUMP_RE = rx(fragments(L.TOKEN_PUMP));
const TOKEN_PUMP_STRONG_RE = rx([...(L.TOKEN_PUMP.any ?? [])]);
const RECOVERY_RE = rx(fragments(L.RECOVERY));
const GIVEAWAY_RE = rx(fragments(L.GIVEAWAY));
const ROMANCE_RE = rx(fragments(L.ROMANCE));
const PAYOUT_RECEIVED_RE = rx(fragments(L.PAYOUT_RECEIVED));
const COLLAB_RE = rx(fragments(L.COLLAB));
const COLLAB_CUE_RE = new RegExp(`[?@]|${rx(fragments(L.COLLAB_CUE)).source}`, 'u');
const PROMO_ACCOUNT_RE = new RegExp(
  `@[\\p{L}\\p{N}._]*(?:${L.PROMO_ACCOUNT_PARTS.join('|')})[\\p{L}\\p{N}._]*|@[\\p{L}\\p{N}._]*fx(?:[._\\d]|(?![\\p{L}\\p{N}]))`,
  'u',
);
const MONEY_HANDLE_RE = new RegExp(L.MONEY_HANDLE_PARTS.join('|'), 'u');

/** An amount of money: "$5k", "€ 1,000", "10 400$", "45k", "2.2 btc", "65,000 us dollars". */
const AMOUNT_RE =
  /(?:[$€£]|\busd\b|\beur\b|\bgbp\b|r\$)\s?\d|\d[\d,.]*\s?(?:k|k\$|\$|€|£|usd|usdt|us dollars?|euros?|dollars?|grands?|btc|eth)(?![\p{L}\p{N}])/u;
const SPLIT_MENTION_RE = /@(?:\s|\p{Extended_Pictographic}|\u{fe0f}|\u{200d})+(?=[\p{L}\p{N}_])/gu;
/** The mentions a reply opens with ("@anna @tom thanks!"). */
const LEADING_MENTIONS_RE = /^\s*(?:@[\p{L}\p{N}._]+[\s,:]*)+/u;
/** Accounts named in a comment: @mentions, and hashtags written like account names (#anna_fx_, #hazel__m). */
const MENTION_RE = /@[\p{L}\p{N}._]+/gu;
const HASHTAG_RE = /#[\p{L}\p{N}._]+/gu;
/** Token promotion targets: hashtags and $tickers that are not the common coins everyone names. */
const TICKER_RE = /(?:^|[^\p{L}\p{N}])[#$]([\p{L}][\p{L}\p{N}_]{1,30})/gu;
const COMMON_COINS = new Set(L.COMMON_COINS);

const PRAISE_RE = rx(fragments(P.PRAISE));
const SHORT_PRAISE_RE = rx(fragments(P.SHORT_PRAISE));
const EXPERIENCE_RE = rx(fragments(C.EXPERIENCE));
const QUESTION_OPENER_RE = new RegExp(`^(?:${fragments(C.QUESTION_OPENERS).join('|')})\\b`, 'u');

/** A word list as a set of plain words plus one regex for the entries with a pattern ("tolle[snmr]?"). */
function wordMatcher(entries: readonly string[]): (word: string) => boolean {
  const plainWord = /^[\p{L}\p{N}'’-]+$/u;
  const set = new Set([...entries.filter((f) => plainWord.test(f)), ...STOP_WORDS]);
  const patterns = entries.filter((f) => !plainWord.test(f));
  const re = patterns.length > 0 ? wholeWord(patterns) : undefined;
  return (word) => set.has(word) || (re?.test(word) ?? false);
}
const singleWords = (lexicon: Parameters<typeof fragments>[0]) =>
  fragments(lexicon).filter((f) => !f.includes(' '));
/** Words generic praise is made of: filler, thanks, single-word praise and the shared stop words. */
const CORE_FILLER = [...fragments(P.FILLER), ...singleWords(P.THANKS), ...singleWords(P.PRAISE)];
const isFillerWord = wordMatcher(CORE_FILLER);
/** In a comment shaped like the bot template, the template's own words count as filler too. */
const isTemplateWord = wordMatcher([
  ...CORE_FILLER,
  ...fragments(P.TEMPLATE_WORDS),
  ...singleWords(P.TEMPLATE_PRAISE),
  ...singleWords(P.ENCOURAGEMENT),
  ...singleWords(P.WISHES),
]);
const TEMPLATE_PRAISE_FRAGMENTS = [
  ...fragments(P.PRAISE),
  ...fragments(P.TEMPLATE_PRAISE),
  ...fragments(P.ENCOURAGEMENT),
  ...fragments(P.PRAISE_WITH_NEGATION),
];
const TEMPLATE_PRAISE_RE = rx(TEMPLATE_PRAISE_FRAGMENTS);
/** The words of a praise or thanks phrase ("Hut ab", "chef-d'œuvre") are praise, not words of the comment's own. */
const TEMPLATE_PHRASE_RE = rxAll([...TEMPLATE_PRAISE_FRAGMENTS, ...fragments(P.THANKS)]);
/** Praise idioms holding a negation ("Besser geht es nicht!"), removed before looking for a negation. */
const PRAISE_WITH_NEGATION_RE = rxAll(fragments(P.PRAISE_WITH_NEGATION));
const THANKS_RE = rx(fragments(P.THANKS));
const ENCOURAGEMENT_RE = rx([...fragments(P.ENCOURAGEMENT), ...fragments(P.WISHES)]);
const ADDRESS_RE = rx(fragments(P.ADDRESS));
const CONTRAST_RE = rx(fragments(P.CONTRAST));
const NEGATION_RE = rx(fragments(P.NEGATION));

/** A negation, outside the praise idioms that hold one when `idioms` ("Besser geht es nicht!" is praise). */
function negated(folded: string, idioms = false): boolean {
  if (!NEGATION_RE.test(folded)) return false;
  return !idioms || NEGATION_RE.test(folded.replace(PRAISE_WITH_NEGATION_RE, ' '));
}

const RHETORICAL_RE = rx(fragments(C.RHETORICAL_QUESTIONS));
const ADMIRING_RE = /(?<![\p{L}\p{N}])(?:nur|bloss)(?![\p{L}\p{N}])/u;

/**
 * A question that admires rather than asks ("Wie kann man nur so talentiert sein?"): a
 * rhetorical opener, with a praise word in the question or the admiring "nur" / "bloß".
 */
function isRhetorical(question: string): boolean {
  return (
    RHETORICAL_RE.test(question) &&
    (PRAISE_RE.test(question) || TEMPLATE_PRAISE_RE.test(question) || ADMIRING_RE.test(question))
  );
}

/** A question mark that closes a real question, not an admiring one. */
function asksOutright(folded: string): boolean {
  if (!/[?¿]/u.test(folded)) return false;
  return folded.split(/(?<=[.!…;?\n])/u).some((part) => /[?¿]/u.test(part) && !isRhetorical(part));
}

const EXCLAMATION_OPENER_RE = new RegExp(`^(?:${fragments(C.EXCLAMATION_OPENERS).join('|')})\\b`, 'u');

/**
 * A question: a question mark, or an interrogative opener in a sentence that does not exclaim
 * ("!", a closing full stop after an exclamative opener, or praise within the three words after
 * one: "Wie schön 😍").
 */
function isQuestion(folded: string): boolean {
  if (asksOutright(folded)) return true;
  if (/[?¿]/u.test(folded)) return false;
  const text = folded.trim();
  if (!QUESTION_OPENER_RE.test(text) || text.includes('!')) return false;
  const opener = EXCLAMATION_OPENER_RE.exec(text);
  if (opener) {
    // Closed by a full stop and not a question mark, an exclamative opener exclaims ("Was für
    // eine schöne Überraschung, dieses Video zu entdecken.").
    if (/(?<![.…])\.$/u.test(text)) return false;
    const next = words(text.slice(opener[0].length)).slice(0, 3).join(' ');
    if (PRAISE_RE.test(next) || SHORT_PRAISE_RE.test(next)) return false;
  }
  return true;
}

/** Normalised text used to find the same comment from several authors. */
export function duplicateKey(text: string): string {
  const plain = fold(plainText(text))
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Emoji-only comments compare by their emoji.
  return plain || fold(text).replace(/\s+/g, '');
}

function sharesCaptionWord(textWords: readonly string[], context: CommentContext | undefined): boolean {
  if (!context || (!context.topic && !context.caption && !(context.hashtags?.length ?? 0))) return false;
  const topic = context.topic ?? keywordSet(context.caption, context.hashtags ?? []);
  for (const w of textWords) {
    if (w.length < 4 || STOP_WORDS.has(w)) continue;
    const s = stem(w);
    if (topic.has(s) || topic.has(`#${w}`)) return true;
  }
  return false;
}

interface Credited {
  name: string;
  /** Written as a hashtag or bare name ("#anna__fx_", "anna_w_"), as scam accounts do to slip past mention filters. */
  disguised: boolean;
}

/**
 * Accounts the comment credits: @mentions, account-like hashtags and bare names with an
 * underscore, without their sign. The mentions a reply opens with name whom it answers, not
 * whom it credits, and the creator is not "another account": both are left out.
 */
function creditedAccounts(folded: string, creator?: string): Credited[] {
  const body = folded.replace(LEADING_MENTIONS_RE, ' ');
  const out: Credited[] = (body.match(MENTION_RE) ?? []).map((m) => ({ name: m.slice(1), disguised: false }));
  for (const tag of body.match(HASHTAG_RE) ?? []) {
    const name = tag.slice(1);
    if (name.includes('_') || MONEY_HANDLE_RE.test(name)) out.push({ name, disguised: true });
  }
  const bare = body.replace(MENTION_RE, ' ').replace(HASHTAG_RE, ' ');
  for (const m of bare.matchAll(BARE_HANDLE_RE)) out.push({ name: m[1] ?? '', disguised: true });
  const own = creator ? fold(creator).replace(/^@/, '') : undefined;
  return own ? out.filter((a) => a.name.replace(/[._]+$/, '') !== own) : out;
}

/** Distinct testimony and tone words ("profit", "legit", "all thanks to", "blessed") in the comment. */
function testimonyWords(text: string): number {
  const seen = new Set<string>();
  for (const m of text.matchAll(TESTIMONY_TONE_RE)) seen.add(m[0].replace(/^[^\p{L}\p{N}]/u, ''));
  return seen.size;
}

/**
 * An investment testimony: an amount and a gain, proven by a short time frame, a payout word,
 * an amount turned into another, or an account credited ("I made $71k with @…").
 */
function isInvestmentTestimony(folded: string, accounts: readonly Credited[]): boolean {
  if (!AMOUNT_RE.test(folded) || !GAIN_RE.test(folded)) return false;
  return accounts.length > 0 || TESTIMONY_PROOF_RE.test(folded) || TESTIMONY_RE.test(folded);
}

/**
 * A testimony credited to another account, weighed by how the account is named:
 * - named like a money account ("@earn_with_kate_fx"): one testimony or tone word;
 * - disguised as a hashtag or bare name ("#anna__m_"): two testimony or tone words;
 * - an ordinary @mention: a testimony word ("legit", "all thanks to") or a money word ("profit",
 *   "payout"), and a second word.
 */
function isAccountTestimony(folded: string, accounts: readonly Credited[]): boolean {
  if (accounts.length === 0) return false;
  const body = folded.replace(MENTION_RE, ' ').replace(HASHTAG_RE, ' ');
  const words = testimonyWords(body);
  if (words >= 1 && accounts.some((a) => MONEY_HANDLE_RE.test(a.name))) return true;
  if (words >= 2 && accounts.some((a) => a.disguised)) return true;
  return words >= 2 && (TESTIMONY_RE.test(body) || MONEY_WORD_RE.test(body));
}

/** A token promoted by hashtag or $ticker with pump words, or a presale / airdrop / contract address. */
function isTokenPump(folded: string): boolean {
  if (TOKEN_PUMP_STRONG_RE.test(folded)) return true;
  // The pump words must stand outside the tags ("#tothemoon" alone is a cheer, not a pitch).
  if (!TOKEN_PUMP_RE.test(folded.replace(TICKER_RE, ' '))) return false;
  for (const m of folded.matchAll(TICKER_RE)) {
    const name = (m[1] ?? '').replace(/_/g, '');
    if (!COMMON_COINS.has(name)) return true;
  }
  return false;
}

/**
 * A link shared together with the post's own title ("PSY - Gangnam Style: youtu.be/…") points
 * at the post itself: a viewer sharing it, not an advert.
 */
function sharesThePost(folded: string, context: CommentContext | undefined): boolean {
  const caption = context?.caption ? fold(context.caption).replace(/\s+/g, ' ').trim() : '';
  return caption.length >= 8 && countUrls(folded) === 1 && folded.replace(/\s+/g, ' ').includes(caption);
}

/** The text without @mentions of the creator. */
function withoutCreator(folded: string, creator: string | undefined): string {
  if (!creator) return folded;
  const own = fold(creator).replace(/^@/, '');
  return folded.replace(MENTION_RE, (m) => (m.slice(1) === own ? ' ' : m));
}

/**
 * An account name padded with underscores, as scam accounts name themselves ("@anna__m_",
 * "#grace_fx_", "@tom__lee"), credited where a testimony signs off: at the end of the comment.
 */
const DISGUISED_ACCOUNT_AT_END_RE =
  /[@#][\p{L}\p{N}._]*(?:__|_(?![\p{L}\p{N}]))[\p{L}\p{N}._]*[^\p{L}\p{N}@#]*$/u;
/** An @account named after money: "@earn_with_kate", "@buildwealthwithsabrina", "@crypto_with_anela". */
const MONEY_ACCOUNT_RE = new RegExp(`@[\\p{L}\\p{N}._]*(?:${L.MONEY_HANDLE_PARTS.join('|')})`, 'u');

/**
 * A comment of five words or more (not a reply and not naming the creator, see spamRule) that
 * credits an account named like scam accounts: named after money, or padded with underscores
 * and signing off the comment. A short tag of a friend ("lol @lisa_") or one inside a sentence
 * ("my friend @tom_ took this photo") is left alone.
 */
function creditsScamNamedAccount(others: string): boolean {
  if (!DISGUISED_ACCOUNT_AT_END_RE.test(others) && !MONEY_ACCOUNT_RE.test(others)) return false;
  // A name padded with three underscores or more ("#chloe____a") is no friend's.
  if (/[@#][\p{L}\p{N}._]*___/u.test(others)) return true;
  return words(others.replace(/[@#][\p{L}\p{N}._]+/gu, ' ')).length >= 5;
}

/** The spam rule that fires on a comment, if any. */
export function spamRule(text: string, context?: CommentContext): CommentRule | undefined {
  // A mention split from its name by emoji or spaces ("@➡️anna_fx", "@ anna_fx") is still a mention.
  const folded = fold(text).replace(SPLIT_MENTION_RE, '@');
  if (hasUrl(folded) && !sharesThePost(folded, context)) return 'spam:link';
  if (hasObfuscatedUrl(folded)) return 'spam:obfuscated-link';
  if (SEND_PIC_RE.test(folded)) return 'spam:send-pic';
  if (PROMOTE_ON_RE.test(folded)) return 'spam:promote-on';
  if (DM_ASK_RE.test(folded)) return 'spam:dm';
  DM_REPLY_RE.lastIndex = 0;
  if (DM_RE.test(folded.replace(MENTION_RE, ' ').replace(DM_REPLY_RE, ' '))) return 'spam:dm';
  // Whom the comment answers (the mentions it opens with) and the creator are not "another account".
  const others = withoutCreator(folded, context?.creator).replace(LEADING_MENTIONS_RE, ' ');
  if (CONTACT_ACCOUNT_RE.test(others)) return 'spam:contact-account';
  if (FOLLOW_RE.test(folded)) return 'spam:follow-for-follow';
  if (SUBSCRIBE_RE.test(folded)) return 'spam:subscribe';
  if (SELF_PROMO_RE.test(folded)) return 'spam:self-promo';
  if (LIKE_BAIT_RE.test(folded)) return 'spam:like-bait';
  if (AMBASSADOR_RE.test(folded)) return 'spam:ambassador';
  if (MONEY_OFFER_RE.test(folded)) return 'spam:money';
  const accounts = creditedAccounts(folded, context?.creator);
  if (isInvestmentTestimony(folded, accounts)) return 'spam:investment-testimony';
  if (PAYOUT_RECEIVED_RE.test(folded)) return 'spam:investment-testimony';
  if (isAccountTestimony(folded, accounts) || GAIN_WITH_RE.test(others)) return 'spam:account-testimony';
  if (isTokenPump(folded)) return 'spam:token-pump';
  if (DONATION_RE.test(folded)) return 'spam:donation';
  if (RECOVERY_RE.test(folded)) return 'spam:recovery';
  if (GIVEAWAY_RE.test(folded)) return 'spam:giveaway';
  if (ROMANCE_RE.test(folded)) return 'spam:romance';
  if (COLLAB_RE.test(folded) && COLLAB_CUE_RE.test(folded)) return 'spam:collab';
  if (PROMO_ACCOUNT_RE.test(withoutCreator(folded, context?.creator))) return 'spam:promo-account';
  if (creditsScamNamedAccount(others)) return 'spam:scam-named-account';
  if (isMostlyStyled(text)) return 'spam:styled-letters';
  return undefined;
}

/**
 * A sentence of several words written mostly in styled letters. Ordinary commenters write in
 * plain letters; scam accounts dress their text up this way so that keyword filters, which
 * match plain letters, miss it. A word or two of styled praise ("𝓑𝓮𝓪𝓾𝓽𝓲𝓯𝓾𝓵 ❤️") is not enough.
 */
function isMostlyStyled(text: string): boolean {
  const styled = countStyledLetters(text);
  if (styled < 12) return false;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return styled >= 0.6 * letters && words(plainText(fold(text))).length >= 4;
}

/** Praise with (almost) nothing else and no "but": every word filler, or at most one other word in six. */
function isPraiseOnly(folded: string, plainWords: readonly string[]): boolean {
  if (!PRAISE_RE.test(folded) && !SHORT_PRAISE_RE.test(folded) && !THANKS_RE.test(folded)) return false;
  if (negated(folded) || CONTRAST_RE.test(folded)) return false;
  return otherWords(plainWords) <= Math.floor(plainWords.length / 6);
}

/** Words that are not filler, numbers aside (a rating: "10/10", "100 %"). */
function otherWords(sentenceWords: readonly string[], isFiller = isFillerWord): number {
  let other = 0;
  for (const w of sentenceWords) if (!isFiller(w) && !/^\d+$/.test(w)) other++;
  return other;
}

/** A comment that ends on emoji ("… Danke! 🍓🌺"), skin tones and joiners included. */
const ENDS_WITH_EMOJI_RE =
  /\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\u{fe0f}|\u{200d}|\u{20e3}|\p{Extended_Pictographic})*\s*$/u;

interface Sentence {
  count: number;
  other: number;
  /** Opens with an interrogative that is not an exclamative ("welche Gitarre ist das"); read for clauses only. */
  asks: boolean;
  /** Numbers written in it (a time or a year, "bei 2:40", "seit 2019", is specific); counted for clauses only. */
  numbers: number;
  praise: boolean;
  thanks: boolean;
  exclaims: boolean;
  /** Ends on a single "!", as templates write it ("!!!" is a viewer's). */
  oneBang: boolean;
}

/**
 * The sentences of a comment, read with the core lexicon or, for a comment shaped like the
 * template, the template's; in a comment written in the template's statement form (see
 * writtenAsStatements) a sentence ending on "." exclaims as one ending on "!" does.
 */
function sentencesOf(folded: string, template: boolean, statements = false, clauses = false): Sentence[] {
  return folded
    .split(clauses ? /(?<=[.!…;?,\n])/u : /(?<=[.!…;?\n])/u)
    .map((part): Sentence => {
      const sw = words(part);
      const end = part.trimEnd();
      const admires = end.endsWith('?') && isRhetorical(part);
      // In the statement form a single full stop closes a sentence as a single "!" does.
      const stated = statements && /(?<![.…])\.$/u.test(end);
      const start = part.trimStart();
      let other: number;
      if (template) {
        TEMPLATE_PHRASE_RE.lastIndex = 0;
        other = otherWords(words(part.replace(TEMPLATE_PHRASE_RE, ' ')), isTemplateWord);
      } else other = otherWords(sw);
      return {
        count: sw.length,
        other,
        asks: clauses && QUESTION_OPENER_RE.test(start) && !EXCLAMATION_OPENER_RE.test(start),
        numbers: clauses ? sw.filter((w) => /^\d+$/.test(w)).length : 0,
        praise:
          admires || (template ? TEMPLATE_PRAISE_RE : PRAISE_RE).test(part) || SHORT_PRAISE_RE.test(part),
        thanks: THANKS_RE.test(part),
        exclaims: admires || stated || end.endsWith('!'),
        oneBang: admires || stated || /(?<!!)!$/u.test(end),
      };
    })
    .filter((x) => x.count > 0);
}

/**
 * How many marks of the bot template a comment carries: it addresses the creator ("du",
 * "your", "tu"), every sentence exclaims, it thanks, it encourages or wishes ("Mach weiter so",
 * "Viel Erfolg"), it ends on emoji.
 */
function templateMarks(text: string, folded: string, sentences: readonly Sentence[]): number {
  let marks = 0;
  if (ADDRESS_RE.test(folded)) marks++;
  if (sentences.every((x) => x.exclaims)) marks++;
  if (sentences.some((x) => x.thanks)) marks++;
  if (ENCOURAGEMENT_RE.test(folded)) marks++;
  if (ENDS_WITH_EMOJI_RE.test(text)) marks++;
  return marks;
}

/**
 * The template's statement form: a comment written as whole sentences, the first letter a
 * capital, every sentence closed by a single "." or "!", and after the last one a short run of
 * one to three emoji, not one emoji repeated ("Deine Videos sind einfach Balsam für die Seele.
 * 🌿💞"). Bot accounts write their praise this way; viewers' casual praise rarely closes its
 * sentences, or ends on "!!!" or on one heart typed over and over ("so schön ❤️❤️❤️").
 */
function writtenAsStatements(text: string): boolean {
  const raw = stripUrls(text).replace(MENTION_RE, ' ').replace(HASHTAG_RE, ' ').trim();
  const m = TRAILING_EMOJI_RE.exec(raw);
  if (!m) return false;
  const body = plainText(raw.slice(0, m.index));
  if (!/^\p{Lu}/u.test(body) || !/(?<![.!…])[.!]$/u.test(body) || /[.!…]{2}|[?¿]/u.test(body)) return false;
  const emoji = m[0].match(EMOJI_CLUSTER_RE) ?? [];
  return emoji.length >= 1 && emoji.length <= 3 && (emoji.length === 1 || new Set(emoji).size > 1);
}
/** One emoji: a pictograph with its skin tone, variation selector, keycap or joined pictographs. */
const EMOJI_CLUSTER =
  '\\p{Extended_Pictographic}(?:\\p{Emoji_Modifier}|\\u{fe0f}|\\u{200d}\\p{Extended_Pictographic}|\\u{20e3})*';
const EMOJI_CLUSTER_RE = new RegExp(EMOJI_CLUSTER, 'gu');
const TRAILING_EMOJI_RE = new RegExp(`(?:\\s*${EMOJI_CLUSTER})+\\s*$`, 'u');

/** At least this many marks of the template let its own lexicon count (see isPraiseTemplate). */
const TEMPLATE_MARKS = 2;

/**
 * Template praise, the shape bot accounts post under any video: praise exclamations and thanks
 * formulas ("Sehr interessantes Videoformat! Vielen Dank für diesen Ansatz! 🐱"), with no
 * question, no negation and no "but". Either every sentence is praise or thanks with little of
 * its own, or there are several sentences and each one praises or thanks. Next to a thanks
 * formula, an exclamation of a few words fits the template even without a praise word ("So viel
 * Herzblut in diesem Projekt! Danke fürs Teilen!"); a short one always does ("Einfach
 * bezaubernd!"). A sentence that says something else ("I'll try it with my class tomorrow.")
 * breaks the template.
 *
 * A comment written the way the template is written (every sentence ends on a single "!", and
 * at least two marks of the template: it addresses the creator, every sentence exclaims, it
 * thanks, it encourages or wishes, it ends on emoji) is read a second time with the template's
 * own lexicon (more praise words and phrases in six languages, the nouns and verbs of generic
 * compliments, praise idioms that hold a negation) and up to 60 words; a praise sentence may then
 * hold two words of its own, as long as the comment's own words stay under two in five ("Deine
 * Interpretation ist einfach himmlisch! 🎻✨"). Viewers' casual praise is rarely written that way
 * ("ich liebe dieses lied so sehr❤️❤️❤️", "Hammer Stimme!!!"), so it is judged by the core
 * lexicon only. The template's statement form (see writtenAsStatements: sentences closed by a
 * single "." and a few different emoji after) counts as written that way; when its full stops
 * are what make it fit, each comma clause must hold up on its own (a clause of the comment's own
 * is a viewer's remark).
 */
function isPraiseTemplate(text: string, folded: string, plainWords: readonly string[]): boolean {
  if (plainWords.length > 60 || asksOutright(folded) || CONTRAST_RE.test(folded)) return false;
  const core = sentencesOf(folded, false);
  if (
    plainWords.length <= 40 &&
    !negated(folded) &&
    core.some((x) => x.praise || x.thanks) &&
    fitsTemplate(core, plainWords.length, folded, false)
  )
    return true;
  const statements = writtenAsStatements(text);
  const formed = statements ? sentencesOf(folded, false, true) : core;
  if (
    negated(folded, true) ||
    !formed.every((x) => x.oneBang) ||
    templateMarks(text, folded, formed) < TEMPLATE_MARKS
  )
    return false;
  const shaped = sentencesOf(folded, true, statements);
  if (!shaped.some((x) => x.praise || x.thanks)) return false;
  // Written with full stops, a clause beside the praise that says something of its own ("Tolle
  // Stimme, erinnert mich an Adele.") is a viewer's remark, not the template's.
  // So is a clause that opens as a question does ("Sehr schön gespielt, welche Gitarre ist das.").
  if (
    statements &&
    !core.every((x) => x.oneBang) &&
    sentencesOf(folded, true, true, true).some(
      (x) => x.asks || x.other + x.numbers > 2 || (!x.praise && !x.thanks && (x.other >= 2 || x.numbers > 0)),
    )
  )
    return false;
  const own = shaped.reduce((n, x) => n + x.other, 0);
  return own * 5 <= plainWords.length * 2 && fitsTemplate(shaped, plainWords.length, folded, true);
}

function fitsTemplate(
  sentences: readonly Sentence[],
  wordCount: number,
  folded: string,
  shaped: boolean,
): boolean {
  const loose = sentences.some((x) => x.thanks);
  let tight = true;
  for (const x of sentences) {
    if (x.other === 0) continue;
    // A thanks sentence names what it thanks for ("Danke für diesen unkonventionellen Ansatz!"),
    // a praise sentence carries at most one word of its own ("Sehr interessantes Videoformat!"),
    // two in a comment shaped like the template.
    if (x.thanks) {
      if (x.other > 3) tight = false;
    } else if (x.praise) {
      if (x.other > (shaped ? 2 : 1)) tight = false;
    } else if (
      !(
        x.exclaims &&
        ((x.count <= 3 && x.other <= 1) ||
          (loose && x.count <= 10 && x.other <= 3) ||
          (shaped && x.count <= 12 && x.other <= 1))
      )
    )
      return false;
  }
  if (tight)
    return (
      wordCount <= (shaped ? 60 : 30) &&
      (sentences.length >= 2 || (shaped ? TEMPLATE_PRAISE_RE : PRAISE_RE).test(folded))
    );
  return sentences.length >= 2 && sentences.every((x) => x.praise || x.thanks);
}

/**
 * Class one comment on its own (the duplicate rule needs the batch: see classifyComments).
 * Short questions ("Where is this?") are neutral, not generic: the guide counts questions as
 * a sign of a live audience, and the method's substantive class needs ≥ 5 words (docs/method.md, Q).
 */
export function classifyComment(text: string, context?: CommentContext): Classification {
  const spam = spamRule(text, context);
  if (spam) return { class: 'spam', rule: spam };
  // The model weighs links heavily; a link to the post itself is left out of what it reads.
  const forModel = sharesThePost(fold(text), context) ? stripUrls(text) : text;
  if (spamModelSays(forModel)) return { class: 'spam', rule: 'spam:model' };

  const plain = plainText(text);
  const plainWords = words(plain);
  if (plainWords.length === 0) {
    if (mentionsIn(text).length > 0) return { class: 'generic', rule: 'generic:mention-only' };
    if (countEmoji(text) > 0) return { class: 'generic', rule: 'generic:emoji-only' };
    return { class: 'generic', rule: 'generic:empty' };
  }
  const folded = fold(plain);
  const question = isQuestion(folded);
  const short = plainWords.length <= 3 || plain.replace(/[^\p{L}\p{N}]/gu, '').length < 12;
  if (short) {
    const praise = (PRAISE_RE.test(folded) || SHORT_PRAISE_RE.test(folded)) && !negated(folded);
    if (question && !praise) return { class: 'neutral', rule: 'neutral:short-question' };
    if (praise) return { class: 'generic', rule: 'generic:short-praise' };
    // A short phrase with neither praise nor emoji ("Greetings from Vienna", "Same here")
    // is a remark, not praise; a bare unknown word ("Slay", "First") stays generic filler.
    if (plainWords.length >= 2 && countEmoji(text) === 0)
      return { class: 'neutral', rule: 'neutral:short-remark' };
    return { class: 'generic', rule: 'generic:short' };
  }
  if (question && plainWords.length >= 5) return { class: 'substantive', rule: 'substantive:question' };
  if (isPraiseOnly(folded, plainWords)) return { class: 'generic', rule: 'generic:praise-lexicon' };
  if (isPraiseTemplate(text, folded, plainWords))
    return { class: 'generic', rule: 'generic:praise-template' };
  if (!question && otherWords(plainWords) === 0 && !negated(folded))
    return { class: 'generic', rule: 'generic:filler-only' };
  if (plainWords.length >= 5) {
    if (EXPERIENCE_RE.test(folded)) return { class: 'substantive', rule: 'substantive:experience' };
    if (sharesCaptionWord(plainWords, context))
      return { class: 'substantive', rule: 'substantive:caption-word' };
  }
  return { class: 'neutral', rule: 'neutral:other' };
}

export interface PodSignal {
  /** Commenters seen in the same order on several posts. */
  authors: string[];
  postIds: string[];
}

/**
 * The same commenters repeating across posts in the same order (an engagement pod): among
 * authors who comment on ≥ `minPosts` posts, a run of `minRun` of them appearing
 * consecutively in that order on ≥ `minPosts` posts.
 */
export function detectPod(comments: readonly Comment[], minRun = 3, minPosts = 3): PodSignal | undefined {
  const byPost = new Map<string, string[]>();
  for (const c of orderComments(comments)) {
    if (c.isCreatorReply) continue;
    const seq = byPost.get(c.postId) ?? [];
    const author = c.author.toLowerCase();
    if (!seq.includes(author)) seq.push(author);
    byPost.set(c.postId, seq);
  }
  const postsPerAuthor = new Map<string, number>();
  for (const seq of byPost.values())
    for (const a of seq) postsPerAuthor.set(a, (postsPerAuthor.get(a) ?? 0) + 1);
  const runs = new Map<string, Set<string>>();
  for (const [postId, seq] of byPost) {
    const projected = seq.filter((a) => (postsPerAuthor.get(a) ?? 0) >= minPosts);
    const seen = new Set<string>();
    for (let i = 0; i + minRun <= projected.length; i++) {
      const key = projected.slice(i, i + minRun).join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      const set = runs.get(key) ?? new Set<string>();
      set.add(postId);
      runs.set(key, set);
    }
  }
  let best: PodSignal | undefined;
  for (const [key, postIds] of [...runs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (postIds.size >= minPosts && (!best || postIds.size > best.postIds.length)) {
      best = { authors: key.split('\u0000'), postIds: [...postIds].sort() };
    }
  }
  return best;
}

/** Comments in reading order: by post, then by time when known, then as given. */
function orderComments(comments: readonly Comment[]): Comment[] {
  return comments
    .map((c, i) => ({ c, i }))
    .sort((a, b) => {
      const ta = a.c.createdAt;
      const tb = b.c.createdAt;
      if (a.c.postId === b.c.postId && ta !== undefined && tb !== undefined && ta !== tb) return ta - tb;
      return a.i - b.i;
    })
    .map(({ c }) => c);
}

export interface ClassifiedComments {
  judgements: CommentJudgement[];
  pod?: PodSignal;
}

export interface BatchOptions {
  /**
   * The creator's handle (the profile being scored). Without it, the author of a creator reply
   * stands for the creator, when there is one.
   */
  creator?: string;
}

/**
 * Class a batch: each comment with its post's caption and the creator's handle as context; the
 * same normalised text from ≥ 3 distinct authors becomes generic ('generic:duplicate') unless
 * it is spam.
 */
export function classifyComments(
  comments: readonly Comment[],
  posts: readonly Post[],
  options: BatchOptions = {},
): ClassifiedComments {
  const creator = options.creator ?? comments.find((c) => c.isCreatorReply)?.author;
  const postById = new Map(posts.map((p) => [p.id, p]));
  const authorsByKey = new Map<string, Set<string>>();
  for (const c of comments) {
    if (c.isCreatorReply) continue;
    const key = duplicateKey(c.text);
    const set = authorsByKey.get(key) ?? new Set<string>();
    set.add(c.author.toLowerCase());
    authorsByKey.set(key, set);
  }
  const topics = new Map<string, ReadonlySet<string>>();
  const judgements = comments.map((c): CommentJudgement => {
    const post = postById.get(c.postId);
    const context: CommentContext = creator ? { creator } : {};
    if (post) {
      let topic = topics.get(post.id);
      if (!topic) {
        topic = keywordSet(post.caption, post.hashtags);
        topics.set(post.id, topic);
      }
      context.topic = topic;
      if (post.caption) context.caption = post.caption;
    }
    let result = classifyComment(c.text, context);
    if (
      result.class !== 'spam' &&
      result.class !== 'generic' &&
      !c.isCreatorReply &&
      (authorsByKey.get(duplicateKey(c.text))?.size ?? 0) >= 3
    ) {
      result = { class: 'generic', rule: 'generic:duplicate' };
    }
    return {
      commentId: c.id,
      postId: c.postId,
      class: result.class,
      rule: result.rule,
      creatorReply: c.isCreatorReply,
    };
  });
  const pod = detectPod(comments);
  return pod ? { judgements, pod } : { judgements };
}
