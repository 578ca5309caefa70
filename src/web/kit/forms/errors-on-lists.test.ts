import { describe, expect, it } from 'vitest';
import { errorsOnLists } from './errors-on-lists';

describe('field errors on list items', () => {
  it('moves an item’s error onto its list, keeping the first, and leaves other paths as they are', () => {
    expect(errorsOnLists({ 'capabilityIds.2': 'okänd', 'capabilityIds.0': 'dubblett', name: 'krävs', 'digitisation.hourlyCost': 'negativ', 'contacts.1.email': 'ogiltig' }, ['capabilityIds', 'contacts'])).toEqual({
      capabilityIds: 'okänd',
      name: 'krävs',
      'digitisation.hourlyCost': 'negativ',
      'contacts.1.email': 'ogiltig',
    });
  });

  it('moves nothing for a form without lists', () => {
    expect(errorsOnLists({ 'capabilityIds.2': 'okänd' }, [])).toEqual({ 'capabilityIds.2': 'okänd' });
  });
});
