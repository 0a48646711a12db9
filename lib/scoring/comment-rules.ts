/**
 * Every rule the comment classifier can name, in the order it tries them. The card shows the
 * rule of each comment with its explanation (lib/i18n/en.ts and fr.ts have one in English and
 * one in French for each id here).
 */
export const COMMENT_RULES = [
  'spam:link',
  'spam:obfuscated-link',
  'spam:send-pic',
  'spam:promote-on',
  'spam:dm',
  'spam:contact-account',
  'spam:follow-for-follow',
  'spam:subscribe',
  'spam:self-promo',
  'spam:like-bait',
  'spam:ambassador',
  'spam:money',
  'spam:investment-testimony',
  'spam:account-testimony',
  'spam:token-pump',
  'spam:donation',
  'spam:recovery',
  'spam:giveaway',
  'spam:romance',
  'spam:collab',
  'spam:promo-account',
  'spam:scam-named-account',
  'spam:styled-letters',
  'spam:model',
  'generic:mention-only',
  'generic:emoji-only',
  'generic:empty',
  'neutral:short-question',
  'generic:short-praise',
  'neutral:short-remark',
  'generic:short',
  'substantive:question',
  'generic:praise-lexicon',
  'generic:praise-template',
  'generic:filler-only',
  'substantive:experience',
  'substantive:caption-word',
  'neutral:other',
  'generic:duplicate',
] as const;

export type CommentRule = (typeof COMMENT_RULES)[number];

export function isCommentRule(rule: string): rule is CommentRule {
  return (COMMENT_RULES as readonly string[]).includes(rule);
}
