import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import acquisitionsEn from '../../src/web/locales/acquisitions.en.json';
import acquisitionsSv from '../../src/web/locales/acquisitions.sv.json';
import portfolioSv from '../../src/web/locales/portfolio.sv.json';
import { message } from '../../src/shared/messages.js';
import sv from '../../src/web/locales/sv.json';
import { baseUrl, chooseLanguage, expectAccessible, launch, newPage, signIn } from './support.js';

/**
 * Acquiring a new IT system in the browser: the IT chief reports a need, walks the
 * collaboration-first route (not internal, not in the collaboration, the pre-study says buy, no
 * agreement) and Roder works out direct procurement under the 700 000 kr limit; an answer is given
 * again and the replaced one stays in the history; the IT council's inbox lists the report and it
 * is marked as received. The agreements register gets a new framework agreement. Every page is
 * checked with axe in Swedish and in English.
 */

const A = acquisitionsSv.acquisitions;
const G = acquisitionsSv.agreements;
const C = portfolioSv.council;
const run = Date.now().toString(36);
const title = `Digitalt arkiv för e-tjänster e2e ${run}`;
const agreementName = `Ramavtal e-arkiv e2e ${run}`;
const year = new Date().getFullYear();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
const shot = (page: Page, file: string) => (process.env.RODER_SHOTS ? page.screenshot({ path: `tmp/${file}.png`, fullPage: true }) : Promise.resolve());

async function checkPage(page: Page, label: string) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await poll(() => page.getByRole('status').filter({ hasText: /^(Laddar …|Loading …)$/ }).count()).toBe(0);
  await expectAccessible(page, label);
}

const visited: { label: string; path: string }[] = [];
const remember = (page: Page, label: string) => visited.push({ label, path: new URL(page.url()).pathname });

/** Picks capabilities in the searchable multi-select by code. */
async function pickCapabilities(page: Page, id: string, codes: string[]) {
  const input = page.locator(`#${id}`);
  for (const code of codes) {
    await input.click();
    await input.fill(code);
    await page.getByRole('option', { name: new RegExp(code.replace('.', '\\.')) }).first().click();
  }
  await page.keyboard.press('Escape');
}

/** Answers the step whose form is open: a radio, then save; waits until the form has gone. */
async function answer(page: Page, step: keyof typeof A.answer.formLabel, choice: string, comment = '') {
  const form = page.getByRole('form', { name: A.answer.formLabel[step] });
  await form.waitFor();
  await form.getByRole('radio', { name: choice, exact: true }).check();
  if (comment) await form.locator(`#answer-${step}-comment`).fill(comment);
  await form.getByRole('button', { name: A.answer.submit }).click();
  await form.waitFor({ state: 'detached' });
}

