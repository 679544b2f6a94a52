/**
 * The File menu: import a whole school from a staffroom/1 file, export the school as one, and
 * export any list as a spreadsheet. A disclosure (button plus list of buttons): Escape closes it
 * and returns focus to the File button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { School } from '../../solver/model/school-file';
import { useClient } from '../api/ClientContext';
import { asApiError } from '../api/use-request';
import { download, listFileName } from '../files/download';
import { LIST_EXPORTS, listCsv, type ExportedList } from '../files/list-exports';
import { ImportDialog } from './ImportDialog';

interface Props {
  school: School;
  announce: (message: string) => void;
  onImported: (message: string) => void;
  disabled: boolean;
}

export function FileMenu({ school, announce, onImported, disabled }: Props) {
  const client = useClient();
  const [open, setOpen] = useState(false);
  const [importing, setImporting] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector('button')?.focus();
    const away = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    window.addEventListener('pointerdown', away);
    return () => window.removeEventListener('pointerdown', away);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const exportSchool = async () => {
    close();
    try {
      const file = await client.call('file:exportSchool');
      download(file.fileName, file.mediaType, file.text);
      announce(`Exported the whole school as ${file.fileName}.`);
    } catch (error) {
      announce(asApiError(error).message);
    }
  };
  const exportList = (list: ExportedList, title: string) => {
    close();
    const name = listFileName(school.school.name, list);
    download(name, 'text/csv', listCsv(school, list));
    announce(`Exported the ${title.toLowerCase()} list as ${name}.`);
  };

  return (
    <div className="file-menu" onKeyDown={(e) => e.key === 'Escape' && open && (e.preventDefault(), close())}>
      <button type="button" ref={button} aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)} disabled={disabled}>
        File <span aria-hidden="true">▾</span>
      </button>
      <div id={menuId} ref={panel} className="file-menu-panel" hidden={!open}>
        <ul>
          <li>
            <button type="button" onClick={() => { setOpen(false); setImporting(true); }}>Import a school file…</button>
          </li>
          <li>
            <button type="button" onClick={() => void exportSchool()}>Export the school file</button>
          </li>
        </ul>
        <p className="menu-heading" id={`${menuId}-lists`}>Export a list as a spreadsheet (CSV)</p>
        <ul aria-labelledby={`${menuId}-lists`}>
          {LIST_EXPORTS.map(({ list, title }) => (
            <li key={list}>
              <button type="button" onClick={() => exportList(list, title)}>{title} (CSV)</button>
            </li>
          ))}
        </ul>
      </div>
      {importing && (
        <ImportDialog
          current={school.school.name}
          onClose={() => setImporting(false)}
          onImported={(message) => {
            setImporting(false);
            onImported(message);
          }}
        />
      )}
    </div>
  );
}
