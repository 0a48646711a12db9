import './DetailPanel.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { LocaleProvider } from '@/components/locale';
import { ScoreCard } from '@/components/ScoreCard';
import { useEscape, useFocusReturn } from '@/components/use-focus-return';
import type { UiFormatters } from '@/components/use-ui-locale';
import { parseTypedNumber } from '@/lib/exchange/typed-number';
import { explain, type Translate, type UiLocale } from '@/lib/i18n';
import {
  type Campaign,
  CurrencySchema,
  type ScoreReport,
  type ShortlistEntry,
  type Status,
  safeProfileUrl,
  TEXT_LIMITS,
} from '@/lib/model';
import type { MicroscopeDb } from '@/lib/shortlist/db';
import { effectiveVerdictOf } from '@/lib/shortlist/effective-verdict';
import { getEntry } from '@/lib/shortlist/queries';
import { type EntryEdit, editEntries, getScoreHistory, setMyNote } from '@/lib/shortlist/repo';
import { BriefPanel } from './BriefPanel';
import { HistoryChart } from './HistoryChart';
import { StatusPipeline } from './StatusPipeline';
import type { EchoEdit } from './use-shortlist-model';

interface Props {
  db: MicroscopeDb;
  id: string;
  deviceId?: string;
  t: Translate;
  fmt: UiFormatters;
  locale: UiLocale;
  campaign: Campaign;
  onClose(): void;
  onError(message: string): void;
  /** Shows a status in the table as it is picked, before it is stored (use-shortlist-model.ts). */
  echo?: EchoEdit;
}

/** A value shown at once when the user changes it, then following the database (no flicker back while saving). */
function useEcho<T>(value: T): [T, (next: T) => void] {
  const [local, setLocal] = useState(value);
  useEffect(() => setLocal(value), [value]);
  return [local, setLocal];
}

/** A text field saved when it loses focus; follows outside changes while not being edited. */
function DraftInput(props: {
  value: string;
  testId: string;
  label: string;
  multiline?: boolean;
  inputMode?: 'decimal' | 'text';
  placeholder?: string;
  maxLength?: number;
  validate?(text: string): string | undefined;
  onCommit(text: string): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(props.value);
  const [focused, setFocused] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!focused) setDraft(props.value);
  }, [props.value, focused]);
  const commit = () => {
    setFocused(false);
    if (draft === props.value) return setError(undefined);
    const problem = props.validate?.(draft);
    setError(problem);
    if (!problem) props.onCommit(draft);
  };
  const common = {
    id,
    'data-testid': props.testId,
    value: draft,
    placeholder: props.placeholder,
    maxLength: props.maxLength,
    'aria-invalid': error ? true : undefined,
    onFocus: () => setFocused(true),
    onBlur: commit,
  };
  return (
    <label className="ms-field" htmlFor={id}>
      {props.label}
      {props.multiline ? (
        <textarea {...common} rows={2} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          inputMode={props.inputMode}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
          }}
        />
      )}
      {error ? (
        <span className="ms-field-error" role="alert">
          {error}
        </span>
      ) : null}
    </label>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="ms-detail-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function TagEditor({ entry, t, edit }: { entry: ShortlistEntry; t: Translate; edit(e: EntryEdit): void }) {
  const [tag, setTag] = useState('');
  const add = () => {
    const clean = tag.trim();
    if (clean) edit({ addTags: [clean] });
    setTag('');
  };
  return (
    <div className="ms-tag-editor" data-testid="microscope-tags">
      {entry.tags.map((existing) => (
        <span key={existing} className="ms-tag" data-value={existing}>
          {existing}
          <button
            type="button"
            aria-label={t('ws.detail.removeTag', { tag: existing })}
            onClick={() => edit({ removeTags: [existing] })}
          >
            ×
          </button>
        </span>
      ))}
      <input
        className="ms-input"
        data-testid="microscope-tag-input"
        maxLength={TEXT_LIMITS.tag}
        value={tag}
        placeholder={t('ws.detail.addTag')}
        onChange={(e) => setTag(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') add();
        }}
      />
      <button
        type="button"
        className="ms-secondary"
        data-testid="microscope-tag-add"
        disabled={!tag.trim()}
        onClick={add}
      >
        +
      </button>
    </div>
  );
}

