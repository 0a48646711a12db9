import { Component, type CSSProperties, type ReactNode } from 'react';
import { explain, type Translate } from '@/lib/i18n';

interface PanelProps {
  t: Translate;
  /** Which panel, for the console and the test hook. */
  name: string;
  children: ReactNode;
}

/**
 * Keeps a failure inside one panel of the dashboard: the panel shows what went wrong with a
 * **Try again** button, and the rest of the page (the table, the Undo toast) stays.
 */
export class PanelBoundary extends Component<PanelProps, { error?: unknown }> {
  override state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    console.error(`Microscope: the ${this.props.name} panel could not be shown`, error);
  }

  override render() {
    const { t, name, children } = this.props;
    if (this.state.error === undefined) return children;
    return (
      <div
        className="ms-error ms-panel-error"
        role="alert"
        data-testid="microscope-panel-error"
        data-panel={name}
      >
        <span>{t('ws.panelError', { error: explain(this.state.error, t).slice(0, 300) })}</span>{' '}
        <button type="button" className="ms-secondary" onClick={() => this.setState({ error: undefined })}>
          {t('ws.panelRetry')}
        </button>
      </div>
    );
  }
}

interface RowProps {
  t: Translate;
  /** The row drawn: a failure belongs to it, and another row drawn in the same place starts afresh. */
  rowId: string;
  handle: string;
  columns: number;
  style: CSSProperties;
  children: ReactNode;
}

/** One table row that cannot be drawn shows a line saying so, in its place; the other rows stay. */
export class RowBoundary extends Component<RowProps, { error?: unknown; rowId?: string }> {
  override state: { error?: unknown; rowId?: string } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: RowProps, state: { error?: unknown; rowId?: string }) {
    return props.rowId === state.rowId ? null : { error: undefined, rowId: props.rowId };
  }

  override componentDidCatch(error: unknown) {
    console.error(`Microscope: the row of @${this.props.handle} could not be shown`, error);
  }

  override render() {
    const { t, handle, columns, style, children } = this.props;
    if (this.state.error === undefined) return children;
    return (
      <tr
        className="ms-grid-row ms-grid-data-row ms-row-error"
        style={style}
        data-testid="microscope-row-error"
      >
        <td className="ms-grid-cell ms-error" colSpan={columns}>
          {t('ws.rowError', { handle, error: explain(this.state.error, t).slice(0, 200) })}
        </td>
      </tr>
    );
  }
}
