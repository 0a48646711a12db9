import './options.css';
import { useEffect, useState } from 'react';
import { MicroscopeIcon } from '@/components/MicroscopeIcon';
import { TargetLanguagesField } from '@/components/TargetLanguagesField';
import { useUiLocale } from '@/components/use-ui-locale';
import { describeError, labelOf, thresholdLabel } from '@/lib/i18n';
import {
  type Campaign,
  CurrencySchema,
  JurisdictionSchema,
  ObjectiveSchema,
  type Platform,
  PlatformSchema,
  type Thresholds,
} from '@/lib/model';
import {
  type CampaignSettings,
  defaultThresholds,
  newCampaign,
  validateCampaignSettings,
} from '@/lib/settings/campaign-settings';
import { loadCampaignSettings, saveCampaignSettings } from '@/lib/settings/campaign-store';
import { PageSettingsPanel } from './PageSettingsPanel';

type Notice = { kind: 'ok' | 'error'; text: string } | undefined;

function numberOrNaN(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.replace(',', '.'));
}

/** A stored value as the user reads it: at most 4 decimals (1/3 shows as 0.3333). */
function shown(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? '' : String(Number(value.toFixed(4)));
}

function NumberField(props: {
  label: string;
  value: number | undefined;
  onChange: (n: number) => void;
  testId?: string;
}) {
  const [text, setText] = useState(shown(props.value));
  // Keep what the user is typing ("0," or "1e") while it parses to the same value.
  useEffect(
    () => setText((current) => (Object.is(numberOrNaN(current), props.value) ? current : shown(props.value))),
    [props.value],
  );
  return (
    <label className="ms-field">
      <span>{props.label}</span>
      <input
        inputMode="decimal"
        value={text}
        data-testid={props.testId}
        onChange={(e) => {
          setText(e.target.value);
          props.onChange(numberOrNaN(e.target.value));
        }}
      />
    </label>
  );
}

