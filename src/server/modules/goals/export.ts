import ExcelJS from 'exceljs';
import type { Language } from '../../../shared/common.js';
import type { FollowUp, FollowUpNode } from '../../../shared/goals.js';

const labels = {
  sv: {
    sheet: 'Måluppföljning', level: 'Nivå', number: 'Nr', item: 'Mål', kpi: 'Nyckeltal', status: 'Status', latest: 'Senaste värde', period: 'Period',
    target: 'Målvärde', targetDate: 'Måldatum', expected: 'Förväntat enligt målbana', date: 'Uttag',
    kind: { vision: 'Vision', focus_area: 'Fokusområde', goal: 'Mål', principle: 'Princip' } as Record<string, string>,
    statuses: { met: 'Uppfyllt', on_track: 'Enligt plan', at_risk: 'Risk', missed: 'Ej uppfyllt', no_data: 'Mätning saknas' } as Record<string, string>,
  },
  en: {
    sheet: 'Goal follow-up', level: 'Level', number: 'No.', item: 'Goal', kpi: 'KPI', status: 'Status', latest: 'Latest value', period: 'Period',
    target: 'Target', targetDate: 'Target date', expected: 'Expected on the target path', date: 'Exported',
    kind: { vision: 'Vision', focus_area: 'Focus area', goal: 'Goal', principle: 'Principle' } as Record<string, string>,
    statuses: { met: 'Met', on_track: 'On track', at_risk: 'At risk', missed: 'Missed', no_data: 'No data' } as Record<string, string>,
  },
};

/** The follow-up as a council member's spreadsheet: one row per goal and one per KPI under it. */
export async function followUpWorkbook(followUp: FollowUp, language: Language, today: string): Promise<Buffer> {
  const l = labels[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Roder';
  const sheet = workbook.addWorksheet(l.sheet, { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.addRow([followUp.documentTitle]).font = { bold: true, size: 14 };
  sheet.addRow([`${l.date}: ${today}`]);
  sheet.columns = [
    { key: 'level', width: 14 },
    { key: 'number', width: 8 },
    { key: 'item', width: 50 },
    { key: 'kpi', width: 40 },
    { key: 'status', width: 16 },
    { key: 'latest', width: 14 },
    { key: 'period', width: 12 },
    { key: 'target', width: 12 },
    { key: 'targetDate', width: 12 },
    { key: 'expected', width: 22 },
  ];
  sheet.addRow([l.level, l.number, l.item, l.kpi, l.status, l.latest, l.period, l.target, l.targetDate, l.expected]).font = { bold: true };
  const walk = (nodes: FollowUpNode[], depth: number) => {
    for (const node of nodes) {
      sheet.addRow({ level: l.kind[node.kind], number: node.number, item: `${'  '.repeat(depth)}${node.title}`, status: l.statuses[node.status] });
      for (const k of node.kpis) {
        const e = k.evaluation;
        sheet.addRow({
          kpi: k.name,
          status: l.statuses[e.status],
          latest: e.latest?.value ?? null,
          period: e.latest?.periodEnd ?? null,
          target: e.target?.value ?? null,
          targetDate: e.target?.targetDate ?? null,
          expected: e.expected === null ? null : Math.round(e.expected * 10) / 10,
        });
      }
      walk(node.children, depth + 1);
    }
  };
  walk(followUp.goals, 0);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
