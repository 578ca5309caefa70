/**
 * Document types every municipality starts with, from Östhammar's IT policy (2002): the hierarchy
 * of steering documents with duration, owner and deciding body. Mjölby revises its strategy every
 * four years and its plans yearly. These are defaults an admin may change per municipality.
 */
export const documentTypePresets = [
  { key: 'policy', nameSv: 'Policy', nameEn: 'Policy', level: 1, validityYears: null, revisionIntervalMonths: 60, defaultOwner: 'IT-gruppen', defaultDecidingBody: 'Kommunfullmäktige' },
  { key: 'strategi', nameSv: 'Strategi', nameEn: 'Strategy', level: 2, validityYears: 4, revisionIntervalMonths: 48, defaultOwner: 'IT-chef', defaultDecidingBody: 'Kommunfullmäktige' },
  { key: 'riktlinje', nameSv: 'Riktlinje', nameEn: 'Guideline', level: 3, validityYears: null, revisionIntervalMonths: null, defaultOwner: 'IT-kontoret', defaultDecidingBody: 'IT-gruppen' },
  { key: 'handlingsplan', nameSv: 'Handlingsplan', nameEn: 'Action plan', level: 4, validityYears: 1, revisionIntervalMonths: 12, defaultOwner: 'Förvaltningschef', defaultDecidingBody: 'Kommunfullmäktige' },
];