/** Everything about one shortlisted creator: card, history, pipeline, planning fields, notes, brief. */
export function DetailPanel({ db, id, deviceId, t, fmt, locale, campaign, onClose, onError, echo }: Props) {
  // undefined while loading, null once known to be gone.
  const entry = useLiveQuery(async () => (await getEntry(db, id)) ?? null, [db, id]);
  const history = useLiveQuery(() => getScoreHistory(db, id), [db, id]);
  const [noteState, setNoteState] = useState<'saved' | 'saving'>();
  // The focus goes into the panel when it opens and back to the creator's row when it closes;
  // Esc closes it. It is a side panel, not a modal: the table stays usable next to it.
  const panel = useRef<HTMLElement>(null);
  useFocusReturn(panel, () =>
    document.querySelector<HTMLElement>(
      `[data-testid="microscope-row"][data-id="${CSS.escape(id)}"] [data-testid="microscope-open-detail"]`,
    ),
  );
  useEscape(panel, onClose);

  const edit = (change: EntryEdit, takeBack?: () => void) => {
    editEntries(db, [id], change, Date.now()).catch((e) => {
      takeBack?.();
      onError(explain(e, t, fmt));
    });
  };

  return (
    <aside
      className="ms-detail"
      data-testid="microscope-detail"
      data-handle={entry?.handle}
      data-platform={entry?.platform}
      aria-busy={entry === undefined}
      aria-label={entry ? `@${entry.handle}` : t('ws.detail.title')}
      ref={panel}
      tabIndex={-1}
    >
      {entry ? (
        <DetailBody
          {...{ db, id, deviceId, t, fmt, locale, campaign, onClose, onError, echo }}
          entry={entry}
          history={history}
          edit={edit}
          noteState={noteState}
          setNoteState={setNoteState}
        />
      ) : (
        <>
          <button type="button" className="ms-icon" aria-label={t('button.close')} onClick={onClose}>
            ×
          </button>
          <p className="ms-sub">{entry === null ? t('ws.detail.gone') : t('ws.loading')}</p>
        </>
      )}
    </aside>
  );
}

