import './FilterBar.css';
import { type AudienceLanguageFilter, LANGUAGE_FIT_FILTERS } from '@/lib/audience/filter';
import type { Translate, UiLocale } from '@/lib/i18n';
import { languageName } from '@/lib/i18n/languages';
import {
  type Platform,
  PlatformSchema,
  type Status,
  StatusSchema,
  type Tier,
  TierSchema,
  type Verdict,
  VerdictSchema,
} from '@/lib/model';
import { isFilterEmpty, type ShortlistFilter } from '@/lib/shortlist/filters';

interface Props {
  t: Translate;
  filter: ShortlistFilter;
  onChange(filter: ShortlistFilter): void;
  tags: readonly string[];
  campaigns: readonly { id: string; name: string }[];
  /** While the whole list loads, filters wait. */
  disabled?: boolean;
  /** The audience's main languages present in the shortlist, and the UI language to name them. */
  languages?: readonly string[];
  locale?: UiLocale;
}

function Choice<T extends string>(props: {
  label: string;
  testId: string;
  value: T | undefined;
  options: readonly T[];
  labelOf(value: T): string;
  anyLabel: string;
  onChange(value: T | undefined): void;
}) {
  return (
    <label className="ms-compact-field">
      <span>{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : (e.target.value as T))}
      >
        <option value="">{props.anyLabel}</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.labelOf(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

const one = <T,>(list: readonly T[] | undefined): T | undefined => list?.[0];
const list = <T,>(value: T | undefined): T[] | undefined => (value === undefined ? undefined : [value]);

/** Search and the platform / tier / status / verdict / tag / campaign filters. */
export function FilterBar({
  t,
  filter,
  onChange,
  tags,
  campaigns,
  disabled,
  languages = [],
  locale = 'en',
}: Props) {
  const any = t('ws.filter.any');
  const set = (patch: Partial<ShortlistFilter>) => onChange({ ...filter, ...patch });
  return (
    <search className="ms-filters" aria-busy={disabled}>
      <label className="ms-compact-field ms-search">
        <span>{t('ws.filter.search')}</span>
        <input
          type="search"
          data-testid="microscope-filter-text"
          placeholder={t('ws.filter.searchHint')}
          value={filter.text ?? ''}
          onChange={(e) => set({ text: e.target.value })}
        />
      </label>
      <Choice<Platform>
        label={t('col.platform')}
        testId="microscope-filter-platform"
        value={one(filter.platforms)}
        options={PlatformSchema.options}
        labelOf={(v) => t(`platform.${v}`)}
        anyLabel={any}
        onChange={(v) => set({ platforms: list(v) })}
      />
      <Choice<Tier>
        label={t('col.tier')}
        testId="microscope-filter-tier"
        value={one(filter.tiers)}
        options={TierSchema.options}
        labelOf={(v) => t(`tier.${v}`)}
        anyLabel={any}
        onChange={(v) => set({ tiers: list(v) })}
      />
      <Choice<Status>
        label={t('col.status')}
        testId="microscope-filter-status"
        value={one(filter.statuses)}
        options={StatusSchema.options}
        labelOf={(v) => t(`status.${v}`)}
        anyLabel={any}
        onChange={(v) => set({ statuses: list(v) })}
      />
      <Choice<Verdict>
        label={t('col.verdict')}
        testId="microscope-filter-verdict"
        value={one(filter.verdicts)}
        options={VerdictSchema.options}
        labelOf={(v) => t(`verdict.${v}`)}
        anyLabel={any}
        onChange={(v) => set({ verdicts: list(v) })}
      />
      <Choice<string>
        label={t('ws.col.tags')}
        testId="microscope-filter-tag"
        value={filter.tag}
        options={tags}
        labelOf={(v) => v}
        anyLabel={any}
        onChange={(v) => set({ tag: v })}
      />
      <Choice<string>
        label={t('ws.filter.campaign')}
        testId="microscope-filter-campaign"
        value={filter.campaignId}
        options={campaigns.map((c) => c.id)}
        labelOf={(id) => campaigns.find((c) => c.id === id)?.name ?? id}
        anyLabel={any}
        onChange={(v) => set({ campaignId: v })}
      />
      <Choice<AudienceLanguageFilter>
        label={t('ws.filter.languages')}
        testId="microscope-filter-audience-language"
        value={filter.audienceLanguage}
        options={[...LANGUAGE_FIT_FILTERS, ...languages.map((l): AudienceLanguageFilter => `main:${l}`)]}
        labelOf={(v) =>
          v.startsWith('main:')
            ? t('ws.filter.languages.main', { language: languageName(v.slice(5), locale) })
            : t(`ws.filter.languages.${v as (typeof LANGUAGE_FIT_FILTERS)[number]}`)
        }
        anyLabel={any}
        onChange={(v) => set({ audienceLanguage: v })}
      />
      <button
        type="button"
        className="ms-link-button"
        data-testid="microscope-filter-clear"
        disabled={isFilterEmpty(filter)}
        onClick={() => onChange({})}
      >
        {t('ws.filter.clear')}
      </button>
    </search>
  );
}
