/**
 * The demo IT policy's responsibility table and the assignments its principles give (issue 13,
 * item 7). Plain data; deadlines are relative to the seeding day, so "overdue" stays true.
 */

export interface DemoResponsibility {
  party: string;
  personKey?: string;
  departmentCode?: string;
  responsibility: string;
}

export const demoPolicyResponsibilities: DemoResponsibility[] = [
  { party: 'Kommunfullmäktige', responsibility: 'Antar IT-policyn och beslutar om större förändringar av den.' },
  { party: 'Kommunstyrelsen', departmentCode: 'KLF', responsibility: 'Leder och samordnar kommunens IT-verksamhet och följer upp policyn årligen.' },
  { party: 'Nämnderna', responsibility: 'Ansvarar för att policyn följs i den egna verksamheten och för sina verksamhetssystem.' },
  { party: 'Kommundirektör', personKey: 'kommundirektor', responsibility: 'Ser till att förvaltningarna arbetar efter policyn och att avvikelser är medvetna beslut.' },
  { party: 'IT-chef', personKey: 'itchef', responsibility: 'Förvaltar policyn, leder IT-enheten och rapporterar till kommunstyrelsen.' },
];

export interface DemoAssignment {
  /** The number of the policy's principle that gives it. */
  itemNumber: string;
  title: string;
  ownerKey: string;
  /** Days from the seeding day; negative: the deadline has passed. */
  dueInDays: number;
  status: 'not_started' | 'in_progress' | 'done' | 'cancelled';
  comment?: string;
}

export const demoAssignments: DemoAssignment[] = [
  { itemNumber: 'P8', title: 'En it-säkerhetspolicy ska under perioden skapas', ownerKey: 'itchef', dueInDays: 120, status: 'in_progress' },
  { itemNumber: 'P3', title: 'Ta fram en mall för nyttovärdering av IT-projekt', ownerKey: 'digstrateg', dueInDays: -30, status: 'not_started' },
  { itemNumber: 'P5', title: 'Inventera de system som delas inom samverkan', ownerKey: 'itchef', dueInDays: -200, status: 'done', comment: 'Inventeringen redovisades för IT-rådet.' },
];