function DetailBody({
  db,
  deviceId,
  t,
  fmt,
  locale,
  campaign,
  onClose,
  onError,
  echo,
  entry,
  history,
  edit,
  noteState,
  setNoteState,
}: Props & {
  entry: ShortlistEntry;
  history?: ScoreReport[];
  edit(change: EntryEdit, takeBack?: () => void): void;
  noteState?: 'saved' | 'saving';
  setNoteState(state: 'saved' | 'saving' | undefined): void;
}) {
  // A status picked shows at once, here and in the table's row; a failed write takes it back.
  const [status, setStatus] = useEcho(entry.status);
  const pickStatus = (next: Status) => {
    const stored = entry.status;
    setStatus(next);
    const takeBackRow = echo?.(entry.id, { status: next });
    edit({ status: next }, () => {
      takeBackRow?.();
      setStatus(stored);
    });
  };
  const [rights, setRights] = useEcho(entry.contentRights === true);
  const [dueDate, setDueDate] = useEcho(entry.dueDate ?? '');
  const [publishDate, setPublishDate] = useEcho(entry.publishDate ?? '');
  const [currency, setCurrency] = useEcho(entry.currency ?? campaign.currency);
  const shown = effectiveVerdictOf(entry, campaign.thresholds.maxFakeShare);
  const latest = history?.[history.length - 1];
  const myNote = entry.notes.find((n) => n.author === deviceId)?.text ?? '';
  const others = entry.notes.filter((n) => n.author !== deviceId && n.text.trim());
  const numberCheck = (max?: number) => (text: string) => {
    const value = parseTypedNumber(text);
    if (value === undefined || (value !== null && (value < 0 || (max !== undefined && value > max))))
      return max === undefined ? t('ws.detail.badNumber') : t('ws.detail.badPercent');
    return undefined;
  };

  return (
    <>
      <header className="ms-detail-head">
        <div>
          <h2>@{entry.handle}</h2>
          <div className="ms-sub">
            {entry.displayName ? `${entry.displayName} · ` : ''}
            {t(`platform.${entry.platform}`)} ·{' '}
            <a
              href={safeProfileUrl(entry)}
              target="_blank"
              rel="noreferrer noopener"
              data-testid="microscope-open-profile"
            >
              {t('ws.detail.openProfile')}
            </a>
          </div>
        </div>
        <span
          className={`ms-verdict ms-verdict-${shown.verdict}`}
          data-testid="microscope-effective-verdict"
          data-value={shown.verdict}
        >
          {t(`verdict.${shown.verdict}`)}
        </span>
        <button
          type="button"
          className="ms-icon"
          data-testid="microscope-detail-close"
          aria-label={t('button.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {shown.override ? (
        <p className="ms-override" role="note" data-testid="microscope-verdict-override">
          {t('ws.verdict.auditOverride', {
            share: fmt.decimal1(shown.override.share),
            max: fmt.decimal1(shown.override.max),
          })}
        </p>
      ) : null}

      <Section title={t('col.status')}>
        <StatusPipeline t={t} status={status} onChange={pickStatus} />
      </Section>

      <Section title={t('ws.detail.notes')}>
        <label className="ms-field">
          {t('ws.detail.myNote')}
          <textarea
            key={`${entry.id}:${deviceId ?? ''}`}
            data-testid="microscope-note"
            maxLength={TEXT_LIMITS.note}
            defaultValue={myNote}
            rows={3}
            placeholder={t('ws.detail.noteHint')}
            onChange={() => setNoteState(undefined)}
            onBlur={(e) => {
              const text = e.target.value;
              if (text === myNote) return;
              setNoteState('saving');
              setMyNote(db, entry.id, text, Date.now())
                .then(() => setNoteState('saved'))
                .catch((err) => onError(explain(err, t, fmt)));
            }}
          />
        </label>
        <span className="ms-ok" role="status">
          {noteState === 'saved' ? (
            <span data-testid="microscope-note-saved">{t('ws.detail.noteSaved')}</span>
          ) : null}
        </span>
        {others.length > 0 ? (
          <ul className="ms-team-notes" data-testid="microscope-team-notes">
            {others.map((n) => (
              <li key={n.author}>
                <strong>{n.authorName}</strong>
                <p>{n.text}</p>
              </li>
            ))}
          </ul>
        ) : null}
      </Section>

      <Section title={t('ws.detail.planning')}>
        <div className="ms-form-grid ms-detail-grid">
          <DraftInput
            label={t('ws.col.assignee')}
            testId="microscope-assignee"
            maxLength={TEXT_LIMITS.name}
            value={entry.assignee ?? ''}
            onCommit={(v) => edit({ assignee: v.trim() || null })}
          />
          <div className="ms-price-row">
            <DraftInput
              label={t('ws.detail.quotedPrice')}
              testId="microscope-quoted-price"
              inputMode="decimal"
              value={entry.quotedPrice === undefined ? '' : String(entry.quotedPrice)}
              validate={numberCheck()}
              onCommit={(v) => edit({ quotedPrice: parseTypedNumber(v) ?? null })}
            />
            <label className="ms-field">
              {t('options.currency')}
              <select
                data-testid="microscope-currency"
                value={currency}
                onChange={(e) => {
                  const next = CurrencySchema.parse(e.target.value);
                  setCurrency(next);
                  edit({ currency: next });
                }}
              >
                {CurrencySchema.options.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <DraftInput
            label={t('ws.detail.deliverables')}
            testId="microscope-deliverables"
            multiline
            placeholder={t('ws.detail.deliverablesHint')}
            maxLength={TEXT_LIMITS.text}
            value={entry.deliverables ?? ''}
            onCommit={(v) => edit({ deliverables: v.trim() || null })}
          />
          <label className="ms-field">
            {t('ws.detail.dueDate')}
            <input
              type="date"
              data-testid="microscope-due-date"
              value={dueDate}
              onChange={(e) => {
                setDueDate(e.target.value);
                edit({ dueDate: e.target.value || null });
              }}
            />
          </label>
          <label className="ms-field">
            {t('ws.detail.publishDate')}
            <input
              type="date"
              data-testid="microscope-publish-date"
              value={publishDate}
              onChange={(e) => {
                setPublishDate(e.target.value);
                edit({ publishDate: e.target.value || null });
              }}
            />
          </label>
          <DraftInput
            label={t('ws.detail.auditFakeShare', { max: fmt.decimal1(campaign.thresholds.maxFakeShare) })}
            testId="microscope-audit-fake-share"
            inputMode="decimal"
            value={entry.auditFakeShare === undefined ? '' : String(entry.auditFakeShare)}
            validate={numberCheck(100)}
            onCommit={(v) => edit({ auditFakeShare: parseTypedNumber(v) ?? null })}
          />
          <label className="ms-check ms-wide">
            <input
              type="checkbox"
              data-testid="microscope-content-rights"
              checked={rights}
              onChange={(e) => {
                setRights(e.target.checked);
                edit({ contentRights: e.target.checked });
              }}
            />
            {t('ws.detail.contentRights')}
          </label>
        </div>
      </Section>

      <Section title={t('ws.col.tags')}>
        <TagEditor entry={entry} t={t} edit={edit} />
      </Section>

      <BriefPanel t={t} fmt={fmt} locale={locale} campaign={campaign} entry={entry} />

      <Section title={t('ws.detail.latestScore')}>
        {/* The whole latest report comes from the score history (the row keeps a summary). */}
        {latest ? (
          <LocaleProvider value={{ locale, t, fmt }}>
            <ScoreCard report={latest} added />
          </LocaleProvider>
        ) : (
          <p className="ms-sub">{t('ws.loading')}</p>
        )}
      </Section>
      {history ? <HistoryChart history={history} t={t} fmt={fmt} /> : null}
    </>
  );
}
