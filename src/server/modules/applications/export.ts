import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Language } from '../../../shared/common.js';
import type { Db } from '../../platform/db.js';
import { departments, people } from '../organisation/schema.js';
import type { ApplicationRepository } from './repository.js';
import { flagsFor, noticeDate } from './rules.js';
import { agreements, applicationAgreements, applications, integrations, suppliers } from './schema.js';

type Row = Awaited<ReturnType<ApplicationRepository['listAll']>>[number];

const labels = {
  sv: {
    sheet: 'Systemregister',
    name: 'Namn', vendor: 'Leverantör', versions: 'Versioner', kind: 'Typ', lifecycle: 'Livscykel', assessment: 'Bedömning',
    yearlyCost: 'Årlig kostnad (kr)', owner: 'Systemägare', manager: 'Förvaltningsledare', departments: 'Förvaltningar',
    capabilities: 'Verksamhetsförmågor', personalData: 'Personuppgifter', k: 'K', r: 'R', t: 'T',
    contractEnd: 'Avtalets slutdatum', noticeDate: 'Sista uppsägningsdag', flags: 'Avvikelser', description: 'Beskrivning', id: 'Id',
    yes: 'Ja', no: 'Nej',
    sheets: { departments: 'Förvaltningar', people: 'Personer', agreements: 'Avtal', integrations: 'Integrationer' },
    code: 'Kod', email: 'E-post', title: 'Titel', department: 'Förvaltning', reference: 'Avtalsnummer', agreementKind: 'Avtalstyp', supplier: 'Leverantör',
    startDate: 'Startdatum', endDate: 'Slutdatum', systems: 'System', noticeMonths: 'Uppsägningstid (månader)', extensionOptions: 'Förlängning', source: 'Från system', target: 'Till system',
    framework: 'Ramavtal', contract: 'Avtal',
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
    sheets: { departments: 'Departments', people: 'People', agreements: 'Agreements', integrations: 'Integrations' },
    code: 'Code', email: 'E-mail', title: 'Title', department: 'Department', reference: 'Agreement number', agreementKind: 'Agreement type', supplier: 'Supplier',
    startDate: 'Start date', endDate: 'End date', systems: 'Systems', noticeMonths: 'Notice period (months)', extensionOptions: 'Extension options', source: 'From system', target: 'To system',
    framework: 'Framework', contract: 'Contract',
    enum: {
      system: 'System', application: 'Application', planned: 'Planned', in_use: 'In use', phasing_out: 'Being phased out', phased_out: 'Phased out',
      tolerate: 'Tolerate', invest: 'Invest', migrate: 'Migrate', eliminate: 'Eliminate',
      no_owner: 'No system owner', owner_inactive: 'System owner or manager has left', personal_data_unclassified: 'Personal data without classification',
      notice_date_passed: 'Notice date passed', contract_expired: 'Contract expired', disruption_test_missing: 'No disruption test this year', disruption_test_failed: 'Last disruption test failed',
    } as Record<string, string>,
  },
};

/** The rest of the import's format: what the export's other sheets hold. */
export interface ExportExtras {
  departments: { id: string; name: string; code: string | null }[];
  people: { id: string; name: string; email: string | null; title: string | null; department: string | null }[];
  agreements: { id: string; name: string; reference: string; kind: string; supplier: string | null; startDate: string | null; endDate: string | null; noticeMonths: number | null; extensionOptions: string; description: string; systems: string }[];
  integrations: { id: string; source: string; target: string; description: string }[];
}

/**
 * The other sheets' rows (issue 12, item 1): the integrations between the exported systems, the
 * agreements register, and, for those who may read them, the departments and people.
 */
