import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sv from '../../src/web/locales/sv.json';
import imports from '../../src/web/locales/imports.sv.json';
import { baseUrl, expectAccessible, launch, newPage, signIn } from './support.js';

/**
 * Importing the register from a spreadsheet (issue 12, item 1), on the running demo: a dry run
 * with errors and a mapping, the import with its progress, and its undo.
 */

const t = imports.imports;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
  page.setDefaultTimeout(30_000);
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

describe('importing the register', () => {
  it('dry-runs a file with errors, maps a misspelt department, imports with progress and undoes it', async () => {
    const suffix = Date.now().toString(36);
    const csv = [
      'Namn;Livscykel;Förvaltningar;Årlig kostnad (kr)',
      `Importtest A ${suffix};I drift;Socialförvaltnigen;120 000`,
      `Importtest B ${suffix};in use;Socialförvaltningen;saknas`,
      `Importtest C ${suffix};I drift;;mycket`,
    ].join('\n');
    const file = join(mkdtempSync(join(tmpdir(), 'roder-import-')), 'register.csv');
    writeFileSync(file, `\uFEFF${csv}\n`);

    await signIn(page);
    await page.goto(`${baseUrl()}/system`);
    await page.getByRole('link', { name: sv.applications.list.import }).click();
    await page.getByRole('heading', { level: 1, name: t.title }).waitFor();
    await expectAccessible(page, 'import: upload');

    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: t.upload.submit }).click();
    await page.getByRole('heading', { name: t.dryRun.title }).waitFor({ timeout: 90_000 });
    expect(new URL(page.url()).searchParams.get('batch')).toMatch(/^[0-9a-f-]{36}$/);

    // The problem names its row and column, in Swedish.
    const problems = page.getByRole('table', { name: t.problems.caption });
    const row = problems.getByRole('row').filter({ hasText: 'mycket' });
    await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe('4');
    await expect(row.getByRole('cell').nth(2).textContent()).resolves.toBe('Årlig kostnad (kr)');
    // The misspelt department has Socialförvaltningen proposed and preselected.
    const mapping = page.getByRole('combobox', { name: /Förvaltningar: ”Socialförvaltnigen”/ });
    await expect(mapping.inputValue()).resolves.toBe('Använd Socialförvaltningen');
    await page.screenshot({ path: '/tmp/import-dry-run.png', fullPage: true });
    await expectAccessible(page, 'import: dry run');

    await page.getByRole('button', { name: /^Importera 2 rader$/ }).click();
    // The progress (or, on a fast machine, straight the result) is announced in a status region.
    await page.getByRole('heading', { name: t.done.title }).or(page.getByText(t.done.title)).first().waitFor({ timeout: 120_000 });
    await expect(page.getByRole('status').filter({ hasText: 'nya system' }).textContent()).resolves.toContain('2 nya system');
    await expectAccessible(page, 'import: done');

    // A reload comes back to the same batch.
    await page.reload();
    await page.getByText(t.done.title).first().waitFor();

    await page.getByRole('button', { name: t.undo.action }).click();
    const dialog = page.getByRole('dialog', { name: t.undo.title });
    await dialog.waitFor();
    await expectAccessible(page, 'import: undo dialog');
    await dialog.getByRole('button', { name: t.undo.confirm }).click();
    await page.getByText(t.undone.title).waitFor({ timeout: 120_000 });

    await page.goto(`${baseUrl()}/system`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByText(`Importtest A ${suffix}`).count()).toBe(0);
  }, 600_000);
});
