import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import localeEn from '../../src/web/locales/municipal-plan.en.json';
import locale from '../../src/web/locales/municipal-plan.sv.json';
import { baseUrl, checkPage, launch, newPage, signedIn } from './support.js';

/**
 * Offentlighetsprincipen for the municipal IT plan (issue 14, item 4): the demo's previous round,
 * decided by Kommunstyrelsen as version 1, is read without signing in — the list, the plan with its
 * decision and tables, its PDF — while the open round is nowhere. Every page is checked with axe.
 */

const P = locale.municipalPlan;
const En = localeEn.municipalPlan;
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await signedIn(browser);
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

async function api(path: string) {
  const res = await page.request.get(`${baseUrl()}${path}`);
  expect(res.status(), path).toBe(200);
  return res.json();
}

describe('the public decided IT plans', () => {
  it('shows the decided plan to anyone, links to it from the signed-in version, and never shows the open round', { timeout: 120_000 }, async () => {
    const session = await api('/api/v1/session');
    const organisationId = session.organisation.id as string;
    const rounds = (await api('/api/v1/plan-rounds')).items as { id: string; title: string; status: string }[];
    const decided = rounds.find((r) => r.status === 'decided')!;
    const open = rounds.find((r) => r.status === 'open')!;
    expect(decided).toBeTruthy();
    const publicPath = `/offentlig/${organisationId}/it-planer/${decided.id}/version/1`;

    // The signed-in version page links to its public page.
    await page.goto(`${baseUrl()}/it-planer/${decided.id}/kommunplan/version/1`);
    const link = page.getByRole('link', { name: P.version.publicLink });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(publicPath);

    const anonymous = await newPage(browser);
    try {
      await anonymous.goto(`${baseUrl()}/offentlig/${organisationId}/it-planer`);
      await anonymous.getByRole('heading', { level: 1, name: fill(P.public.listTitle, { municipality: session.organisation.name }) }).waitFor();
      expect(new URL(anonymous.url()).pathname).toBe(`/offentlig/${organisationId}/it-planer`);
      await anonymous.getByRole('cell', { name: 'Kommunstyrelsen' }).first().waitFor();
      if (open) expect(await anonymous.getByText(open.title).count()).toBe(0);
      await checkPage(anonymous, 'sv: offentliga IT-planer');
      await anonymous.screenshot({ path: '/tmp/public-itplans-list.png', fullPage: true });

      await anonymous.getByRole('link', { name: fill(P.version.title, { title: decided.title, version: 1 }) }).click();
      await anonymous.getByRole('heading', { level: 1, name: fill(P.version.title, { title: decided.title, version: 1 }) }).waitFor();
      expect(new URL(anonymous.url()).pathname).toBe(publicPath);
      await anonymous.getByRole('heading', { name: P.version.decision }).waitFor();
      await anonymous.getByText('Kommunstyrelsen').first().waitFor();
      await anonymous.getByRole('heading', { name: P.initiatives.heading }).waitFor();
      expect(await anonymous.getByRole('button').filter({ hasText: P.initiatives.edit }).count()).toBe(0);
      await checkPage(anonymous, 'sv: offentlig IT-plan');
      await anonymous.screenshot({ path: '/tmp/public-itplans-version.png', fullPage: true });

      const pdfHref = await anonymous.getByRole('link', { name: fill(P.versions.pdf, { version: 1 }) }).getAttribute('href');
      const pdf = await anonymous.request.get(`${baseUrl()}${pdfHref}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');

      // In English too.
      await anonymous.getByRole('button', { name: 'English' }).click();
      await anonymous.getByRole('link', { name: En.public.back }).waitFor();
      await anonymous.getByRole('heading', { name: En.version.decision }).waitFor();
      await checkPage(anonymous, 'en: public IT plan');
      await anonymous.getByRole('button', { name: 'Svenska' }).click();
      await anonymous.getByRole('link', { name: P.public.back }).waitFor();

      // The open round is not public: its page says so, and its API answers 404.
      if (open) {
        await anonymous.goto(`${baseUrl()}/offentlig/${organisationId}/it-planer/${open.id}/version/1`);
        await anonymous.getByText(P.public.versionNotFound).waitFor();
        await checkPage(anonymous, 'sv: offentlig IT-plan som inte finns');
        expect((await anonymous.request.get(`${baseUrl()}/api/public/v1/${organisationId}/it-plans/${open.id}/versions/1`)).status()).toBe(404);
      }
      await anonymous.getByRole('link', { name: P.public.back }).click();
      await anonymous.getByRole('link', { name: P.public.toDocuments }).click();
      await anonymous.waitForURL((url) => url.pathname === `/offentlig/${organisationId}`);
    } finally {
      await anonymous.context().close();
    }
  });
});
