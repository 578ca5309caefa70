import type { Language } from '../../../shared/common.js';

/**
 * The dry run's problems in Swedish and English, each naming the column as headed in the file.
 * `{column}` and the other placeholders are filled from the problem's params.
 */
const problems: Record<Language, Record<string, string>> = {
  sv: {
    required: 'Kolumnen ”{column}” måste fyllas i. Raden hoppas över.',
    too_long: 'Värdet i ”{column}” är för långt (högst {max} tecken). Raden hoppas över.',
    invalid_number: '”{value}” i ”{column}” är inte ett belopp i hela kronor. Raden hoppas över.',
    invalid_date: '”{value}” i ”{column}” är inget datum (skriv ÅÅÅÅ-MM-DD). Raden hoppas över.',
    invalid_boolean: '”{value}” i ”{column}” är varken ja eller nej. Raden hoppas över.',
    invalid_level: '”{value}” i ”{column}” är ingen nivå 1–4. Raden hoppas över.',
    unknown_id: 'Id ”{value}” i ”{column}” finns inte i registret. Raden hoppas över och inget ändras.',
    ambiguous_name: 'Flera system i registret heter ”{value}”. Ange id i kolumnen för id. Raden hoppas över.',
    illegal_lifecycle: 'Livscykeln i ”{column}” kan inte gå från {from} till {to}. Raden hoppas över.',
    new_phased_out: 'Ett nytt system kan inte registreras som avvecklat (”{column}”). Raden hoppas över.',
    duplicate_in_file: 'Samma system finns redan på rad {other} (”{name}”). Raden hoppas över.',
    probable_duplicate: 'Troligen samma system som på rad {other} (”{name}”): namnen skiljer sig bara i stavning.',
    probable_duplicate_register: 'Troligen samma system som ”{name}” i registret: namnen skiljer sig bara i stavning. Raden blir ett nytt system.',
    unknown_value_default: '”{value}” i ”{column}” är inget känt värde och läses som standardvärdet.',
    unknown_column: 'Kolumnen ”{column}” känns inte igen och läses inte in.',
    sheet_not_supported: 'Bladet känns inte igen som system, avtal, integrationer, personer eller förvaltningar och läses inte in.',
    duplicate_row_in_file: 'Samma post finns redan på rad {other} (”{name}”). Raden hoppas över.',
    ambiguous_record_name: 'Flera poster i registret heter ”{value}”. Ange id i kolumnen för id. Raden hoppas över.',
    invalid_email: '”{value}” i ”{column}” är ingen e-postadress. Raden hoppas över.',
    invalid_months: '”{value}” i ”{column}” är inget antal månader (0–120). Raden hoppas över.',
    end_before_start: 'Slutdatumet i ”{column}” ligger före startdatumet. Raden hoppas över.',
    notice_before_start: 'Uppsägningstiden i ”{column}” räknad från slutdatumet hamnar före startdatumet. Raden hoppas över.',
    unknown_system: 'Systemet ”{value}” i ”{column}” finns varken i registret eller i filen. Raden hoppas över.',
    ambiguous_system: 'Flera system i registret heter ”{value}” (”{column}”). Ange systemets id. Raden hoppas över.',
    self_integration: 'En integration går från ett system till ett annat, inte till samma (”{column}”). Raden hoppas över.',
    email_of_login: 'E-postadressen i ”{column}” ändras inte: e-postadressen för en person med inloggning ändras i Roders personadministration, inte genom import. Resten av raden läses in.',
    no_rows: 'Filen innehåller inga rader att läsa in.',
  },
  en: {
    required: 'The column “{column}” must be filled in. The row is skipped.',
    too_long: 'The value in “{column}” is too long (at most {max} characters). The row is skipped.',
    invalid_number: '“{value}” in “{column}” is not an amount in whole kronor. The row is skipped.',
    invalid_date: '“{value}” in “{column}” is not a date (write YYYY-MM-DD). The row is skipped.',
    invalid_boolean: '“{value}” in “{column}” is neither yes nor no. The row is skipped.',
    invalid_level: '“{value}” in “{column}” is not a level 1–4. The row is skipped.',
    unknown_id: 'The id “{value}” in “{column}” is not in the register. The row is skipped and nothing changes.',
    ambiguous_name: 'Several systems of the register are called “{value}”. Give the id in the id column. The row is skipped.',
    illegal_lifecycle: 'The lifecycle in “{column}” cannot move from {from} to {to}. The row is skipped.',
    new_phased_out: 'A new system cannot be registered as phased out (“{column}”). The row is skipped.',
    duplicate_in_file: 'The same system is already on row {other} (“{name}”). The row is skipped.',
    probable_duplicate: 'Probably the same system as on row {other} (“{name}”): the names differ only in spelling.',
    probable_duplicate_register: 'Probably the same system as “{name}” in the register: the names differ only in spelling. The row becomes a new system.',
    unknown_value_default: '“{value}” in “{column}” is not a known value and is read as the default.',
    unknown_column: 'The column “{column}” is not recognised and is not imported.',
    sheet_not_supported: 'The sheet is not recognised as systems, agreements, integrations, people or departments and is not imported.',
    duplicate_row_in_file: 'The same record is already on row {other} (“{name}”). The row is skipped.',
    ambiguous_record_name: 'Several records of the register are called “{value}”. Give the id in the id column. The row is skipped.',
    invalid_email: '“{value}” in “{column}” is not an e-mail address. The row is skipped.',
    invalid_months: '“{value}” in “{column}” is not a number of months (0–120). The row is skipped.',
    end_before_start: 'The end date in “{column}” is before the start date. The row is skipped.',
    notice_before_start: 'The notice period in “{column}”, counted back from the end date, falls before the start date. The row is skipped.',
    unknown_system: 'The system “{value}” in “{column}” is neither in the register nor in the file. The row is skipped.',
    ambiguous_system: 'Several systems of the register are called “{value}” (“{column}”). Give the system\'s id. The row is skipped.',
    self_integration: 'An integration goes from one system to another, not to the same (“{column}”). The row is skipped.',
    email_of_login: 'The e-mail in “{column}” is not changed: the e-mail of a person with a login is changed in Roder\'s people admin, not by import. The rest of the row is imported.',
    no_rows: 'The file has no rows to import.',
  },
};

export function problemMessage(language: Language, code: string, params: Record<string, string | number>): string {
  const template = problems[language][code] ?? code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** The enum values' names, as the export writes them. */
export function valueLabels(language: Language): Record<string, string> {
  return language === 'en'
    ? { system: 'System', application: 'Application', planned: 'Planned', in_use: 'In use', phasing_out: 'Being phased out', phased_out: 'Phased out', tolerate: 'Tolerate', invest: 'Invest', migrate: 'Migrate', eliminate: 'Eliminate' }
    : { system: 'System', application: 'Applikation', planned: 'Planerad', in_use: 'I drift', phasing_out: 'Avvecklas', phased_out: 'Avvecklad', tolerate: 'Behåll', invest: 'Investera', migrate: 'Migrera', eliminate: 'Avveckla' };
}