describe('acquisitions: the collaboration-first route (sv)', () => {
  let page: Page;
  let detailUrl = '';

  beforeAll(async () => {
    page = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signIn(page, 'itchef@roder.example');
  });
  afterAll(async () => page?.context().close());

  it('lists the reported needs with their step or outcome, and filters them', async () => {
    await page.goto(`${baseUrl()}/anskaffning`);
    await page.getByRole('heading', { level: 1, name: A.list.title }).waitFor();
    await poll(() => page.getByRole('row').count()).toBeGreaterThan(5);
    await checkPage(page, 'sv: anskaffning');
    await shot(page, 'acquisitions-list');
    remember(page, 'acquisitions');
    await page.getByLabel(A.filters.state).selectOption({ label: A.states.ended });
    await poll(() => page.getByText(fill(A.list.atStep, { step: A.steps.internal.short }), { exact: true }).count()).toBe(0);
    await page.getByLabel(A.filters.state).selectOption({ label: A.filters.all });
  });

  it('reports a need', async () => {
    await page.getByRole('link', { name: A.list.create }).click();
    await page.getByRole('heading', { level: 1, name: A.create.title }).waitFor();
    await checkPage(page, 'sv: anmäl behov');
    remember(page, 'report a need');
    // Saving empty shows the errors in one summary that takes focus.
    await page.getByRole('button', { name: A.create.submit }).click();
    await page.getByRole('alert').filter({ hasText: `${A.fields.title}: ${message('sv', 'required')}` }).waitFor();
    await page.locator('#acquisition-title').fill(title);
    await page.locator('#acquisition-needText').fill('Kommunens e-tjänster behöver ett arkiv för ärenden som avslutas digitalt.');
    await pickCapabilities(page, 'acquisition-capabilityIds', ['ADM.ARKIV', 'KOM.ETJANST']);
    await page.locator('#acquisition-departmentId').selectOption({ label: 'Kommunledningsförvaltningen' });
    await page.locator('#acquisition-estimatedValue').fill('450 000');
    await page.locator('#acquisition-neededBy').fill(`${year + 1}-03-31`);
    await expectAccessible(page, 'sv: anmäl behov ifyllt');
    await shot(page, 'acquisition-form');
    await page.getByRole('button', { name: A.create.submit }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    detailUrl = page.url();
    expect(new URL(detailUrl).pathname).toMatch(/^\/anskaffning\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 3, name: new RegExp(A.steps.internal.name.replace('?', '\\?')) }).waitFor();
    await checkPage(page, 'sv: behov, steg 1');
    await shot(page, 'acquisition-internal');
    remember(page, 'acquisition');
  });

  it('walks the route to direct procurement, with the reason naming the 700 000 kr limit', async () => {
    // Step 1: Roder proposes the municipality's own systems, best match first ("1 av 2 förmågor").
    await page.getByRole('table', { name: A.suggestions.internalCaption }).waitFor();
    await expect(page.getByText(fill(A.suggestions.matchCount, { matched: 1, total: 2 })).count()).resolves.toBeGreaterThan(0);
    // A "no" beside the proposals asks why they don't fit, before anything is sent.
    const internalForm = page.getByRole('form', { name: A.answer.formLabel.internal });
    await internalForm.getByRole('radio', { name: 'Nej', exact: true }).check();
    await internalForm.getByLabel(A.answer.notProposedReason).waitFor();
    await internalForm.getByRole('button', { name: A.answer.submit }).click();
    await internalForm.getByText(message('sv', 'reason_for_not_proposed')).waitFor();
    await expectAccessible(page, 'sv: behov, steg 1 utan skäl');
    await answer(page, 'internal', 'Nej', 'De föreslagna systemen saknar e-arkivering.');
    // Step 2: the partners' shared systems.
    await page.getByRole('form', { name: A.answer.formLabel.partner }).waitFor();
    await checkPage(page, 'sv: behov, steg 2');
    await shot(page, 'acquisition-partner');
    await answer(page, 'partner', 'Nej', 'Partnernas e-arkiv tar inte emot fler arkivbildare.');
    // Step 3: the pre-study's text and an attachment, then its result.
    await page.locator('#prestudy-text').fill('Tre alternativ jämförda; köp av e-arkiv rekommenderas.');
    await page.getByRole('button', { name: A.prestudy.save }).click();
    await page.getByRole('button', { name: A.prestudy.save }).and(page.locator(':disabled')).waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'forstudie.txt', mimeType: 'text/plain', buffer: Buffer.from('Förstudie: e-arkiv\n') });
    await page.getByRole('button', { name: A.attachments.upload }).click();
    const attachment = page.getByRole('link', { name: 'forstudie.txt' });
    await attachment.waitFor();
    const file = await page.request.get(new URL(await attachment.getAttribute('href') ?? '', baseUrl()).href);
    expect(file.status()).toBe(200);
    expect(await file.text()).toContain('e-arkiv');
    await checkPage(page, 'sv: behov, förstudie');
    await shot(page, 'acquisition-prestudy');
    await answer(page, 'prestudy', A.prestudyResults.purchase);
    // Step 4: agreements whose scope covers the capabilities.
    await page.getByRole('form', { name: A.answer.formLabel.agreement }).waitFor();
    await checkPage(page, 'sv: behov, steg 4');
    // 450 000 kr is above the documentation limit: a "no" that ends in direct procurement asks for its reasons.
    const agreementForm = page.getByRole('form', { name: A.answer.formLabel.agreement });
    await agreementForm.getByRole('radio', { name: 'Nej', exact: true }).check();
    await agreementForm.getByRole('button', { name: A.answer.submit }).click();
    await agreementForm.getByText(message('sv', 'direct_procurement_reasons')).waitFor();
    await answer(page, 'agreement', 'Nej', 'Inget ramavtal täcker e-arkiv; värdet är under direktupphandlingsgränsen.');
    // Step 5: Roder works out the procedure from the value and the rules in force.
    const summary = page.getByRole('region', { name: A.summary.outcome });
    await summary.getByText(A.outcomes.direct_procurement, { exact: true }).waitFor();
    await expect(summary.textContent()).resolves.toMatch(/700\s000/);
    // The reason once: one sentence, and its grounds as one small table (value, rule, limit, dates, source).
    const grounds = page.getByRole('table', { name: A.grounds.caption });
    await expect(grounds.count()).resolves.toBe(1);
    await expect(page.getByText(A.reasons.at_most_direct_limit, { exact: true }).count()).resolves.toBe(1);
    await grounds.getByRole('rowheader', { name: A.grounds.value }).waitFor();
    const limitRow = grounds.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${A.grounds.rules.direct_limit}`) }) });
    await expect(limitRow.textContent()).resolves.toMatch(/700\s000\skr.*2022-02-01.*LOU 19 kap\. 2 §/);
    await expect(page.getByRole('columnheader', { name: A.grounds.source }).count()).resolves.toBe(1);
    // The page says whose date's rules applied: no procurement start is given, so the reported day's.
    await page.getByRole('region', { name: A.detail.facts }).getByText(A.detail.routedOn.reported.split('{{date}}')[1]!, { exact: false }).waitFor();
    await checkPage(page, 'sv: behov, direktupphandling');
    await shot(page, 'acquisition-outcome');
    const history = page.getByRole('table', { name: A.history.caption });
    await poll(() => history.getByRole('row').count()).toBe(5);
  });

  it('gives an answer again; the replaced one stays in the history', async () => {
    await page.getByRole('button', { name: fill(A.route.revise, { step: A.steps.agreement.short }) }).click();
    await page.getByText(A.route.reviseWarning).waitFor();
    await expectAccessible(page, 'sv: behov, ändra svar');
    const form = page.getByRole('form', { name: A.answer.formLabel.agreement });
    await expect(form.getByRole('radio', { name: 'Nej', exact: true }).isChecked()).resolves.toBe(true);
    await form.getByLabel(A.answer.directReasons).fill('Inget ramavtal täcker e-arkiv, kontrollerat igen.');
    await form.getByRole('button', { name: A.answer.submit }).click();
    await form.waitFor({ state: 'detached' });
    const history = page.getByRole('table', { name: A.history.caption });
    await poll(() => history.getByRole('row').count()).toBe(6);
    await history.getByText(A.history.superseded, { exact: true }).waitFor();
    await page.getByRole('region', { name: A.summary.outcome }).getByText(A.outcomes.direct_procurement, { exact: true }).waitFor();
  });

  it('shows the agreements register', async () => {
    await page.goto(`${baseUrl()}/anskaffning`);
    await page.getByRole('navigation', { name: A.nav.label }).getByRole('link', { name: A.nav.agreements }).click();
    await page.getByRole('heading', { level: 1, name: G.list.title }).waitFor();
    await poll(() => page.getByRole('row').count()).toBeGreaterThan(2);
    await checkPage(page, 'sv: avtalsregister');
    await shot(page, 'agreements');
    remember(page, 'agreements');
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: G.detail.scope }).waitFor();
    await checkPage(page, 'sv: avtal');
    remember(page, 'agreement');
  });

  it('lists the new need in the IT council inbox and marks it as received', async () => {
    await page.goto(`${baseUrl()}/itrad`);
    await page.getByRole('navigation', { name: C.nav.label }).getByRole('link', { name: C.nav.inbox }).click();
    await page.getByRole('heading', { level: 1, name: C.inbox.title }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
    await row.waitFor();
    await checkPage(page, 'sv: IT-rådets inkorg');
    await shot(page, 'council-inbox');
    remember(page, 'inbox');
    await row.getByRole('button', { name: fill(C.inbox.noteNamed, { title }) }).click();
    await row.waitFor({ state: 'detached' });
    // Focus does not fall to the page: it goes to the heading.
    await poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.getByText(C.inbox.all, { exact: true }).click();
    const noted = page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
    await noted.waitFor();
    await expect(noted.getByRole('button').count()).resolves.toBe(0);
    await expectAccessible(page, 'sv: IT-rådets inkorg, alla');
    await page.goto(detailUrl);
    await page.getByText(A.council.note, { exact: true }).waitFor({ state: 'detached' });
    await expect(page.getByRole('region', { name: A.council.title }).textContent()).resolves.toContain(A.council.noted.split(' {{')[0]);
  });

  it('lets an admin remove the attachment, which stays restorable', async () => {
    const admin = await newPage(browser);
    admin.setDefaultTimeout(15_000);
    try {
      await signIn(admin, 'admin@roder.example');
      await admin.goto(detailUrl);
      await admin.getByRole('button', { name: fill(A.attachments.removeNamed, { fileName: 'forstudie.txt' }) }).click();
      await admin.getByRole('dialog').getByRole('button', { name: A.attachments.remove }).click();
      await admin.getByText(A.attachments.archived, { exact: true }).waitFor();
      await expectAccessible(admin, 'sv: borttagen bilaga');
      // The IT chief no longer sees it; the admin restores it.
      await page.goto(detailUrl);
      await page.getByText(A.attachments.none).waitFor();
      await admin.getByRole('button', { name: fill(A.attachments.restoreNamed, { fileName: 'forstudie.txt' }) }).click();
      await admin.getByText(A.attachments.archived, { exact: true }).waitFor({ state: 'detached' });
      await page.reload();
      await page.getByRole('link', { name: 'forstudie.txt' }).waitFor();
    } finally {
      await admin.context().close();
    }
  });
});

describe('installing above the portfolio threshold', () => {
  it('tells before installing that the IT council has not approved the matter', async () => {
    const page = await newPage(browser);
    page.setDefaultTimeout(15_000);
    try {
      await signIn(page, 'itchef@roder.example');
      await page.goto(`${baseUrl()}/anskaffning/ny`);
      await page.getByRole('heading', { level: 1, name: A.create.title }).waitFor();
      await page.locator('#acquisition-title').fill(`Stort system e2e ${run}`);
      await page.locator('#acquisition-needText').fill('Ett nytt verksamhetssystem över portföljgränsen.');
      await pickCapabilities(page, 'acquisition-capabilityIds', ['ADM.ARKIV']);
      await page.locator('#acquisition-departmentId').selectOption({ label: 'Kommunledningsförvaltningen' });
      await page.locator('#acquisition-estimatedValue').fill('2 000 000');
      await page.getByRole('button', { name: A.create.submit }).click();
      await page.getByRole('heading', { level: 1, name: `Stort system e2e ${run}` }).waitFor();
      await answer(page, 'internal', 'Nej', 'Inget eget system räcker.');
      await answer(page, 'partner', 'Nej', 'Ingen partner delar en lösning.');
      await answer(page, 'prestudy', A.prestudyResults.purchase);
      await answer(page, 'agreement', 'Nej', 'Inget ramavtal täcker behovet.');
      const summary = page.getByRole('region', { name: A.summary.outcome });
      await summary.getByText(A.outcomes.simplified_or_selection, { exact: true }).waitFor();
      const install = summary.getByRole('button', { name: A.install.open });
      await expect(install.isDisabled()).resolves.toBe(true);
      await summary.getByText(A.summary.installBlocked.install_council_undecided).waitFor();
      await expectAccessible(page, 'sv: behov över portföljgränsen');
    } finally {
      await page.context().close();
    }
  });
});

describe('agreements register', () => {
  it('adds a framework agreement with its scope', async () => {
    const page = await newPage(browser);
    page.setDefaultTimeout(15_000);
    try {
      await signIn(page, 'itchef@roder.example');
      await page.goto(`${baseUrl()}/avtal`);
      await page.getByRole('link', { name: G.list.create }).click();
      await page.getByRole('heading', { level: 1, name: G.create.title }).waitFor();
      await checkPage(page, 'sv: nytt avtal');
      remember(page, 'new agreement');
      await page.locator('#agreement-name').fill(agreementName);
      await page.locator('#agreement-kind').selectOption({ label: G.kinds.framework });
      await page.locator('#agreement-supplier').fill('Arkivbolaget AB');
      await page.locator('#agreement-reference').fill('KS 2026/0777');
      await pickCapabilities(page, 'agreement-capabilityIds', ['ADM.ARKIV']);
      await page.locator('#agreement-startDate').fill(`${year}-01-01`);
      await page.locator('#agreement-endDate').fill(`${year + 3}-12-31`);
      await page.locator('#agreement-noticeMonths').fill('6');
      await expectAccessible(page, 'sv: nytt avtal ifyllt');
      await page.getByRole('button', { name: G.create.submit }).click();
      await page.getByRole('heading', { level: 1, name: agreementName }).waitFor();
      await page.getByRole('region', { name: G.detail.scope }).getByText('E-arkiv och arkivförteckning').waitFor();
      await expect(page.getByText(`${year + 3}-06-30`).count()).resolves.toBeGreaterThan(0);
      await checkPage(page, 'sv: nytt avtal sparat');
      await shot(page, 'agreement');
    } finally {
      await page.context().close();
    }
  });

  it('becomes the contract of a system in the register, whose dates then come from it', async () => {
    const page = await newPage(browser);
    page.setDefaultTimeout(15_000);
    try {
      await signIn(page, 'itchef@roder.example');
      // The system the demo's direct procurement installed, with no agreement of its own yet.
      await page.goto(`${baseUrl()}/system?q=Föreningskalendern`);
      await page.getByRole('link', { name: 'Föreningskalendern', exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Föreningskalendern' }).waitFor();
      // Linked back to the acquisition it was installed from.
      await page.getByRole('link', { name: 'Föreningarnas evenemang och biljetter' }).waitFor();
      await page.getByRole('link', { name: sv.applications.actions.edit }).click();
      await page.getByRole('heading', { level: 1, name: 'Redigera Föreningskalendern' }).waitFor();
      const select = page.locator('#field-contract-agreementId');
      await expect(page.getByLabel(sv.fields.contract_agreement).count()).resolves.toBeGreaterThan(0);
      await select.click();
      await page.getByRole('option', { name: new RegExp(agreementName) }).click();
      await expect(page.locator('#field-contract-endDate').inputValue()).resolves.toBe(`${year + 3}-12-31`);
      await expectAccessible(page, 'sv: system med avtal ur registret');
      await page.getByRole('button', { name: sv.applications.edit.submit }).click();
      await page.getByRole('heading', { level: 1, name: 'Föreningskalendern' }).waitFor();
      await page.getByRole('link', { name: agreementName }).click();
      await page.getByRole('heading', { level: 1, name: agreementName }).waitFor();
      await page.getByRole('link', { name: 'Föreningskalendern' }).waitFor();
    } finally {
      await page.context().close();
    }
  });
});

describe('withdrawing a need', () => {
  it('withdraws a need with its reason, shows it as withdrawn, and takes it up again', async () => {
    const page = await newPage(browser);
    page.setDefaultTimeout(15_000);
    try {
      await signIn(page, 'itchef@roder.example');
      await page.goto(`${baseUrl()}/anskaffning?q=Surfplattor`);
      await page.getByRole('link', { name: 'Surfplattor med MDM för hemsjukvården' }).click();
      await page.getByRole('heading', { level: 1, name: 'Surfplattor med MDM för hemsjukvården' }).waitFor();
      await page.getByRole('button', { name: A.withdraw.open }).click();
      const dialog = page.getByRole('dialog', { name: A.withdraw.title });
      await dialog.getByRole('button', { name: A.withdraw.submit }).click();
      // The reason is required, and said so on its field.
      await expect(dialog.getByLabel(A.withdraw.reason).getAttribute('aria-invalid')).resolves.toBe('true');
      await dialog.getByLabel(A.withdraw.reason).fill('Regionen tillhandahåller surfplattorna.');
      await dialog.getByRole('button', { name: A.withdraw.submit }).click();
      await page.getByText(A.withdraw.withdrawnTitle, { exact: true }).waitFor();
      // Saying it was done, though saving removed the button that held the dialog.
      await page.getByText(A.withdraw.done, { exact: true }).waitFor();
      await page.getByText('Regionen tillhandahåller surfplattorna.').first().waitFor();
      await expectAccessible(page, 'sv: återkallat behov');
      await page.getByRole('button', { name: A.withdraw.reopen }).click();
      await page.getByText(A.withdraw.withdrawnTitle, { exact: true }).waitFor({ state: 'detached' });
      await page.getByRole('button', { name: A.withdraw.open }).waitFor();
    } finally {
      await page.context().close();
    }
  });
});

describe('acquisitions (en)', () => {
  it('every page built here is accessible in English too', async () => {
    expect(visited.length).toBeGreaterThan(5);
    const page = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signIn(page, 'itchef@roder.example');
    try {
      await chooseLanguage(page, 'English');
      await poll(() => page.getAttribute('html', 'lang')).toBe('en');
      for (const { label, path } of visited) {
        await page.goto(`${baseUrl()}${path}`);
        await checkPage(page, `en: ${label}`);
      }
      await page.goto(`${baseUrl()}/anskaffning`);
      await page.getByRole('heading', { level: 1, name: acquisitionsEn.acquisitions.list.title }).waitFor();
    } finally {
      await chooseLanguage(page, 'Svenska');
      await poll(() => page.getAttribute('html', 'lang')).toBe('sv');
      await page.context().close();
    }
  });

  it('shows the route’s grounds once, as a table in English', async () => {
    const page = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signIn(page, 'itchef@roder.example');
    try {
      await chooseLanguage(page, 'English');
      await poll(() => page.getAttribute('html', 'lang')).toBe('en');
      // The demo's direct procurement (420 000 kr): its grounds in English, once. Roder's words are
      // English; only the sources are quoted as the rules name them.
      const E = acquisitionsEn.acquisitions;
      await page.goto(`${baseUrl()}/anskaffning?q=Föreningarnas`);
      await page.getByRole('link', { name: 'Föreningarnas evenemang och biljetter' }).click();
      await page.getByRole('heading', { level: 1, name: 'Föreningarnas evenemang och biljetter' }).waitFor();
      const grounds = page.getByRole('table', { name: E.grounds.caption });
      await grounds.waitFor();
      await expect(page.getByRole('table', { name: E.grounds.caption }).count()).resolves.toBe(1);
      await expect(page.getByText(E.reasons.at_most_direct_limit, { exact: true }).count()).resolves.toBe(1);
      for (const header of [E.grounds.value, E.grounds.rules.direct_limit, E.grounds.rules.documentation_limit]) {
        await grounds.getByRole('rowheader', { name: new RegExp(`^${header}`) }).waitFor();
      }
      await expect(grounds.textContent()).resolves.toMatch(/SEK\s700,000/);
      const words = (await page.getByRole('region', { name: E.summary.outcome }).textContent()) ?? '';
      const withoutSources = words.replace(/Upphandlingsmyndigheten, "[^"]*"\.?/g, '');
      expect(withoutSources).not.toMatch(/uppgår|direktupphandlingsgräns|gäller från|Värdet|kr\b/);
      await checkPage(page, 'en: acquisition grounds');
      await shot(page, 'acquisition-grounds-en');
    } finally {
      await chooseLanguage(page, 'Svenska');
      await poll(() => page.getAttribute('html', 'lang')).toBe('sv');
      await page.context().close();
    }
  });
});
