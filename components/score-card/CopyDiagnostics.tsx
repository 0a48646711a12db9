import './CopyDiagnostics.css';
import { useState } from 'react';
import { useT } from '../locale';

/** Copies the diagnostics text; when the browser blocks the clipboard, shows it to copy by hand. */
export function CopyDiagnostics({ text }: { text: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="ms-diagnostics">
      <button type="button" className="ms-secondary" data-testid="microscope-copy-diagnostics" onClick={copy}>
        {t('card.copyDiagnostics')}
      </button>
      {state === 'copied' ? <span className="ms-sub"> {t('card.copied')}</span> : null}
      {state === 'failed' ? (
        <>
          <p className="ms-sub">{t('card.copyFailed')}</p>
          <textarea
            readOnly
            value={text}
            rows={8}
            data-testid="microscope-diagnostics-text"
            onFocus={(e) => e.target.select()}
          />
        </>
      ) : null}
    </div>
  );
}
