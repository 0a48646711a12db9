import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { parseCsv } from '@/lib/exchange/csv';
import type { Translate } from '@/lib/i18n';
import { type Platform, PlatformSchema } from '@/lib/model';
import { type PasteResult, parseCells, parsePaste, profileUrl, targetKey } from '@/lib/queue/parse';
import {
  appendTargets,
  type Decision,
  DecisionSchema,
  newQueue,
  progressOf,
  type Queue,
} from '@/lib/queue/queue';
import {
  advanceQueue,
  currentQueue,
  decideItem,
  deleteQueue,
  listQueues,
  saveQueue,
  setCurrentQueue,
} from '@/lib/queue/store';
import type { MicroscopeDb } from '@/lib/shortlist/db';
import './queue.css';

const plural = (n: number) => (n === 1 ? 'one' : 'other');

/** What a paste added and what it did not, line by line. */
function PasteReport({ t, result }: { t: Translate; result: PasteResult }) {
  const added = result.targets.length;
  return (
    <div className="ms-queue-report" data-testid="microscope-queue-report" role="status">
      <p data-testid="microscope-queue-added" data-value={added}>
        {added > 0 ? t(`queue.added.${plural(added)}`, { n: added }) : t('queue.nothing')}
      </p>
      {result.duplicates.length > 0 ? (
        <details open>
          <summary>{t('queue.duplicates', { n: result.duplicates.length })}</summary>
          <ul data-testid="microscope-queue-duplicates">
            {result.duplicates.map((d) => (
              <li key={d.line} data-line={d.line}>
                {d.firstLine === undefined
                  ? t('queue.duplicateQueued', { line: d.line, handle: d.handle })
                  : t('queue.duplicateOf', { line: d.line, handle: d.handle, first: d.firstLine })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {result.rejected.length > 0 ? (
        <details open>
          <summary>{t('queue.rejected', { n: result.rejected.length })}</summary>
          <ul data-testid="microscope-queue-rejected">
            {result.rejected.map((r) => (
              <li key={r.line} data-line={r.line} data-reason={r.reason}>
                {t('queue.rejectedLine', {
                  line: r.line,
                  text: r.text,
                  reason: t(`queue.reason.${r.reason}`),
                })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/**
 * The dashboard's review queues: paste handles or links (or import a CSV column) into a named
 * queue, see each queue's progress, open the next profile in this tab, set decisions by hand.
 */
export function QueuePanel({
  db,
  t,
  onError,
}: {
  db: MicroscopeDb;
  t: Translate;
  onError(message: string): void;
}) {
  const queues = useLiveQuery(() => listQueues(db), [db]);
  const current = useLiveQuery(() => currentQueue(db), [db]);
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<Platform>('instagram');
  const [csv, setCsv] = useState<{ fields: string[]; rows: Record<string, string>[] }>();
  const [column, setColumn] = useState<string>();
  const [report, setReport] = useState<PasteResult>();
  const [target, setTarget] = useState<'new' | string>('new');

  const into = target === 'new' ? undefined : queues?.find((q) => q.id === target);

  const submit = async () => {
    try {
      const known = new Set(into?.items.map(targetKey) ?? []);
      const result =
        csv && column
          ? parseCells(
              csv.rows.map((r) => r[column] ?? ''),
              platform,
              known,
            )
          : parsePaste(text, platform, known);
      setReport(result);
      if (result.targets.length === 0) return;
      const now = Date.now();
      const queue = into
        ? appendTargets(into, result.targets, now)
        : newQueue(`q${now.toString(36)}`, name || t('queue.namePlaceholder'), result.targets, now);
      await saveQueue(db, queue);
      setText('');
      setCsv(undefined);
      setColumn(undefined);
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  };

  const readCsv = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseCsv(await file.text());
    if (parsed.rows.length === 0) return onError(t('queue.csvEmpty'));
    setCsv({ fields: parsed.fields, rows: parsed.rows });
    setColumn(parsed.fields.find((f) => /handle|url|link|profil|pseudo|lien/i.test(f)) ?? parsed.fields[0]);
  };

  const next = async (queue: Queue) => {
    const moved = await advanceQueue(db, queue.id, Date.now());
    const item = moved?.index === undefined ? undefined : moved.queue.items[moved.index];
    // The user's own navigation, in this tab: one profile at a time.
    if (item) window.location.assign(profileUrl(item));
  };

  return (
    <section className="ms-queues" data-testid="microscope-queues">
      <form
        className="ms-panel ms-queue-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2>{t('queue.new')}</h2>
        <div className="ms-queue-fields">
          <label className="ms-compact-field">
            <span>{t('queue.into')}</span>
            <select
              data-testid="microscope-queue-target"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            >
              <option value="new">{t('queue.new')}</option>
              {(queues ?? []).map((q) => (
                <option key={q.id} value={q.id}>
                  {q.name}
                </option>
              ))}
            </select>
          </label>
          {target === 'new' ? (
            <label className="ms-compact-field">
              <span>{t('queue.name')}</span>
              <input
                data-testid="microscope-queue-name"
                value={name}
                placeholder={t('queue.namePlaceholder')}
                maxLength={120}
                onChange={(e) => setName(e.target.value)}
              />
            </label>
          ) : null}
          <label className="ms-compact-field">
            <span>{t('queue.platform')}</span>
            <select
              data-testid="microscope-queue-platform"
              value={platform}
              onChange={(e) => setPlatform(PlatformSchema.parse(e.target.value))}
            >
              {PlatformSchema.options.map((p) => (
                <option key={p} value={p}>
                  {t(`platform.${p}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="ms-queue-paste">
          <span>{t('queue.paste')}</span>
          <textarea
            data-testid="microscope-queue-paste"
            rows={6}
            value={text}
            disabled={csv !== undefined}
            onChange={(e) => setText(e.target.value)}
          />
          <small>{t('queue.pasteHint')}</small>
        </label>
        <div className="ms-queue-fields">
          <label className="ms-compact-field">
            <span>{t('queue.csv')}</span>
            <input
              type="file"
              accept=".csv,text/csv"
              data-testid="microscope-queue-csv"
              onChange={(e) => void readCsv(e.target.files?.[0])}
            />
          </label>
          {csv ? (
            <label className="ms-compact-field">
              <span>{t('queue.csvColumn')}</span>
              <select
                data-testid="microscope-queue-csv-column"
                value={column}
                onChange={(e) => setColumn(e.target.value)}
              >
                {csv.fields.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <button type="submit" className="ms-primary" data-testid="microscope-queue-create">
            {into ? t('queue.add', { name: into.name }) : t('queue.create')}
          </button>
        </div>
        {report ? <PasteReport t={t} result={report} /> : null}
      </form>

      <section className="ms-panel">
        <h2>{t('queue.list')}</h2>
        {queues && queues.length === 0 ? <p className="ms-sub">{t('queue.none')}</p> : null}
        <ul className="ms-queue-list">
          {(queues ?? []).map((q) => {
            const { done, total } = progressOf(q);
            const isCurrent = current?.id === q.id;
            return (
              <li key={q.id} data-testid="microscope-queue" data-id={q.id} data-current={isCurrent}>
                <div className="ms-queue-head">
                  <strong>{q.name}</strong>
                  <span
                    className="ms-pill"
                    data-testid="microscope-queue-progress"
                    data-value={`${done}/${total}`}
                  >
                    {t('queue.progress', { done, total })}
                  </span>
                  {isCurrent ? <span className="ms-sub">{t('queue.current')}</span> : null}
                  <span className="ms-head-spacer" />
                  <button
                    type="button"
                    className="ms-primary"
                    data-testid="microscope-queue-next"
                    title={t('queue.nextHint')}
                    disabled={done === total}
                    onClick={() => void next(q)}
                  >
                    {t('queue.next')}
                  </button>
                  {isCurrent ? null : (
                    <button
                      type="button"
                      className="ms-secondary"
                      onClick={() => void setCurrentQueue(db, q.id)}
                    >
                      {t('queue.use')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="ms-link-button"
                    data-testid="microscope-queue-delete"
                    onClick={() => void deleteQueue(db, q.id)}
                  >
                    {t('queue.delete')}
                  </button>
                </div>
                {done === total && total > 0 ? <p className="ms-sub">{t('queue.finished')}</p> : null}
                <details>
                  <summary>{t('queue.decision')}</summary>
                  <ol className="ms-queue-items">
                    {q.items.map((item, i) => (
                      <li
                        key={`${item.platform}:${item.handle}`}
                        data-testid="microscope-queue-item"
                        data-handle={item.handle}
                        data-decision={item.decision ?? ''}
                        aria-current={q.cursor === i ? 'step' : undefined}
                      >
                        <span>
                          @{item.handle} · {t(`platform.${item.platform}`)}
                        </span>
                        <select
                          aria-label={`${t('queue.decision')} @${item.handle}`}
                          value={item.decision ?? ''}
                          onChange={(e) => {
                            const value = DecisionSchema.safeParse(e.target.value);
                            if (value.success)
                              void decideItem(db, q.id, i, value.data as Decision, Date.now());
                          }}
                        >
                          <option value="" disabled>
                            {t('queue.decision.none')}
                          </option>
                          {DecisionSchema.options.map((d) => (
                            <option key={d} value={d}>
                              {t(`queue.decision.${d}`)}
                            </option>
                          ))}
                        </select>
                      </li>
                    ))}
                  </ol>
                </details>
              </li>
            );
          })}
        </ul>
      </section>
    </section>
  );
}
