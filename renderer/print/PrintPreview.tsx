/**
 * The pages exactly as they print: the exported HTML in a frame (scripts off, by the sandbox as
 * well as the page's own policy), with Print, and in the desktop app Save as PDF. In the browser
 * the print dialog makes the PDF ("Save as PDF"), as the browser has no other way to.
 */
import { useRef } from 'react';
import type { AppInfo } from '../../api/contract';

export interface ReadyPages {
  title: string;
  fileName: string;
  html: string;
  sheets: number;
}

interface Props {
  pages: ReadyPages;
  runtime: AppInfo['runtime'] | undefined;
  working: boolean;
  onSavePdf: () => void;
  onDownloadHtml: () => void;
}

export function PrintPreview({ pages, runtime, working, onSavePdf, onDownloadHtml }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const print = () => {
    const view = frame.current?.contentWindow;
    view?.focus();
    view?.print();
  };
  return (
    <section className="print-preview" aria-labelledby="print-preview-heading">
      <h3 id="print-preview-heading">
        Ready to print: {pages.title} ({pages.sheets} {pages.sheets === 1 ? 'page' : 'pages'})
      </h3>
      <div className="print-actions">
        <button type="button" onClick={print} disabled={working}>Print…</button>
        {runtime === 'desktop' && (
          <button type="button" className="secondary" onClick={onSavePdf} disabled={working}>Save as PDF</button>
        )}
        <button type="button" className="secondary" onClick={onDownloadHtml} disabled={working}>Save as a web page</button>
      </div>
      {runtime === 'browser' && (
        <p className="muted">To save a PDF, choose Print… and then “Save as PDF” as the printer.</p>
      )}
      <iframe
        ref={frame}
        className="print-frame"
        title={`Preview of ${pages.title}`}
        sandbox="allow-same-origin allow-modals"
        srcDoc={pages.html}
      />
    </section>
  );
}
