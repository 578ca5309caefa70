import { describe, expect, it } from 'vitest';
import { matchParty, type MatchDepartment, type MatchPerson } from './party-match';

const departments: MatchDepartment[] = [
  { id: 'd-soc', name: 'Socialförvaltning' },
  { id: 'd-kl', name: 'Kommunledningsförvaltningen' },
  { id: 'd-bun', name: 'Barn- och utbildningsförvaltningen' },
];
const people: MatchPerson[] = [
  { id: 'p-it', name: 'Karin Ek', title: 'IT-chef', departmentId: 'd-kl' },
  { id: 'p-soc', name: 'Per Holm', title: 'Socialchef', departmentId: 'd-soc' },
  { id: 'p-soc2', name: 'Lisa Ström', title: 'Handläggare', departmentId: 'd-soc' },
  { id: 'p-fc1', name: 'Omar Said', title: 'Förvaltningschef', departmentId: 'd-bun' },
  { id: 'p-fc2', name: 'Eva Lund', title: 'Förvaltningschef', departmentId: 'd-kl' },
  { id: 'p-dpo', name: 'Anna Berg', title: 'Dataskyddsombud', departmentId: null },
  { id: 'p-cio', name: 'Sam Lee', title: 'CIO', departmentId: null },
];

describe('a party of the text matched to the register', () => {
  it('finds a person by a job title in any inflection, hyphen or case', () => {
    for (const party of ['IT-chefen', 'IT-chef', 'it chef', 'IT-Chefen']) expect(matchParty(party, people, departments)).toEqual({ personId: 'p-it', departmentId: null, by: 'title' });
    expect(matchParty('Dataskyddsombudet', people, departments).personId).toBe('p-dpo');
    expect(matchParty('CIO', people, departments).personId).toBe('p-cio');
    expect(matchParty('The CIO', people, departments).personId).toBe('p-cio');
  });

  it('finds a person by name', () => {
    expect(matchParty('anna berg', people, departments)).toEqual({ personId: 'p-dpo', departmentId: null, by: 'name' });
  });

  it('finds a department by name, definite or not, and proposes its one head', () => {
    expect(matchParty('Socialförvaltningen', people, departments)).toEqual({ personId: 'p-soc', departmentId: 'd-soc', by: 'department' });
    expect(matchParty('Kommunledningsförvaltning', people, departments)).toEqual({ personId: null, departmentId: 'd-kl', by: null });
  });

  it('proposes nobody when a title is held by several or nothing fits', () => {
    expect(matchParty('förvaltningschefer', people, departments)).toEqual({ personId: null, departmentId: null, by: null });
    expect(matchParty('Kommunstyrelsen', people, departments)).toEqual({ personId: null, departmentId: null, by: null });
    expect(matchParty(null, people, departments).personId).toBeNull();
    expect(matchParty('IT', people, departments).personId).toBeNull();
    expect(matchParty('Chefen', people, departments).personId).toBeNull();
  });
});
