import './CampaignView.css';
import { useMemo, useState } from 'react';
import type { UiFormatters } from '@/components/use-ui-locale';
import type { Translate } from '@/lib/i18n';
import { type Campaign, type ShortlistEntry, StatusSchema } from '@/lib/model';
import { campaignTotals, type TierKey } from '@/lib/shortlist/campaign-totals';

interface Props {
  t: Translate;
  fmt: UiFormatters;
  campaign: Campaign;
  entries: readonly ShortlistEntry[];
}

const TIERS: readonly TierKey[] = ['nano', 'micro', 'macro', 'mega', 'unknown'];

function Stat(props: { label: string; value: string; raw: number | string; testId: string; hint?: string }) {
  return (
    <div className="ms-stat">
      <div className="ms-stat-label">{props.label}</div>
      <div className="ms-stat-value" data-testid={props.testId} data-value={props.raw}>
        {props.value}
      </div>
      {props.hint ? <div className="ms-stat-hint">{props.hint}</div> : null}
    </div>
  );
}

function Bars(props: { rows: { key: string; label: string; n: number }[]; testId: string }) {
  const max = Math.max(1, ...props.rows.map((r) => r.n));
  return (
    <table className="ms-tbars" data-testid={props.testId}>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.key} data-key={r.key} data-value={r.n}>
            <th>{r.label}</th>
            <td className="ms-tbar-cell">
              <span className="ms-tbar" style={{ width: `${(r.n / max) * 100}%` }} />
            </td>
            <td className="ms-num">{r.n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Plan and measure (guide step 5): totals of the shortlist against the active campaign. */
export function CampaignView({ t, fmt, campaign, entries }: Props) {
  const ownCount = useMemo(
    () => entries.filter((e) => e.report.campaignId === campaign.id).length,
    [entries, campaign.id],
  );
  const [scope, setScope] = useState<'campaign' | 'all'>(ownCount > 0 ? 'campaign' : 'all');
  const scoped = useMemo(
    () => (scope === 'campaign' ? entries.filter((e) => e.report.campaignId === campaign.id) : entries),
    [entries, scope, campaign.id],
  );
  const totals = useMemo(() => campaignTotals(scoped, campaign), [scoped, campaign]);
  const money = (n: number) => fmt.money(n, totals.currency);
  const sizing = totals.sizing;
  const budgetShare = totals.budget ? Math.min(100, (totals.cost / totals.budget) * 100) : 0;

  return (
    <section className="ms-campaign-view" data-testid="microscope-campaign-view">
      <header className="ms-campaign-head">
        <div>
          <h2>{campaign.name}</h2>
          <p className="ms-sub">
            {t(`objective.${campaign.objective}`)} ·{' '}
            {campaign.platforms.map((p) => t(`platform.${p}`)).join(', ')} ·{' '}
            {t('ws.campaign.jurisdiction', { j: campaign.jurisdiction })}
          </p>
        </div>
        <label className="ms-compact-field">
          <span>{t('ws.campaign.scope')}</span>
          <select
            data-testid="microscope-campaign-scope"
            value={scope}
            onChange={(e) => setScope(e.target.value as 'campaign' | 'all')}
          >
            <option value="campaign">{t('ws.campaign.scopeCampaign', { n: ownCount })}</option>
            <option value="all">{t('ws.campaign.scopeAll', { n: entries.length })}</option>
          </select>
        </label>
      </header>

      <div
        className={`ms-sizing ms-sizing-${sizing.state}`}
        data-testid="microscope-sizing"
        data-state={sizing.state}
        data-counted={sizing.counted}
      >
        <strong>{t('ws.sizing.title')}</strong>{' '}
        {sizing.state === 'no-advice'
          ? t('ws.sizing.none', { n: totals.count })
          : t(`ws.sizing.${sizing.objective === 'conversion' ? 'conversion' : 'awareness'}.${sizing.state}`, {
              n: sizing.counted,
              min: sizing.advice?.min ?? 0,
              max: sizing.advice?.max ?? 0,
            })}
      </div>

      <div className="ms-stats">
        <Stat
          label={t('ws.campaign.creators')}
          value={fmt.integer(totals.count)}
          raw={totals.count}
          testId="microscope-total-creators"
          hint={totals.declined ? t('ws.campaign.declinedApart', { n: totals.declined }) : undefined}
        />
        <Stat
          label={t('ws.campaign.reach')}
          value={fmt.integer(Math.round(totals.reach))}
          raw={Math.round(totals.reach)}
          testId="microscope-total-reach"
          hint={t('ws.campaign.reachHint', {
            fromReports: totals.reachFromReports,
            estimated: totals.reachEstimated,
            missing: totals.reachMissing,
          })}
        />
        <Stat
          label={t('ws.campaign.emv')}
          value={money(totals.emv)}
          raw={Math.round(totals.emv * 100) / 100}
          testId="microscope-total-emv"
          hint={t('ws.campaign.emvHint', {
            ig: fmt.money(campaign.cpm.instagram, campaign.currency),
            tt: fmt.money(campaign.cpm.tiktok, campaign.currency),
          })}
        />
        <Stat
          label={t('ws.campaign.cost')}
          value={money(totals.cost)}
          raw={Math.round(totals.cost * 100) / 100}
          testId="microscope-total-cost"
          hint={t('ws.campaign.costHint', {
            quoted: money(totals.quoted),
            nq: totals.quotedCount,
            estimated: money(totals.estimated),
            ne: totals.estimatedCount,
          })}
        />
      </div>

      <div className="ms-budget" data-testid="microscope-budget" data-remaining={totals.remaining ?? ''}>
        {totals.budget === undefined ? (
          <p className="ms-sub">{t('ws.campaign.noBudget')}</p>
        ) : (
          <>
            <div className="ms-budget-bar" aria-hidden="true">
              <span
                className={totals.remaining !== undefined && totals.remaining < 0 ? 'ms-over' : ''}
                style={{ width: `${budgetShare}%` }}
              />
            </div>
            <p>
              {totals.remaining !== undefined && totals.remaining < 0
                ? t('ws.campaign.overBudget', {
                    cost: money(totals.cost),
                    budget: money(totals.budget),
                    over: money(-totals.remaining),
                  })
                : t('ws.campaign.underBudget', {
                    cost: money(totals.cost),
                    budget: money(totals.budget),
                    left: money(totals.remaining ?? 0),
                  })}
            </p>
          </>
        )}
        {totals.priceMissing > 0 ? (
          <p className="ms-sub">{t('ws.campaign.priceMissing', { n: totals.priceMissing })}</p>
        ) : null}
        {totals.converted > 0 ? (
          <p className="ms-sub">
            {t('ws.campaign.converted', { n: totals.converted, currency: totals.currency })}
          </p>
        ) : null}
      </div>

      <div className="ms-breakdowns">
        <div>
          <h3>{t('ws.campaign.byTier')}</h3>
          <Bars
            testId="microscope-by-tier"
            rows={TIERS.filter((k) => k !== 'unknown' || totals.byTier.unknown > 0).map((k) => ({
              key: k,
              label: k === 'unknown' ? t('card.unknown') : t(`tier.${k}`),
              n: totals.byTier[k],
            }))}
          />
        </div>
        <div>
          <h3>{t('ws.campaign.byStatus')}</h3>
          <Bars
            testId="microscope-by-status"
            rows={StatusSchema.options.map((s) => ({
              key: s,
              label: t(`status.${s}`),
              n: totals.byStatus[s],
            }))}
          />
        </div>
      </div>
      <p className="ms-sub ms-method">{t('ws.campaign.method')}</p>
    </section>
  );
}
