import type { Formatters, MessageKey, Translate } from '../i18n';
import type { Campaign, Jurisdiction, ShortlistEntry } from '../model';
import { DISCLOSURE_RULES } from '../model/disclosure-rules';

/** The brief's disclosure sentence per jurisdiction; where the mention goes comes from DISCLOSURE_RULES. */
const DISCLOSURE_SENTENCE: Record<Jurisdiction, MessageKey> = {
  FR: 'brief.disclosure.FR',
  UK: 'brief.disclosure.UK',
  US: 'brief.disclosure.US',
  DE: 'brief.disclosure.DE',
  ES: 'brief.disclosure.ES',
  IT: 'brief.disclosure.IT',
  BR: 'brief.disclosure.BR',
};

/** Where the creator must put the mention, as the brief says it (the jurisdiction's rule). */
export function disclosurePlacement(jurisdiction: Jurisdiction, t: Translate): string {
  const rule = DISCLOSURE_RULES[jurisdiction];
  const caption = t(rule.caption === 'up-front' ? 'brief.placement.up-front' : 'brief.placement.anywhere');
  return rule.onContent ? t('brief.placement.onContent', { caption }) : caption;
}

/**
 * The guide's five-part brief (step 3): brand context, objective, deliverables, key
 * messages, constraints with the jurisdiction's mandatory disclosure and content rights.
 * Filled from the campaign and the creator; what only the marketer knows is left as a
 * visible [placeholder] to complete in the editable text.
 */

export type BriefSectionKey = 'brand' | 'objective' | 'deliverables' | 'messages' | 'constraints';

export interface BriefSection {
  key: BriefSectionKey;
  title: string;
  /** Paragraph lines; bullet lines start with "- ". */
  lines: string[];
}

export interface Brief {
  title: string;
  recipient: string;
  sections: BriefSection[];
}

export interface BriefInput {
  campaign: Campaign;
  entry: Pick<
    ShortlistEntry,
    'handle' | 'displayName' | 'platform' | 'deliverables' | 'dueDate' | 'publishDate' | 'contentRights'
  >;
  t: Translate;
  fmt: Pick<Formatters, 'date'>;
  /** 3–4 lines about the brand, when the marketer wrote them. */
  brandContext?: string;
  /** 2–3 points the content must convey. */
  keyMessages?: readonly string[];
}

function isoToMs(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

export function generateBrief(input: BriefInput): Brief {
  const { campaign, entry, t, fmt } = input;
  const platform = t(`platform.${entry.platform}`);
  const keywords = campaign.nicheKeywords.join(', ');

  const brand: string[] = [input.brandContext?.trim() || t('brief.brand.placeholder')];
  brand.push(t('brief.brand.campaign', { name: campaign.name }));
  if (keywords) brand.push(t('brief.brand.themes', { keywords }));

  const objective = [t(`brief.objective.${campaign.objective}`)];

  const deliverables = [
    `- ${entry.deliverables?.trim() ? entry.deliverables.trim() : t('brief.deliverables.placeholder', { platform })}`,
    `- ${t('brief.deliverables.platform', { platform })}`,
    `- ${
      entry.dueDate
        ? t('brief.deliverables.due', { date: fmt.date(isoToMs(entry.dueDate)) })
        : t('brief.deliverables.dueMissing')
    }`,
    `- ${
      entry.publishDate
        ? t('brief.deliverables.publish', { date: fmt.date(isoToMs(entry.publishDate)) })
        : t('brief.deliverables.publishMissing')
    }`,
    `- ${t('brief.deliverables.leadTime')}`,
  ];

  const given = (input.keyMessages ?? [])
    .map((m) => m.trim())
    .filter(Boolean)
    .slice(0, 3);
  const messages =
    given.length > 0
      ? given.map((m) => `- ${m}`)
      : [`- ${t('brief.messages.placeholder1')}`, `- ${t('brief.messages.placeholder2')}`];
  messages.push(t('brief.messages.voice'));

  const rights =
    entry.contentRights === true
      ? t('brief.rights.yes')
      : entry.contentRights === false
        ? t('brief.rights.no')
        : t('brief.rights.unknown');
  const constraints = [
    `- ${t(DISCLOSURE_SENTENCE[campaign.jurisdiction], { placement: disclosurePlacement(campaign.jurisdiction, t) })}`,
    `- ${t('brief.constraints.brandTag')}`,
    `- ${t('brief.constraints.review')}`,
    `- ${rights}`,
  ];

  return {
    title: t('brief.title', { campaign: campaign.name }),
    recipient: t('brief.recipient', {
      handle: entry.handle,
      name: entry.displayName?.trim() || `@${entry.handle}`,
      platform,
    }),
    sections: [
      { key: 'brand', title: t('brief.section.brand'), lines: brand },
      { key: 'objective', title: t('brief.section.objective'), lines: objective },
      { key: 'deliverables', title: t('brief.section.deliverables'), lines: deliverables },
      { key: 'messages', title: t('brief.section.messages'), lines: messages },
      { key: 'constraints', title: t('brief.section.constraints'), lines: constraints },
    ],
  };
}

/** The brief as plain text: title, recipient, then "1. Title" and its lines per section. */
export function briefToText(brief: Brief): string {
  const parts = [brief.title, brief.recipient];
  brief.sections.forEach((section, i) => {
    parts.push(`${i + 1}. ${section.title}\n${section.lines.join('\n')}`);
  });
  return `${parts.join('\n\n')}\n`;
}

/** Escapes Markdown's inline syntax so names and notes print as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/^(\s*)([#>+])/, '$1\\$2');
}

/**
 * Markdown of a brief's plain text (possibly edited by hand): the first line becomes the
 * title, "1. …" to "5. …" lines the section headings, "- " lines stay bullets, everything
 * else is escaped so it prints as written.
 */
export function briefTextToMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let titled = false;
  const out = lines.map((line) => {
    if (!line.trim()) return '';
    if (!titled) {
      titled = true;
      return `# ${escapeMarkdown(line.trim())}`;
    }
    const heading = /^([1-5])\.\s+(\S.*)$/.exec(line);
    if (heading) return `## ${heading[1]}. ${escapeMarkdown(heading[2] ?? '')}`;
    const bullet = /^\s*-\s+(.*)$/.exec(line);
    if (bullet) return `- ${escapeMarkdown(bullet[1] ?? '')}`;
    return escapeMarkdown(line);
  });
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
