import { describe, expect, it } from 'vitest';
import { projectInput } from '../../../shared/portfolio';
import { schemaValidation } from './schema-validation';

/** A form's values as inputs hold them (text), and the body the form would send. */
interface Values {
  name: string;
  startDate: string;
  amount: string;
}
const toBody = (v: Values) => ({
  name: v.name,
  startDate: v.startDate || null,
  investments: v.amount ? [{ year: 2027, amount: Number(v.amount) }] : [],
});

describe('a form validated by the shared schema', () => {
  const validate = schemaValidation(projectInput, toBody);

  it('passes what the server accepts and names every field the server would refuse, by its path, in the language asked', () => {
    expect(validate({ name: 'Nytt ärendesystem', startDate: '2027-01-01', amount: '10000' }, 'sv')).toEqual({});
    expect(validate({ name: '   ', startDate: '2026-13-40', amount: 'tio tusen' }, 'sv')).toEqual({
      name: 'Fältet måste fyllas i.',
      startDate: 'Måste vara ett datum på formen ÅÅÅÅ-MM-DD.',
      'investments.0.amount': 'Måste vara ett tal.',
    });
    expect(validate({ name: '', startDate: '', amount: '' }, 'en')).toEqual({ name: 'This field is required.' });
  });

  it('lets a check the schema cannot know win on its field, and ignores its empty answers', () => {
    const withExtra = schemaValidation(projectInput, toBody, { extra: (v) => ({ name: v.name === 'Taken' ? 'Finns redan.' : null, startDate: null }) });
    expect(withExtra({ name: 'Taken', startDate: '', amount: '' }, 'sv')).toEqual({ name: 'Finns redan.' });
    expect(withExtra({ name: '', startDate: 'x', amount: '' }, 'sv')).toEqual({ name: 'Fältet måste fyllas i.', startDate: 'Måste vara ett datum på formen ÅÅÅÅ-MM-DD.' });
  });

  it('applies the domain rules on the parsed body once the schema passes, as the server does', () => {
    const rules = (body: { name: string }) => (body.name === 'Dubblett' ? [{ field: 'name', key: 'duplicate_value' as const }] : []);
    const withRules = schemaValidation(projectInput, toBody, { rules });
    // The schema trims, so the rule sees the body as the server's command would.
    expect(withRules({ name: '  Dubblett ', startDate: '', amount: '' }, 'sv')).toEqual({ name: 'Värdet förekommer flera gånger.' });
    expect(withRules({ name: 'Dubblett', startDate: 'x', amount: '' }, 'sv')).toEqual({ startDate: 'Måste vara ett datum på formen ÅÅÅÅ-MM-DD.' });
  });
});
