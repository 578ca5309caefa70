/**
 * The procurement rules in force in Sweden in 2025 and 2026 (DOMAIN.md, "Facts the configuration
 * starts from"), preset for every municipality as data with effective dates; an admin adds later
 * values. Each description names its source. A value not yet known is null: the route then uses
 * the latest earlier value and says so.
 */
/** The rules the acquisition route reads; a change to one routes the open needs again. */
export const procurementRuleKeys: readonly string[] = ['direct_procurement_limit', 'direct_procurement_limit_pbb', 'direct_procurement_documentation_limit', 'eu_threshold', 'prisbasbelopp'];

export interface RulePreset {
  key: 'direct_procurement_limit' | 'direct_procurement_documentation_limit' | 'eu_threshold' | 'prisbasbelopp';
  value: number | null;
  effectiveFrom: string;
  description: string;
}

export const procurementRulePresets: RulePreset[] = [
  {
    key: 'direct_procurement_limit',
    value: 700_000,
    effectiveFrom: '2022-02-01',
    description:
      'Direktupphandlingsgräns enligt LOU 19 kap. 2 §: direktupphandling får användas om värdet uppgår till högst 700 000 kr, ett fast belopp i lagen sedan 2022-02-01. Källa: Upphandlingsmyndigheten, "Tröskelvärden och direktupphandlingsgränser".',
  },
  {
    key: 'direct_procurement_documentation_limit',
    value: 100_000,
    effectiveFrom: '2022-02-01',
    description:
      'Över detta värde ska skälen för en direktupphandling dokumenteras (LOU 19 kap. 30 §, i lydelse från 2022-02-01). Källa: Upphandlingsmyndigheten, "Direktupphandling".',
  },
  {
    key: 'eu_threshold',
    value: 2_389_585,
    effectiveFrom: '2024-01-01',
    description:
      'Tröskelvärde för varor och tjänster, kommuner och regioner (LOU): 2 389 585 kr (EUR 221 000), gäller 2024-01-01–2025-12-31. Källa: Upphandlingsmyndigheten, "Tröskelvärden och direktupphandlingsgränser", nyhet 2023-11-22.',
  },
  {
    key: 'eu_threshold',
    value: null,
    effectiveFrom: '2026-01-01',
    description:
      'Tröskelvärde för varor och tjänster, kommuner och regioner från 2026-01-01: EUR 216 000 enligt kommissionens delegerade förordning (EU) 2025/2152. Kronorvärdet är inte inlagt: fyll i det från kommissionens meddelande om motvärden i nationell valuta (C/2025/7081) eller Upphandlingsmyndighetens lista.',
  },
  { key: 'prisbasbelopp', value: 57_300, effectiveFrom: '2024-01-01', description: 'Prisbasbelopp 2024: 57 300 kr. Källa: Upphandlingsmyndigheten och SCB (förordning om prisbasbelopp för 2024).' },
  { key: 'prisbasbelopp', value: 58_800, effectiveFrom: '2025-01-01', description: 'Prisbasbelopp 2025: 58 800 kr. Källa: Upphandlingsmyndigheten och SCB (förordning om prisbasbelopp för 2025).' },
  { key: 'prisbasbelopp', value: 59_200, effectiveFrom: '2026-01-01', description: 'Prisbasbelopp 2026: 59 200 kr. Källa: förordning (SFS 2025:872) om prisbasbelopp för 2026.' },
];
