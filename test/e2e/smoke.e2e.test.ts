import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launch, newPage, signIn } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('first visit', () => {
  it('shows the login page in Swedish, accessible, and signs in to the register', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/system`);
    await page.waitForURL(/logga-in/);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await expectAccessible(page, 'inloggning');
    await signIn(page);
    await page.goto(`${baseUrl()}/system`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/system/i);
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(10);
    await page.close();
  });
});

describe('what crawlers and browsers ask for by name', () => {
  it('serves a real robots.txt and favicon, never the app’s shell, and the page has a description', async () => {
    const robots = await fetch(`${baseUrl()}/robots.txt`);
    expect(robots.headers.get('content-type')).toContain('text/plain');
    const rules = await robots.text();
    expect(rules).toMatch(/^Disallow: \/api\/$/m);
    expect(rules).toMatch(/^Allow: \/api\/public\/$/m);
    const icon = await fetch(`${baseUrl()}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\//);
    expect((await fetch(`${baseUrl()}/missing-file.png`)).status).toBe(404);
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/logga-in`);
    expect(await page.getAttribute('meta[name="description"]', 'content')).toMatch(/IT-styrning/);
    await page.close();
  });
});
