import type { TFunction } from 'i18next';

/**
 * The import engine says why it proposed an item in a fixed English form (`sub-heading of "Mål"`,
 * `list under "Principer"`, import-structure.ts); the review shows it in the reader's language.
 * A form this list does not know is shown as the engine wrote it.
 */
const WHERE = String.raw`(?:"(?<where>.*)"|the document)`;
const REASONS: [RegExp, string][] = [
  [/^sub-heading of "(?<subject>.*)"$/, 'subHeading'],
  [/^heading "(?<subject>.*)" names an area$/, 'areaHeading'],
  [/^labelled "(?<subject>.*)" in the text$/, 'labelled'],
  [/^"(?<subject>.*)" names an area with its goals$/, 'inlineArea'],
  [/^listed after "(?<subject>.*)"$/, 'listedAfter'],
  [new RegExp(`^first sentence under ${WHERE}$`), 'visionSentence'],
  [new RegExp(`^list item "term – explanation" under ${WHERE}$`), 'definitionItem'],
  [new RegExp(`^"term – explanation" under ${WHERE}$`), 'definition'],
  [new RegExp(`^sentence with a target under ${WHERE}$`), 'targetSentence'],
  [/^list after "(?<subject>.*)"$/, 'listAfter'],
  [new RegExp(`^a list of "ska" statements under ${WHERE}$`), 'normativeList'],
  [new RegExp(`^list under ${WHERE}$`), 'list'],
  [new RegExp(`^table row under ${WHERE}$`), 'tableRow'],
  [/^section "(?<subject>.*)" \(no section says what it holds\)$/, 'section'],
];

export function reasonText(t: TFunction, reason: string): string {
  for (const [pattern, key] of REASONS) {
    const m = pattern.exec(reason);
    if (!m) continue;
    const where = m.groups?.where;
    return t(`documents.reasons.${key}`, {
      subject: m.groups?.subject ?? '',
      where: where === undefined ? t('documents.reasons.theDocument') : t('documents.reasons.heading', { heading: where }),
    });
  }
  return reason;
}
