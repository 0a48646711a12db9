import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '@/lib/i18n';
import { profileUrl } from '@/lib/queue/parse';
import { progressOf } from '@/lib/queue/queue';
import { advanceQueue, currentQueue, decideItem } from '@/lib/queue/store';
import type { MicroscopeDb } from '@/lib/shortlist/db';
import './queue.css';

/**
 * The popup's line for the current review queue: its progress ("12 / 40"), the creator opened
 * last, Next (opens the next profile in the current tab: the user's own navigation, one profile
 * at a time) and Skip. Nothing shows without a queue.
 */
export function QueueStatus({ db, t }: { db: MicroscopeDb; t: Translate }) {
  const queue = useLiveQuery(() => currentQueue(db), [db]);
  if (!queue) return null;
  const { done, total } = progressOf(queue);
  const at = queue.cursor >= 0 ? queue.items[queue.cursor] : undefined;

  const next = async () => {
    const moved = await advanceQueue(db, queue.id, Date.now());
    const item = moved?.index === undefined ? undefined : moved.queue.items[moved.index];
    if (!item) return;
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    if (active?.id === undefined) return;
    await browser.tabs.update(active.id, { url: profileUrl(item) });
  };
  const skip = async () => {
    if (queue.cursor < 0 || !at || at.decision !== undefined) return next();
    await decideItem(db, queue.id, queue.cursor, 'skip', Date.now());
    await next();
  };

  return (
    <section
      className="ms-popup-queue"
      data-testid="microscope-popup-queue"
      aria-label={t('queue.popupTitle', { name: queue.name })}
    >
      <div className="ms-popup-queue-head">
        <strong>{t('queue.popupTitle', { name: queue.name })}</strong>
        <span className="ms-pill" data-testid="microscope-queue-progress" data-value={`${done}/${total}`}>
          {t('queue.progress', { done, total })}
        </span>
      </div>
      {at ? <p className="ms-sub">{t('queue.at', { handle: at.handle })}</p> : null}
      {done === total ? (
        <p className="ms-sub">{t('queue.finished')}</p>
      ) : (
        <div className="ms-popup-queue-actions">
          <button
            type="button"
            className="ms-primary"
            data-testid="microscope-queue-next"
            title={t('queue.nextHint')}
            onClick={() => void next()}
          >
            {t('queue.next')}
          </button>
          <button
            type="button"
            className="ms-secondary"
            data-testid="microscope-queue-skip"
            onClick={() => void skip()}
          >
            {t('queue.skip')}
          </button>
        </div>
      )}
    </section>
  );
}
