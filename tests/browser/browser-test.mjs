// End-to-end test of glossator's HTML output in a real browser: Debian's
// headless Chromium, driven by playwright-core. Run by run.sh, which builds the
// annotated pages first; usage: node browser-test.mjs PAGES_DIR ARTIFACTS_DIR
//
// Checks:
// - tooltip page: the tooltip is hidden, shows on hover and on keyboard focus
//   (Tab), hides again; the term's aria-describedby names it;
// - footnotes page: a footnote link jumps to its note, the back-link comes back;
// - hostile glossary (tooltips and footnotes): no dialog, no console output, no
//   page error, no request, no element or attribute that the page did not have
//   plus glossator's own, even while tooltips are shown;
// - a screenshot of a shown tooltip is saved in ARTIFACTS_DIR.
//
// Ends with "N passed, M failed" and exits non-zero on any failure.

import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const pagesDir = resolve(process.argv[2] ?? 'artifacts');
const artifacts = resolve(process.argv[3] ?? pagesDir);
mkdirSync(artifacts, { recursive: true });

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`);
  }
}

const url = (name) => pathToFileURL(join(pagesDir, name)).href;

const profile = mkdtempSync(join(tmpdir(), 'glossator-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 900, height: 500 },
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

/** Opens a page and records everything a script could leave behind. */
async function open(name) {
  const page = await context.newPage();
  const events = { dialogs: [], console: [], errors: [], requests: [] };
  page.on('dialog', async (d) => {
    events.dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss().catch(() => {});
  });
  page.on('console', (m) => events.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => events.errors.push(String(e)));
  page.on('request', (r) => {
    if (r.url() !== url(name)) events.requests.push(r.url());
  });
  await page.goto(url(name));
  return { page, events };
}

const visible = (page, selector) => page.locator(selector).first().isVisible();

/** Presses Tab until a glossator term has focus; returns its tooltip's id. */
async function tabToTerm(page, max = 80) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const tip = await page.evaluate(() => {
      const el = document.activeElement;
      return el && el.classList.contains('glossator-term') ? el.getAttribute('aria-describedby') : null;
    });
    if (tip) return tip;
  }
  return null;
}

async function inViewport(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  }, selector);
}

try {
  // --- Tooltips -----------------------------------------------------------
  {
    const { page, events } = await open('tooltip.html');
    const term = page.locator('.glossator-term').first();
    const tipId = await term.getAttribute('aria-describedby');
    const tip = `#${tipId}`;
    check('tooltip: term has aria-describedby', Boolean(tipId));
    check('tooltip: it names a role=tooltip element',
      (await page.locator(tip).getAttribute('role')) === 'tooltip');
    check('tooltip: hidden at first', !(await visible(page, tip)));
    await term.hover();
    check('tooltip: visible on hover', await visible(page, tip));
    const text = await page.locator(tip).innerText();
    check('tooltip: shows the definition', /consensus|district|practice|wrestling|draw/i.test(text), text);
    // The screenshot: the first term of a paragraph's later lines, in view.
    await page.mouse.move(5, 495);
    check('tooltip: hidden when the pointer leaves', !(await visible(page, tip)));
    const shot = page.locator('p .glossator-term').nth(2);
    await shot.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 120));
    await shot.hover();
    check('tooltip: another term shows its own tooltip',
      await visible(page, `#${await shot.getAttribute('aria-describedby')}`));
    await page.screenshot({ path: join(artifacts, 'tooltip.png') });
    await page.mouse.move(5, 495);
    check('tooltip: hidden again', !(await visible(page, tip)));
    // Keyboard: Tab through the page to the first term.
    await page.mouse.move(0, 0);
    const focused = await tabToTerm(page);
    check('tooltip: a term takes keyboard focus', Boolean(focused));
    if (focused) {
      check('tooltip: visible on keyboard focus', await visible(page, `#${focused}`));
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'));
      check('tooltip: hidden again when focus moves on',
        next === focused || !(await visible(page, `#${focused}`)));
    }
    // The fixture article links a stylesheet, an image and a script that are not
    // there; nothing else may show up.
    check('tooltip: no dialog, no page error', events.dialogs.length === 0 && events.errors.length === 0,
      JSON.stringify(events));
    await page.close();
  }

  // --- Footnotes ----------------------------------------------------------
  {
    const { page, events } = await open('footnotes.html');
    const ref = page.locator('a[role="doc-noteref"]').first();
    const href = await ref.getAttribute('href');
    const refId = await ref.getAttribute('id');
    await ref.click();
    await page.waitForFunction((h) => location.hash === h, href);
    check('footnotes: the reference jumps to its note',
      await page.evaluate(() => location.hash) === href);
    check('footnotes: the note is in view', await inViewport(page, href));
    await page.screenshot({ path: join(artifacts, 'footnotes.png') });
    const back = page.locator(`${href} a[role="doc-backlink"][href="#${refId}"]`);
    check('footnotes: the note links back', (await back.count()) === 1);
    await back.click();
    await page.waitForFunction((h) => location.hash === h, `#${refId}`);
    check('footnotes: the back-link returns to the reference',
      await page.evaluate(() => location.hash) === `#${refId}`);
    check('footnotes: the reference is in view', await inViewport(page, `#${refId}`));
    check('footnotes: no dialog, no page error', events.dialogs.length === 0 && events.errors.length === 0,
      JSON.stringify(events));
    await page.close();
  }

  // --- Hostile glossary ---------------------------------------------------
  for (const name of ['hostile-tooltip.html', 'hostile-footnotes.html']) {
    const { page, events } = await open(name);
    // Show every tooltip and visit every note: any injected handler would fire.
    for (const term of await page.locator('.glossator-term').all()) {
      await term.hover();
      await term.focus();
    }
    for (const ref of await page.locator('a[role="doc-noteref"], a[role="doc-backlink"]').all()) {
      await ref.click();
    }
    await page.waitForTimeout(300);
    check(`${name}: no dialog`, events.dialogs.length === 0, JSON.stringify(events.dialogs));
    check(`${name}: nothing on the console`, events.console.length === 0, JSON.stringify(events.console));
    check(`${name}: no page error`, events.errors.length === 0, JSON.stringify(events.errors));
    check(`${name}: no request`, events.requests.length === 0, JSON.stringify(events.requests));
    const dom = await page.evaluate(() => {
      const ours = new Set(['term', 'name', 'tip', 'ref', 'notes', 'terms', 'style']);
      const inOurs = (el) => {
        for (let e = el; e; e = e.parentElement) {
          if (ours.has(e.getAttribute('data-glossator'))) return true;
        }
        return false;
      };
      const all = [...document.querySelectorAll('*')];
      return {
        theirs: all.filter((e) => !inOurs(e)).map((e) => e.tagName.toLowerCase()),
        oursTags: [...new Set(all.filter(inOurs).map((e) => e.tagName.toLowerCase()))].sort(),
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
        urls: all.flatMap((e) => [...e.attributes]
          .filter((a) => ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name))
          .map((a) => a.value)),
        bodyShown: getComputedStyle(document.body).display !== 'none',
        base: document.baseURI,
      };
    });
    check(`${name}: the page's own elements are unchanged`,
      JSON.stringify(dom.theirs) === JSON.stringify(
        ['html', 'head', 'meta', 'title', 'body', 'main', 'h1', 'p', 'p']),
      JSON.stringify(dom.theirs));
    const allowed = ['a', 'abbr', 'dd', 'dfn', 'dl', 'dt', 'h2', 'li', 'ol', 'section', 'span', 'style', 'sup', 'aside'];
    check(`${name}: glossator wrote only its own elements`,
      dom.oursTags.every((t) => allowed.includes(t)), JSON.stringify(dom.oursTags));
    check(`${name}: no event handler attributes`, dom.handlers.length === 0, JSON.stringify(dom.handlers));
    check(`${name}: only in-page links`, dom.urls.every((u) => u.startsWith('#gl-')), JSON.stringify(dom.urls));
    check(`${name}: no injected style hides the page`, dom.bodyShown);
    check(`${name}: no injected <base>`, dom.base.split('#')[0] === url(name), dom.base);
    // The payloads are shown as text.
    const shown = name.includes('footnotes')
      ? await page.locator('body').innerText()
      : await page.locator('.glossator-tip').first().textContent();
    check(`${name}: payloads read as text`,
      shown.includes('<script>alert("definition")</script>'), shown.slice(0, 300));
    if (name === 'hostile-tooltip.html') {
      await page.locator('.glossator-term').first().hover();
      await page.screenshot({ path: join(artifacts, 'hostile-tooltip.png') });
    }
    await page.close();
  }
} catch (e) {
  check('no exception', false, e && e.stack ? e.stack : String(e));
} finally {
  await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}

console.log(`\nbrowser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