export async function exportExtras(db: Db, organisationId: string, systemIds: string[], withOrganisation: boolean): Promise<ExportExtras> {
  const extras: ExportExtras = { departments: [], people: [], agreements: [], integrations: [] };
  if (withOrganisation) {
    extras.departments = await db
      .select({ id: departments.id, name: departments.name, code: departments.code })
      .from(departments)
      .where(and(eq(departments.organisationId, organisationId), isNull(departments.archivedAt)))
      .orderBy(asc(departments.nameSort));
    extras.people = await db
      .select({ id: people.id, name: people.name, email: people.email, title: people.title, department: departments.name })
      .from(people)
      .leftJoin(departments, and(eq(departments.organisationId, people.organisationId), eq(departments.id, people.departmentId)))
      .where(and(eq(people.organisationId, organisationId), isNull(people.archivedAt)))
      .orderBy(asc(people.nameSort));
  }
  const agreementRows = await db
    .select({
      id: agreements.id, name: agreements.name, reference: agreements.reference, kind: agreements.kind, supplier: suppliers.name, startDate: agreements.startDate,
      endDate: agreements.endDate, noticeMonths: agreements.noticeMonths, extensionOptions: agreements.extensionOptions, description: agreements.description,
    })
    .from(agreements)
    .leftJoin(suppliers, and(eq(suppliers.organisationId, agreements.organisationId), eq(suppliers.id, agreements.supplierId)))
    .where(and(eq(agreements.organisationId, organisationId), eq(agreements.registered, true), isNull(agreements.archivedAt)))
    .orderBy(asc(agreements.name));
  // The live systems each agreement covers, by name, as the systems sheet names them.
  const covered = new Map<string, string[]>();
  const links = await db
    .select({ agreementId: applicationAgreements.agreementId, name: applications.name })
    .from(applicationAgreements)
    .innerJoin(applications, and(eq(applications.organisationId, applicationAgreements.organisationId), eq(applications.id, applicationAgreements.applicationId)))
    .where(and(eq(applicationAgreements.organisationId, organisationId), isNull(applications.archivedAt)))
    .orderBy(asc(applications.nameSort));
  for (const l of links) covered.set(l.agreementId, [...(covered.get(l.agreementId) ?? []), l.name]);
  extras.agreements = agreementRows.map((a) => ({ ...a, systems: (covered.get(a.id) ?? []).join('; ') }));
  const names = new Map<string, string>();
  for (let i = 0; i < systemIds.length; i += 1000) {
    const chunk = systemIds.slice(i, i + 1000);
    const rows = await db.select({ id: applications.id, name: applications.name }).from(applications).where(and(eq(applications.organisationId, organisationId), inArray(applications.id, chunk)));
    for (const r of rows) names.set(r.id, r.name);
    const flows = await db.select().from(integrations).where(and(eq(integrations.organisationId, organisationId), inArray(integrations.sourceId, chunk)));
    for (const f of flows) extras.integrations.push({ id: f.id, source: f.sourceId, target: f.targetId, description: f.description });
  }
  // Only flows between exported systems, named as the systems sheet names them.
  extras.integrations = extras.integrations.filter((f) => names.has(f.source) && names.has(f.target)).map((f) => ({ ...f, source: names.get(f.source)!, target: names.get(f.target)! }));
  return extras;
}

/** The filtered register as one sheet, headed in the reader's language, with real numbers and dates; the import's other sheets after it. */
export async function exportWorkbook(rows: Row[], language: Language, today: string, extras?: ExportExtras): Promise<Buffer> {
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
  if (extras) addExtraSheets(workbook, l, extras);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addExtraSheets(workbook: ExcelJS.Workbook, l: (typeof labels)['sv' | 'en'], extras: ExportExtras) {
  const asDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
  const add = (name: string, columns: Partial<ExcelJS.Column>[], rows: Record<string, unknown>[]) => {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    // The id last, as on the systems sheet: the import matches each row to its record by it.
    sheet.columns = [...columns, { header: l.id, key: 'id', width: 38 }];
    sheet.getRow(1).font = { bold: true };
    for (const r of rows) sheet.addRow(r);
  };
  if (extras.departments.length || extras.people.length) {
    add(l.sheets.departments, [{ header: l.name, key: 'name', width: 32 }, { header: l.code, key: 'code', width: 10 }], extras.departments);
    add(
      l.sheets.people,
      [{ header: l.name, key: 'name', width: 28 }, { header: l.email, key: 'email', width: 32 }, { header: l.title, key: 'title', width: 24 }, { header: l.department, key: 'department', width: 30 }],
      extras.people,
    );
  }
  add(
    l.sheets.agreements,
    [
      { header: l.name, key: 'name', width: 32 },
      { header: l.reference, key: 'reference', width: 16 },
      { header: l.agreementKind, key: 'kind', width: 12 },
      { header: l.supplier, key: 'supplier', width: 22 },
      { header: l.startDate, key: 'startDate', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
      { header: l.endDate, key: 'endDate', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
      { header: l.noticeMonths, key: 'noticeMonths', width: 12 },
      { header: l.extensionOptions, key: 'extensionOptions', width: 20 },
      { header: l.description, key: 'description', width: 50 },
      { header: l.systems, key: 'systems', width: 40 },
    ],
    extras.agreements.map((a) => ({ ...a, kind: a.kind === 'framework' ? l.framework : l.contract, startDate: asDate(a.startDate), endDate: asDate(a.endDate) })),
  );
  add(
    l.sheets.integrations,
    [{ header: l.source, key: 'source', width: 32 }, { header: l.target, key: 'target', width: 32 }, { header: l.description, key: 'description', width: 50 }],
    extras.integrations,
  );
}