export function App() {
  const { t, locale } = useUiLocale();
  const [settings, setSettings] = useState<CampaignSettings>();
  const [selectedId, setSelectedId] = useState<string>();
  const [notice, setNotice] = useState<Notice>();

  useEffect(() => {
    void loadCampaignSettings().then(({ settings: loaded, error }) => {
      setSettings(loaded);
      setSelectedId(loaded.activeId);
      if (error)
        setNotice({ kind: 'error', text: t('options.loadError', { error: describeError(error, t) }) });
    });
  }, [t]);

  if (!settings) return <main className="ms-dashboard ms-root" />;
  const campaign = settings.campaigns.find((c) => c.id === selectedId) ?? settings.campaigns[0]!;

  const patch = (change: Partial<Campaign>) => {
    setNotice(undefined);
    setSettings({
      ...settings,
      campaigns: settings.campaigns.map((c) => (c.id === campaign.id ? { ...c, ...change } : c)),
    });
  };
  const patchThreshold = (key: keyof Thresholds, value: unknown) =>
    patch({ thresholds: { ...campaign.thresholds, [key]: value } });

  const addCampaign = (from?: Campaign) => {
    const id = `c${Date.now().toString(36)}`;
    const created = from
      ? { ...structuredClone(from), id, name: `${from.name} (2)` }
      : newCampaign(id, t('options.add'));
    setSettings({ ...settings, campaigns: [...settings.campaigns, created] });
    setSelectedId(id);
  };
  const deleteCampaign = () => {
    const rest = settings.campaigns.filter((c) => c.id !== campaign.id);
    if (rest.length === 0) return;
    setSettings({
      campaigns: rest,
      activeId: settings.activeId === campaign.id ? rest[0]!.id : settings.activeId,
    });
    setSelectedId(rest[0]!.id);
  };
  const save = async () => {
    const checked = validateCampaignSettings(settings);
    if (!checked.ok)
      return setNotice({
        kind: 'error',
        text: t('options.refused', { error: describeError(checked.error, t) }),
      });
    const result = await saveCampaignSettings(checked.value);
    setNotice(
      result.ok
        ? { kind: 'ok', text: t('options.saved') }
        : { kind: 'error', text: t('options.refused', { error: describeError(result.error, t) }) },
    );
  };

  const togglePlatform = (platform: Platform) => {
    const has = campaign.platforms.includes(platform);
    patch({
      platforms: has ? campaign.platforms.filter((p) => p !== platform) : [...campaign.platforms, platform],
    });
  };

  return (
    <main className="ms-dashboard ms-root ms-options">
      <header className="ms-page-head">
        <h1>
          <MicroscopeIcon size={20} /> {t('options.title')}
        </h1>
        <button
          type="button"
          className="ms-secondary"
          onClick={() => addCampaign()}
          data-testid="microscope-campaign-add"
        >
          {t('options.add')}
        </button>
      </header>
      <p className="ms-sub">{t('options.intro')}</p>
      {notice?.kind === 'error' ? (
        <p className="ms-error" role="alert">
          {notice.text}
        </p>
      ) : null}
      <div className="ms-options-layout">
        <nav className="ms-campaign-list">
          {settings.campaigns.map((c) => (
            <button
              type="button"
              key={c.id}
              className={c.id === campaign.id ? 'ms-campaign-tab ms-selected' : 'ms-campaign-tab'}
              onClick={() => setSelectedId(c.id)}
            >
              {c.name}
              {c.id === settings.activeId ? <span className="ms-pill">{t('options.active')}</span> : null}
            </button>
          ))}
        </nav>
        <section className="ms-panel" data-testid="microscope-campaign-form">
          <div className="ms-form-grid">
            <label className="ms-field">
              <span>{t('options.name')}</span>
              <input
                value={campaign.name}
                onChange={(e) => patch({ name: e.target.value })}
                data-testid="microscope-campaign-name"
              />
            </label>
            <label className="ms-field">
              <span>{t('options.objective')}</span>
              <select
                value={campaign.objective}
                data-testid="microscope-campaign-objective"
                onChange={(e) => patch({ objective: ObjectiveSchema.parse(e.target.value) })}
              >
                {ObjectiveSchema.options.map((o) => (
                  <option key={o} value={o}>
                    {t(`objective.${o}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="ms-field ms-wide">
              <span>{t('options.keywords')}</span>
              <input
                defaultValue={campaign.nicheKeywords.join(', ')}
                key={`kw-${campaign.id}`}
                data-testid="microscope-campaign-keywords"
                onChange={(e) =>
                  patch({
                    nicheKeywords: e.target.value
                      .split(',')
                      .map((k) => k.trim())
                      .filter(Boolean),
                  })
                }
              />
            </label>
            <fieldset className="ms-field">
              <legend>{t('options.platforms')}</legend>
              {PlatformSchema.options.map((p) => (
                <label key={p} className="ms-check">
                  <input
                    type="checkbox"
                    checked={campaign.platforms.includes(p)}
                    onChange={() => togglePlatform(p)}
                  />
                  {t(`platform.${p}`)}
                </label>
              ))}
            </fieldset>
            <NumberField
              label={t('options.budget')}
              value={campaign.budget}
              onChange={(n) => patch({ budget: Number.isNaN(n) ? undefined : n })}
            />
            <label className="ms-field">
              <span>{t('options.currency')}</span>
              <select
                value={campaign.currency}
                onChange={(e) => patch({ currency: CurrencySchema.parse(e.target.value) })}
              >
                {CurrencySchema.options.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            </label>
            {PlatformSchema.options.map((p) => (
              <NumberField
                key={p}
                label={t('options.cpm', { platform: t(`platform.${p}`) })}
                value={campaign.cpm[p]}
                onChange={(n) => patch({ cpm: { ...campaign.cpm, [p]: n } })}
              />
            ))}
            <label className="ms-field">
              <span>{t('options.jurisdiction')}</span>
              <select
                value={campaign.jurisdiction}
                onChange={(e) => patch({ jurisdiction: JurisdictionSchema.parse(e.target.value) })}
              >
                {JurisdictionSchema.options.map((j) => (
                  <option key={j}>{j}</option>
                ))}
              </select>
            </label>
            <TargetLanguagesField
              t={t}
              locale={locale}
              value={campaign.targetLanguages}
              onChange={(targetLanguages) => patch({ targetLanguages })}
            />
          </div>

          <h2>{t('options.thresholds')}</h2>
          <div className="ms-form-grid" key={`th-${campaign.id}`}>
            {Object.entries(campaign.thresholds).map(([key, value]) =>
              typeof value === 'number' ? (
                <NumberField
                  key={key}
                  label={thresholdLabel(key, t)}
                  value={value}
                  testId={`microscope-threshold-${key}`}
                  onChange={(n) => patchThreshold(key as keyof Thresholds, n)}
                />
              ) : typeof value === 'object' && value !== null ? (
                <fieldset key={key} className="ms-field ms-wide">
                  <legend>{thresholdLabel(key, t)}</legend>
                  <div className="ms-inline">
                    {Object.entries(value as Record<string, number>).map(([sub, n]) => (
                      <NumberField
                        key={sub}
                        label={labelOf(`tier.${sub}`, t)}
                        value={n}
                        onChange={(next) =>
                          patchThreshold(key as keyof Thresholds, { ...(value as object), [sub]: next })
                        }
                      />
                    ))}
                  </div>
                </fieldset>
              ) : null,
            )}
          </div>

          <footer className="ms-actions">
            <button
              type="button"
              className="ms-primary"
              onClick={save}
              data-testid="microscope-campaign-save"
            >
              {t('options.save')}
            </button>
            <button
              type="button"
              className="ms-secondary"
              disabled={settings.activeId === campaign.id}
              onClick={() => setSettings({ ...settings, activeId: campaign.id })}
              data-testid="microscope-campaign-activate"
            >
              {t('options.setActive')}
            </button>
            <button
              type="button"
              className="ms-secondary"
              onClick={() => patch({ thresholds: defaultThresholds() })}
            >
              {t('options.resetThresholds')}
            </button>
            <button type="button" className="ms-secondary" onClick={() => addCampaign(campaign)}>
              {t('options.duplicate')}
            </button>
            <button
              type="button"
              className="ms-secondary"
              onClick={deleteCampaign}
              disabled={settings.campaigns.length < 2}
            >
              {t('options.delete')}
            </button>
          </footer>
          {notice ? (
            <p
              className={notice.kind === 'ok' ? 'ms-message' : 'ms-error'}
              role="status"
              data-testid="microscope-campaign-notice"
            >
              {notice.text}
            </p>
          ) : null}
        </section>
      </div>
      <PageSettingsPanel t={t} />
    </main>
  );
}
