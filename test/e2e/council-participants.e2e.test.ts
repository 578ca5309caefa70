import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../src/server/testing/pdf-text.js';
import messages from '../../src/web/locales/portfolio.sv.json';
import { baseUrl, expectAccessible, launch, newPage, signIn } from './support.js';

/**
 * The attendance of an IT council meeting in the browser: the form refuses an external without a
 * name and a second chair, in words on the fields, then saves; the meeting page lists who attended
 * and in what capacity, and the minutes PDF embeds its fonts. Checked with axe.
 */

const C = messages.council;
const R = C.participants;
const external = 'Áŋŋá Đuođđa';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
  page.setDefaultTimeout(15_000);
  await signIn(page);
});
afterAll(async () => browser?.close());

describe('attendance of an IT council meeting', () => {
  it('records the chair, an external adjuster and who attended, and the minutes list them', async () => {
    await page.goto(`${baseUrl()}/itrad`);
    await page.getByRole('button', { name: C.list.create }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#meeting-date').fill(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date()));
    await dialog.getByRole('button', { name: C.create.submit }).click();
    await page.getByRole('heading', { level: 2, name: R.title }).waitFor();
    await page.getByText(R.none).waitFor();

    await page.getByRole('button', { name: R.edit }).click();
    const chairOption = (await page.locator('#participant-0-personId option').nth(1).textContent())!;
    await page.locator('#participant-0-personId').selectOption({ index: 1 });
    await page.locator('#participant-0-role').selectOption('chair');
    await page.getByRole('button', { name: R.add }).click();
    await page.locator('#participant-1-role').selectOption('chair');
    await page.getByRole('button', { name: R.submit }).click();
    // Refused before sending, in words on the fields, and focus goes to the first of them.
    await page.getByText('Fältet måste fyllas i.').waitFor();
    await page.getByText('Bara en av de närvarande kan vara ordförande.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('participant-1-name');
    await expectAccessible(page, 'sv: närvaro med fel');

    await page.locator('#participant-1-name').fill(external);
    await page.locator('#participant-1-role').selectOption('adjuster');
    await page.locator('#participant-1-note').fill('Gällivare kommun');
    await page.getByRole('button', { name: R.submit }).click();
    const table = page.getByRole('table').filter({ hasText: R.note });
    await table.getByRole('row').filter({ hasText: external }).filter({ hasText: R.roles.adjuster }).filter({ hasText: 'Gällivare kommun' }).waitFor();
    await table.getByRole('row').filter({ hasText: chairOption }).filter({ hasText: R.roles.chair }).waitFor();
    await expectAccessible(page, 'sv: möte med närvaro');

    const meetingId = new URL(page.url()).pathname.split('/').pop();
    const pdf = await page.request.get(`${baseUrl()}/api/v1/council/meetings/${meetingId}/minutes.pdf`);
    expect(pdf.status()).toBe(200);
    const minutes = await readPdf(await pdf.body());
    expect(minutes.fonts.every((f) => f.fontFile2)).toBe(true);
    expect(minutes.lines).toEqual(expect.arrayContaining([external, chairOption, R.roles.adjuster, 'Gällivare kommun']));
    expect(minutes.xmp).toContain('<pdfaid:part>2</pdfaid:part>');
  });
});
