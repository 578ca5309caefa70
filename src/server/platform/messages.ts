import type { Language } from '../../shared/common.js';

/**
 * Every message the server sends to a person, in Swedish and English. Keys are the machine codes
 * of problems and of field errors; `{name}` placeholders are filled from params.
 */
const messages = {
  sv: {
    validation_failed: 'Uppgifterna innehåller fel. Rätta de markerade fälten.',
    not_found: 'Det du söker finns inte, eller så saknar du behörighet att se det.',
    route_not_found: 'Adressen finns inte i Roders API.',
    unauthenticated: 'Du är inte inloggad, eller så har din session gått ut. Logga in igen.',
    forbidden: 'Du saknar behörighet att göra detta.',
    csrf_failed: 'Säkerhetstoken saknas eller stämmer inte. Ladda om sidan och försök igen.',
    invalid_credentials: 'Fel e-postadress eller lösenord.',
    too_many_attempts: 'För många misslyckade inloggningar. Vänta {minutes} minuter och försök igen.',
    precondition_required: 'Ändringen måste ange vilken version den bygger på (If-Match).',
    precondition_failed:
      'Någon annan har sparat ändringar sedan du öppnade posten. Dina ändringar har inte sparats. Ladda om för att se den senaste versionen.',
    conflict: 'Ändringen krockar med befintliga uppgifter.',
    bad_request: 'Begäran kunde inte tolkas.',
    payload_too_large: 'Begäran är för stor.',
    unsupported_media_type: 'Innehållstypen stöds inte. Skicka JSON.',
    uri_too_long: 'Adressen är för lång.',
    rate_limited: 'För många förfrågningar. Vänta en stund och försök igen.',
    internal_error: 'Ett oväntat fel inträffade. Felet är loggat med id {requestId}.',
    illegal_lifecycle_transition: 'Livscykeln kan inte gå från {from} till {to}.',
    // Field errors
    required: 'Fältet måste fyllas i.',
    invalid_type: 'Fel typ av värde.',
    too_long: 'Får vara högst {maximum} tecken.',
    too_short: 'Måste vara minst {minimum} tecken.',
    too_many: 'Får innehålla högst {maximum} värden.',
    too_big: 'Får vara högst {maximum}.',
    too_small: 'Måste vara minst {minimum}.',
    not_integer: 'Måste vara ett heltal.',
    invalid_value: 'Ogiltigt värde. Tillåtna värden: {values}.',
    invalid_format: 'Ogiltigt format.',
    invalid_date: 'Måste vara ett datum på formen ÅÅÅÅ-MM-DD.',
    invalid_uuid: 'Måste vara ett giltigt id.',
    nul_character: 'Får inte innehålla NUL-tecken.',
    unknown_field: 'Okänt fält.',
    unknown_reference: 'Finns inte i kommunen.',
    duplicate_value: 'Värdet förekommer flera gånger.',
    self_reference: 'Ett system kan inte integreras med sig självt.',
    invalid_value_generic: 'Ogiltigt värde.',
    invalid_email: 'Måste vara en giltig e-postadress.',
    person_has_responsibilities: 'Personen är systemägare eller förvaltningsledare för {count} system. Lämna över ansvaret först.',
    department_in_use: 'Förvaltningen används av {people} personer och {systems} system. Flytta dem först.',
    role_needs_department: 'Rollen gäller inom en förvaltning: välj förvaltning.',
    unknown_role: 'Rollen finns inte i kommunen.',
    email_taken: 'E-postadressen används redan av en annan person i kommunen.',
    password_required: 'Ange ett första lösenord (minst 12 tecken) för den nya inloggningen.',
    wrong_password: 'Nuvarande lösenord stämmer inte.',
    own_admin_role: 'Du kan inte ta bort din egen administratörsroll.',
    invalid_diarienummer: 'Diarienumret ska skrivas som till exempel KS 2010/0095, KS/2015:646-005 eller KS2012/262.',
    before_valid_from: 'Kan inte ligga före giltig från.',
    parent_level: 'Ett dokument härleds från ett dokument på högre nivå (policy → strategi → riktlinje → handlingsplan).',
    parent_cycle: 'Dokumentet kan inte härledas från sig självt, direkt eller indirekt.',
    kind_not_allowed_here: 'Den här sortens punkt kan inte ligga här (vision → fokusområde → mål; principer står för sig).',
    duplicate_id: 'Samma punkt förekommer två gånger.',
    illegal_status_transition: 'Statusen kan inte gå från {from} till {to}.',
    must_include_own_department: 'Du registrerar system för din egen förvaltning: välj {department} bland förvaltningarna.',
    unsupported_file_type: 'Filen måste vara .txt, .md eller .docx.',
    text_or_file: 'Skicka antingen text eller en fil.',
    unreadable_file: 'Filen kunde inte läsas som ett Word-dokument (.docx).',
    not_a_goal: 'Nyckeltal följer upp ett mål; välj en punkt av sorten mål.',
    baseline_incomplete: 'En nulägesmätning behöver både värde och datum.',
    target_before_baseline: 'Målvärdets datum måste ligga efter nulägesmätningen.',
    period_already_measured: 'Perioden har redan en mätning. Rätta den i stället.',
    decided_text_frozen: 'Ett beslutat dokuments text är låst. Starta en revidering för att ändra den; den beslutade versionen gäller tills den nya beslutas.',
  },
  en: {
    validation_failed: 'The data contains errors. Correct the marked fields.',
    not_found: 'What you are looking for does not exist, or you may not see it.',
    route_not_found: "The address does not exist in Roder's API.",
    unauthenticated: 'You are not signed in, or your session has expired. Sign in again.',
    forbidden: 'You are not allowed to do this.',
    csrf_failed: 'The security token is missing or wrong. Reload the page and try again.',
    invalid_credentials: 'Wrong e-mail address or password.',
    too_many_attempts: 'Too many failed sign-ins. Wait {minutes} minutes and try again.',
    precondition_required: 'The change must name the version it is based on (If-Match).',
    precondition_failed:
      'Someone else has saved changes since you opened the record. Your changes were not saved. Reload to see the latest version.',
    conflict: 'The change conflicts with existing data.',
    bad_request: 'The request could not be understood.',
    payload_too_large: 'The request is too large.',
    unsupported_media_type: 'The content type is not supported. Send JSON.',
    uri_too_long: 'The address is too long.',
    rate_limited: 'Too many requests. Wait a moment and try again.',
    internal_error: 'An unexpected error occurred. It was logged with id {requestId}.',
    illegal_lifecycle_transition: 'The lifecycle cannot go from {from} to {to}.',
    required: 'This field is required.',
    invalid_type: 'Wrong type of value.',
    too_long: 'At most {maximum} characters.',
    too_short: 'At least {minimum} characters.',
    too_many: 'At most {maximum} values.',
    too_big: 'At most {maximum}.',
    too_small: 'At least {minimum}.',
    not_integer: 'Must be a whole number.',
    invalid_value: 'Invalid value. Allowed values: {values}.',
    invalid_format: 'Invalid format.',
    invalid_date: 'Must be a date in the form YYYY-MM-DD.',
    invalid_uuid: 'Must be a valid id.',
    nul_character: 'Must not contain NUL characters.',
    unknown_field: 'Unknown field.',
    unknown_reference: 'Does not exist in the municipality.',
    duplicate_value: 'The value occurs more than once.',
    self_reference: 'A system cannot integrate with itself.',
    invalid_value_generic: 'Invalid value.',
    invalid_email: 'Must be a valid e-mail address.',
    person_has_responsibilities: 'The person is system owner or system manager of {count} systems. Hand them over first.',
    department_in_use: 'The department is used by {people} people and {systems} systems. Move them first.',
    role_needs_department: 'The role works within a department: choose one.',
    unknown_role: 'The role does not exist in the municipality.',
    email_taken: 'The e-mail address is already used by another person in the municipality.',
    password_required: 'Give a first password (at least 12 characters) for the new login.',
    wrong_password: 'The current password is wrong.',
    own_admin_role: 'You cannot remove your own administrator role.',
    invalid_diarienummer: 'Write the registration number like KS 2010/0095, KS/2015:646-005 or KS2012/262.',
    before_valid_from: 'Cannot be before valid from.',
    parent_level: 'A document derives from one of a higher level (policy → strategy → guideline → action plan).',
    parent_cycle: 'The document cannot derive from itself, directly or indirectly.',
    kind_not_allowed_here: 'This kind of item cannot sit here (vision → focus area → goal; principles stand alone).',
    duplicate_id: 'The same item occurs twice.',
    illegal_status_transition: 'The status cannot go from {from} to {to}.',
    must_include_own_department: 'You register systems for your own department: include {department} among the departments.',
    unsupported_file_type: 'The file must be .txt, .md or .docx.',
    text_or_file: 'Send either text or a file.',
    unreadable_file: 'The file could not be read as a Word document (.docx).',
    not_a_goal: 'A KPI follows up a goal; choose an item of the kind goal.',
    baseline_incomplete: 'A baseline needs both a value and a date.',
    target_before_baseline: "The target's date must come after the baseline.",
    period_already_measured: 'The period already has a measurement. Correct it instead.',
    decided_text_frozen: "A decided document's text is locked. Start a revision to change it; the decided version applies until the new one is decided.",
  },
} as const satisfies Record<Language, Record<string, string>>;

export type MessageKey = keyof (typeof messages)['sv'];

export function message(language: Language, key: MessageKey, params: Record<string, unknown> = {}): string {
  return messages[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages.sv, key);
}

/** Reads the language a request asks for; the signed-in person's stored choice wins (DECISIONS.md 16). */
export function languageFromHeader(header: string | undefined): Language {
  if (!header) return 'sv';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'sv';
}
