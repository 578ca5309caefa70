import ExcelJS from 'exceljs';
import type { Language } from '../../../shared/common.js';
import type { ApplicationRepository } from './repository.js';
import { flagsFor, noticeDate } from './rules.js';

type Row = Awaited<ReturnType<ApplicationRepository['listAll']>>[number];

const labels = {
  sv: {
    sheet: 'Systemregister',
    name: 'Namn', vendor: 'Leverantör', versions: 'Versioner', kind: 'Typ', lifecycle: 'Livscykel', assessment: 'Bedömning',
    yearlyCost: 'Årlig kostnad (kr)', owner: 'Systemägare', manager: 'Förvaltningsledare', departments: 'Förvaltningar',
    capabilities: 'Verksamhetsförmågor', personalData: 'Personuppgifter', k: 'K', r: 'R', t: 'T',
    contractEnd: 'Avtalets slutdatum', noticeDate: 'Sista uppsägningsdag', flags: 'Avvikelser', description: 'Beskrivning', id: 'Id',
    yes: 'Ja', no: 'Nej',
    enum: {
      system: 'System', application: 'Applikation', planned: 'Planerad', in_use: 'I drift', phasing_out: 'Avvecklas', phased_out: 'Avvecklad',
      tolerate: 'Behåll', invest: 'Investera', migrate: 'Migrera', eliminate: 'Avveckla',
      no_owner: 'Saknar systemägare', owner_inactive: 'Systemägare eller förvaltningsledare har slutat', personal_data_unclassified: 'Personuppgifter utan informationsklassning',
      notice_date_passed: 'Uppsägningsdatum passerat', contract_expired: 'Avtalet har löpt ut', disruption_test_missing: 'Störningstest saknas i år', disruption_test_failed: 'Senaste störningstestet underkänt',
    } as Record<string, string>,
  },
  en: {
    sheet: 'Application register',
    name: 'Name', vendor: 'Supplier', versions: 'Versions', kind: 'Kind', lifecycle: 'Lifecycle', assessment: 'Assessment',
    yearlyCost: 'Yearly cost (SEK)', owner: 'System owner', manager: 'System manager', departments: 'Departments',
    capabilities: 'Business capabilities', personalData: 'Personal data', k: 'C', r: 'I', t: 'A',
    contractEnd: 'Contract end', noticeDate: 'Last notice date', flags: 'Deviations', description: 'Description', id: 'Id',
    yes: 'Yes', no: 'No',
    enum: {
      system: 'System', application: 'Application', planned: 'Planned', in_use: 'In use', phasing_out: 'Being phased out', phased_out: 'Phased out',
      tolerate: 'Tolerate', invest: 'Invest', migrate: 'Migrate', eliminate: 'Eliminate',
      no_owner: 'No system owner', owner_inactive: 'System owner or manager has left', personal_data_unclassified: 'Personal data without classification',
      notice_date_passed: 'Notice date passed', contract_expired: 'Contract expired', disruption_test_missing: 'No disruption test this year', disruption_test_failed: 'Last disruption test failed',
    } as Record<string, string>,
  },
};

/** The filtered register as one sheet, headed in the reader's language, with real numbers and dates. */
export async function exportWorkbook(rows: Row[], language: Language, today: string): Promise<Buffer> {
  const l = labels[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Roder';
  const sheet = workbook.addWorksheet(l.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: l.name, key: 'name', width: 32 },
    { header: l.vendor, key: 'vendor', width: 22 },
    { header: l.versions, key: 'versions', width: 14 },
    { header: l.kind, key: 'kind', width: 12 },
    { header: l.lifecycle, key: 'lifecycle', width: 12 },
    { header: l.assessment, key: 'assessment', width: 12 },
    { header: l.yearlyCost, key: 'yearlyCost', width: 16, style: { numFmt: '# ##0' } },
    { header: l.owner, key: 'owner', width: 22 },
    { header: l.manager, key: 'manager', width: 22 },
    { header: l.departments, key: 'departments', width: 30 },
    { header: l.capabilities, key: 'capabilities', width: 30 },
    { header: l.personalData, key: 'personalData', width: 10 },
    { header: l.k, key: 'k', width: 5 },
    { header: l.r, key: 'r', width: 5 },
    { header: l.t, key: 't', width: 5 },
    { header: l.contractEnd, key: 'contractEnd', width: 14, style: { numFmt: 'yyyy-mm-dd' } },
    { header: l.noticeDate, key: 'noticeDate', width: 14, style: { numFmt: 'yyyy-mm-dd' } },
    { header: l.flags, key: 'flags', width: 40 },
    { header: l.description, key: 'description', width: 50 },
    // Last, so the sheet reads as before; an import matches each row to its system by it (issue 12, item 1).
    { header: l.id, key: 'id', width: 38 },
  ];
  sheet.getRow(1).font = { bold: true };
  const asDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
  for (const r of rows) {
    const notice = noticeDate(r.contractEndDate, r.noticeMonths);
    const flags = flagsFor(
      {
        kind: r.kind as 'system' | 'application',
        lifecycle: r.lifecycle as 'in_use',
        ownerId: r.ownerId,
        responsibleInactive: r.responsibleInactive,
        personalData: r.personalData,
        classification: { k: r.classK, r: r.classR, t: r.classT },
        contractEndDate: r.contractEndDate,
        noticeMonths: r.noticeMonths,
        disruptionTests: r.tests,
      },
      today,
    );
    sheet.addRow({
      name: r.name,
      vendor: r.vendor,
      versions: r.versions.join(', '),
      kind: l.enum[r.kind] ?? r.kind,
      lifecycle: l.enum[r.lifecycle] ?? r.lifecycle,
      assessment: r.assessment ? (l.enum[r.assessment] ?? r.assessment) : null,
      yearlyCost: r.yearlyCost,
      owner: r.ownerName,
      manager: r.managerName,
      departments: r.departmentNames,
      capabilities: r.capabilityNames,
      personalData: r.personalData ? l.yes : l.no,
      k: r.classK,
      r: r.classR,
      t: r.classT,
      contractEnd: asDate(r.contractEndDate),
      noticeDate: asDate(notice),
      flags: flags.map((f) => l.enum[f]).join('; '),
      description: r.description,
      id: r.id,
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
