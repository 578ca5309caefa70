import ExcelJS from 'exceljs';
import type { AttestationOverview } from '../../../shared/attestation.js';
import type { Language } from '../../../shared/common.js';

const labels = {
  sv: { sheet: 'Försenade attesteringar', system: 'System', owner: 'Systemägare', dueDate: 'Sista svarsdag', state: 'Status', open: 'Ej besvarad', dropped: 'Ändrad av annan efter bekräftelse' },
  en: { sheet: 'Overdue attestations', system: 'System', owner: 'System owner', dueDate: 'Due date', state: 'Status', open: 'Not answered', dropped: 'Edited by someone else after confirmation' },
};

/** The overdue list as one sheet, headed in the reader's language, with real dates. */
export async function overdueWorkbook(items: AttestationOverview['overdue'], language: Language): Promise<Buffer> {
  const l = labels[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Roder';
  const sheet = workbook.addWorksheet(l.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: l.system, key: 'system', width: 36 },
    { header: l.owner, key: 'owner', width: 28 },
    { header: l.dueDate, key: 'dueDate', width: 14, style: { numFmt: 'yyyy-mm-dd' } },
    { header: l.state, key: 'state', width: 36 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const item of items) {
    sheet.addRow({ system: item.applicationName, owner: item.ownerName, dueDate: new Date(`${item.dueDate}T00:00:00Z`), state: item.state === 'dropped' ? l.dropped : l.open });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
