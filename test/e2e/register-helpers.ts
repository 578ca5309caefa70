import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import en from '../../src/web/locales/en.json';
import sv from '../../src/web/locales/sv.json';
import { baseUrl, launch, signedIn } from './support.js';

/** The UI's own texts, so the tests follow the locale files instead of copying them. */
export { en, sv };

/**
 * A UI text by the first of several key paths that exists: some shared texts are moving from
 * `applications.*` to `common.*`; the tests follow whichever the locale file has.
 */
export function pick(texts: object, ...paths: string[]): string {
  for (const path of paths) {
    const value = path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), texts);
    if (typeof value === 'string') return value;
  }
  throw new Error(`no text at ${paths.join(' or ')}`);
}

export const conflictTitle = (texts: object) => pick(texts, 'common.conflict.title', 'applications.conflict.title');
export const conflictReload = (texts: object) => pick(texts, 'common.conflict.reload', 'applications.conflict.reload');
export const errorSummaryOne = (texts: object) => pick(texts, 'common.errorSummary_one', 'applications.form.errorSummary_one');

/** Demo people (see src/server/modules/demo/content.ts). */
export const people = {
  admin: { email: 'admin@roder.example', name: 'Johan Lindqvist' },
  itchef: { email: 'itchef@roder.example', name: 'Maria Ekström' },
  socchef: { email: 'socchef@roder.example', name: 'Eva Sjöberg' },
  tekchef: { email: 'tekchef@roder.example', name: 'Mats Engström' },
  kommundirektor: { email: 'kommundirektor@roder.example', name: 'Anders Holmberg' },
  lasare: { email: 'lasare@roder.example', name: 'Erik Sandberg' },
} as const;

export { poll } from './support.js';

/** Swedish and English number formatting put (narrow) no-break spaces in numbers: compare them as plain spaces. */
export const norm = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

export async function closeContext(page: Page | undefined) {
  await page?.context().close();
}

/** The id of a demo system by its exact name, read through the API as the page's person (setup only). */
export async function systemId(page: Page, name: string): Promise<string> {
  const response = await page.request.get(`${baseUrl()}/api/v1/applications`, { params: { q: name, pageSize: 100 } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { items: { id: string; name: string }[] };
  const item = body.items.find((i) => i.name === name);
  if (!item) throw new Error(`no system named ${name}`);
  return item.id;
}

/**
 * Teardown only: archives a system through the API as the page's person (an admin), so a system a
 * test created does not change what other files count (the register's size, the overlaps).
 */
export async function archiveSystem(page: Page, name: string): Promise<void> {
  const session = (await (await page.request.get(`${baseUrl()}/api/v1/session`)).json()) as { csrfToken: string };
  const id = await systemId(page, name);
  const current = (await (await page.request.get(`${baseUrl()}/api/v1/applications/${id}`)).json()) as { rowVersion: number };
  const response = await page.request.delete(`${baseUrl()}/api/v1/applications/${id}`, {
    headers: { 'X-CSRF-Token': session.csrfToken, 'If-Match': `"${current.rowVersion}"` },
  });
  expect(response.status(), `archiving ${name}`).toBeLessThan(300);
}

/** Opens a system's page and waits for its heading. */
export async function openSystem(page: Page, name: string): Promise<string> {
  const id = await systemId(page, name);
  await page.goto(`${baseUrl()}/system/${id}`);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  return id;
}

/** Opens a system's edit form (as a person who may edit) and waits for the form. */
export async function openEditForm(page: Page, name: string, texts: typeof sv = sv): Promise<string> {
  const id = await systemId(page, name);
  await page.goto(`${baseUrl()}/system/${id}/redigera`);
  await page.getByRole('heading', { level: 1, name: texts.applications.edit.title.replace('{{name}}', name) }).waitFor();
  return id;
}

/** The value of a label in a system page's description lists. */
export function detailValue(page: Page, label: string): Locator {
  return page.locator('dt', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }).locator('xpath=following-sibling::dd[1]');
}

export function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The register's result count (the status region above the table), e.g. "1 system". */
export function resultCount(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /\d/ });
}

/** Names in the first column of the register table (row headers). */
export async function listedNames(page: Page): Promise<string[]> {
  return (await page.getByRole('rowheader').allTextContents()).map(norm);
}

/** The focused element: tag, accessible-ish name, and whether a focus indicator is painted. */
export interface FocusInfo {
  tag: string;
  id: string;
  text: string;
  /** The painted outline, or the border while a form field is focused. */
  outline: string;
  focusVisible: boolean;
  indicator: boolean;
  inViewport: boolean;
}

export async function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    // Transitions (Mantine fades a field's border in over 100 ms) would make the measurement racy.
    if (!document.getElementById('e2e-no-transitions')) {
      const style = document.createElement('style');
      style.id = 'e2e-no-transitions';
      style.textContent = '*, *::before, *::after { transition: none !important; }';
      document.head.append(style);
    }
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) {
      return { tag: 'body', id: '', text: '', outline: '', focusVisible: false, indicator: false, inViewport: false };
    }
    const style = getComputedStyle(el);
    const outline = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    // Form fields (Mantine) show focus by their border colour instead: compare with the field unfocused.
    let borderChange = false;
    if (!hasOutline && !hasShadow && ['input', 'select', 'textarea'].includes(el.tagName.toLowerCase())) {
      const focusedBorder = `${style.borderColor} ${style.borderWidth}`;
      el.blur();
      const blurred = getComputedStyle(el);
      borderChange = focusedBorder !== `${blurred.borderColor} ${blurred.borderWidth}`;
      el.focus({ preventScroll: true, focusVisible: true } as FocusOptions);
    }
    const rect = el.getBoundingClientRect();
    const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: label.replace(/\s+/g, ' ').trim(),
      outline,
      focusVisible: el.matches(':focus-visible'),
      indicator: hasOutline || hasShadow || borderChange,
      inViewport: rect.bottom > 0 && rect.right > 0 && rect.top < window.innerHeight && rect.left < window.innerWidth,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, at most `max` times. Returns every
 * stop on the way, so the caller can check each shows where focus is. Keyboard only: no clicks.
 */
export async function tabTo(page: Page, match: (f: FocusInfo) => boolean, options: { max?: number; back?: boolean } = {}) {
  const stops: FocusInfo[] = [];
  for (let i = 0; i < (options.max ?? 60); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const info = await focused(page);
    stops.push(info);
    if (match(info)) return { info, stops };
  }
  throw new Error(`not reached by Tab: ${stops.map((s) => `${s.tag}:${s.text}`).join(' | ')}`);
}

/**
 * One browser for a test file, with a signed-in context per person a test opens (closed after
 * each test, pass or fail), and the systems the file created archived again at the end, so other
 * files see the demo register as seeded. Call it at the top of the file.
 */
export function browserSessions() {
  const session = {
    browser: undefined as unknown as Browser,
    /** Names of systems the file created, archived after the file's tests. */
    created: [] as string[],
    opened: [] as Page[],
    /** A new context signed in as the person, closed after the test. */
    async as(email: string) {
      const page = await signedIn(session.browser, email);
      session.opened.push(page);
      return page;
    },
  };
  beforeAll(async () => {
    session.browser = await launch();
  });
  afterAll(async () => {
    if (session.browser && session.created.length > 0) {
      const admin = await signedIn(session.browser, people.admin.email);
      for (const name of session.created) await archiveSystem(admin, name);
      await closeContext(admin);
    }
    await session.browser?.close();
  });
  afterEach(async () => {
    await Promise.all(session.opened.splice(0).map(closeContext));
  });
  return session;
}
