import { describe, expect, it } from 'vitest';
import { candidateIndex, findDuplicates, foldKey } from './values.js';

/**
 * A labelled corpus of untidy names, written in the styles real lists have, to measure how well
 * duplicates are flagged and values proposed (precision: how many flags are right; recall: how
 * many right answers are found). The numbers are printed and pinned from below.
 */

/** [a, b, same system?] */
const pairs: [string, string, boolean][] = [
  ['Open ePlatform', 'Open e-plattformen', true],
  ['Procapita', 'PROCAPITA', true],
  ['Procapita VoO', 'Procapita  VOO', true],
  ['Treserva', 'Treserva.', true],
  ['Lifecare', 'LifeCare', true],
  ['Visma Window', 'Visma Windows', true],
  ['Ciceron Dokument', 'Ciceron-dokument', true],
  ['Platina', 'Platina AB', true],
  ['Raindance', 'Raindanse', true],
  ['Heroma', 'Herooma', true],
  ['Office 365', 'Office365', true],
  ['W3D3', 'W3 D3', true],
  ['Skolplattformen', 'Skolplattform', true],
  ['Ecos 2', 'Ecos2', true],
  ['Agresso', 'Agreso', true],
  ['Procapita 2', 'Procapita 3', false],
  ['Visma', 'Vismo', false],
  ['Lex', 'Lexi', false],
  ['Ecos', 'Edos', false],
  ['Skola24', 'Skola 25', false],
  ['Tieto Lifecare', 'Tieto Lifecare Utförare', false],
  ['Combine', 'Combina', false],
  ['Stratsys', 'Strategi', false],
  ['Hypergene', 'Hypergenes', true],
  ['Evolution', 'Revolution', false],
];

/** [raw, expected department or null] */
const departments = ['Administration', 'Socialförvaltningen', 'Barn- och utbildningsförvaltningen', 'Kultur- och fritidsförvaltningen', 'Samhällsbyggnadsförvaltningen', 'Vård- och omsorgsförvaltningen', 'Kommunledningsförvaltningen'];
const proposals: [string, string | null][] = [
  ['Admininstration', 'Administration'],
  ['Administation', 'Administration'],
  ['Socialförvaltnigen', 'Socialförvaltningen'],
  ['Social förvaltningen', 'Socialförvaltningen'],
  ['Socialförv', 'Socialförvaltningen'],
  ['Barn och utbildningsförvaltningen', 'Barn- och utbildningsförvaltningen'],
  ['Barn- och utbildning', 'Barn- och utbildningsförvaltningen'],
  ['Kultur och fritid', 'Kultur- och fritidsförvaltningen'],
  ['Samhällsbygnadsförvaltningen', 'Samhällsbyggnadsförvaltningen'],
  ['Samhallsbyggnad', 'Samhällsbyggnadsförvaltningen'],
  ['Vård och omsorg', 'Vård- och omsorgsförvaltningen'],
  ['Vard- och omsorgsforvaltningen', 'Vård- och omsorgsförvaltningen'],
  ['Kommunledningskontoret', null],
  ['KLF', null],
  ['Hamnen', null],
  ['Räddningstjänsten', null],
  ['Miljöförvaltningen', null],
  ['IT', null],
  ['Ekonomi', null],
  ['Överförmyndaren', null],
];

describe('the corpus', () => {
  it('flags duplicates with high precision and useful recall', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [a, b, same] of pairs) {
      const flagged = findDuplicates([{ row: 2, name: a, id: null }, { row: 3, name: b, id: null }], []).length > 0;
      if (flagged && same) tp++;
      else if (flagged) fp++;
      else if (same) fn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`duplicates: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${tp} found, ${fp} wrong, ${fn} missed of ${pairs.length} pairs)`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.75);
  });

  it('proposes the right department, and none for a department Roder does not have', () => {
    const index = candidateIndex(departments.map((name) => ({ target: name, label: name, keys: [foldKey(name)] })));
    let right = 0;
    let wrong = 0;
    let missed = 0;
    for (const [raw, expected] of proposals) {
      const proposal = index.exact(raw)?.target ?? index.nearest(raw)?.target ?? null;
      if (proposal !== null && proposal === expected) right++;
      else if (proposal !== null) wrong++;
      else if (expected !== null) missed++;
    }
    const precision = right / (right + wrong);
    const recall = right / proposals.filter(([, e]) => e !== null).length;
    console.log(`proposals: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${right} right, ${wrong} wrong, ${missed} missed of ${proposals.length} values)`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.6);
  });
});
