import { describe, expect, it } from 'vitest';
import { validateDecision } from './decision.validation';
import { validateDocumentType } from './document-type.validation';
import { validateDocument } from './document.validation';
import { emptyDocumentValues, emptyItem, type DocumentFormValues } from './form-values';

const typeId = '0b6f2d3e-4c1a-4b8e-9f7d-2a5c6e8b1d40';
const valid: DocumentFormValues = { ...emptyDocumentValues, title: 'IT-strategi', typeId };

describe('the document form, by the schema the server checks its body with', () => {
  it('passes a valid document and names what is missing in the server’s words', () => {
    expect(validateDocument(valid, 'sv')).toEqual({});
    expect(validateDocument(emptyDocumentValues, 'sv')).toEqual({ title: 'Fältet måste fyllas i.', typeId: 'Fältet måste fyllas i.' });
    expect(validateDocument(emptyDocumentValues, 'en')).toEqual({ title: 'This field is required.', typeId: 'This field is required.' });
  });

  it('names a bad registration number, bad dates and an end before the start', () => {
    expect(validateDocument({ ...valid, validFrom: '2026-13-01', nextRevisionOn: 'snart' }, 'sv')).toEqual({
      validFrom: 'Måste vara ett datum på formen ÅÅÅÅ-MM-DD.',
      nextRevisionOn: 'Måste vara ett datum på formen ÅÅÅÅ-MM-DD.',
    });
    // The domain's rules come once the schema passes, as on the server.
    expect(validateDocument({ ...valid, diarienummer: 'inte ett diarienummer' }, 'sv')).toEqual({
      diarienummer: 'Diarienumret ska skrivas som till exempel KS 2010/0095, KS/2015:646-005 eller KS2012/262.',
    });
    expect(validateDocument({ ...valid, diarienummer: 'KS 2010/0095', validFrom: '2026-01-01', validTo: '2025-12-31' }, 'sv')).toEqual({
      validTo: 'Kan inte ligga före giltig från.',
    });
    // A malformed end date keeps the schema's message rather than a comparison of texts.
    expect(validateDocument({ ...valid, validFrom: '2026-01-01', validTo: '2025' }, 'sv')).toEqual({ validTo: 'Måste vara ett datum på formen ÅÅÅÅ-MM-DD.' });
  });

  it('names items by their paths: an empty title, a kind that cannot sit there, too deep a tree', () => {
    const goal = { ...emptyItem('goal'), title: 'Mål' };
    const vision = { ...emptyItem('vision'), title: 'Vision' };
    const tree = (title: string) => [{ ...emptyItem('focus_area'), title, children: [{ ...goal, children: [vision] }] }];
    expect(validateDocument({ ...valid, items: tree('') }, 'sv')).toEqual({ 'items.0.title': 'Fältet måste fyllas i.' });
    expect(validateDocument({ ...valid, items: tree('Område') }, 'sv')).toEqual({
      'items.0.children.0.children.0.kind': 'Den här sortens punkt kan inte ligga här (vision → fokusområde → mål; principer står för sig).',
    });
    const nested = (depth: number): typeof goal => (depth === 1 ? goal : { ...goal, children: [nested(depth - 1)] });
    expect(validateDocument({ ...valid, items: [nested(6)] }, 'sv')).toEqual({ items: 'Punkterna kan nästlas högst fem nivåer.' });
  });
});

describe('the decision dialog', () => {
  it('asks for the date and a registration number of the right form', () => {
    expect(validateDecision({ decidedOn: '2026-03-01', decidingBody: '', diarienummer: 'KS 2026/0417' }, 'sv')).toEqual({});
    expect(validateDecision({ decidedOn: '', decidingBody: '', diarienummer: ' ' }, 'sv')).toEqual({
      decidedOn: 'Fältet måste fyllas i.',
      diarienummer: 'Fältet måste fyllas i.',
    });
    expect(validateDecision({ decidedOn: '2026-02-30', decidingBody: '', diarienummer: 'inte ett diarienummer' }, 'en')).toEqual({
      decidedOn: 'Must be a date in the form YYYY-MM-DD.',
      diarienummer: 'Write the registration number like KS 2010/0095, KS/2015:646-005 or KS2012/262.',
    });
  });
});

describe('the document type dialog', () => {
  const type = { key: 'plan', nameSv: 'Plan', nameEn: 'Plan', level: 4, validityYears: '', revisionIntervalMonths: 24, defaultOwner: 'IT-chef', defaultDecidingBody: 'KS' };
  it('checks the key, the names and the bounds of the numbers', () => {
    expect(validateDocumentType(type, 'sv')).toEqual({});
    expect(validateDocumentType({ ...type, key: 'Plan!', nameEn: ' ', level: '', validityYears: 60, revisionIntervalMonths: '1,5' }, 'sv')).toEqual({
      key: 'Ogiltigt format.',
      nameEn: 'Fältet måste fyllas i.',
      level: 'Måste vara ett tal.',
      validityYears: 'Får vara högst 50.',
      revisionIntervalMonths: 'Måste vara ett tal.',
    });
  });
});
