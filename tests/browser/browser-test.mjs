// End-to-end test of glossator's HTML output in a real browser: Debian's
// headless Chromium, driven by playwright-core, with the axe-core accessibility
// engine. Run by run.sh, which writes the annotated pages first; usage:
//   node browser-test.mjs PAGES_DIR ARTIFACTS_DIR
//
// Checks:
// - axe-core: no WCAG 2.0/2.1/2.2 A or AA violation on every page (default
//   tooltips, focusable terms with ITS markup, the terms list, <abbr>,
//   footnotes, Japanese with ruby, right-to-left Arabic), at rest, with a
//   tooltip open, and in the dark colour scheme;
// - pointer (SC 1.4.13): a tooltip shows on hover, stays while the pointer moves
//   onto it and while it rests there, Escape hides it without moving the
//   pointer or the focus, it comes back when the pointer comes back;
// - keyboard: by default Tab never stops on a term and every definition is in
//   the terms list; with focusable terms Tab opens, Escape closes (the focus
//   stays), Enter and Space open and close, Tab onwards closes;
// - touch (hasTouch): a tap opens, a second tap closes, a tap elsewhere closes;
// - without JavaScript: hover still shows the tooltip and the list is there;
// - Chromium's accessibility tree (DevTools protocol): each term's description
//   is its definition;
// - styles: no overflow at 320 px, tooltips inside the viewport at 900 px,
//   right-to-left alignment, reduced motion, forced colours, print;
// - the script works under a Content Security Policy that forbids inline
//   script and eval;
// - footnotes: a reference jumps to its note, the back-link comes back;
// - hostile glossary: no dialog, no console output, no page error, no request,
//   no element or attribute that the page did not have plus glossator's own.
// Screenshots of each state are saved in ARTIFACTS_DIR.
//
// The checks hold for any number of glossed terms on the pages: they look at
// every term, never at a count. Ends with "N passed, M failed" and exits
// non-zero on any failure.

import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

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
/** Saves a screenshot once the tooltip's fade-in is over. */
async function shot(page, name) {
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(artifacts, name) });
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

/** Opens a page in a new context and records everything a script could leave behind. */
async function open(name, options = {}) {
  const context = await browser.newContext({ viewport: { width: 900, height: 500 }, ...options });
  const page = await context.newPage();
  const events = { dialogs: [], console: [], errors: [], requests: [] };
  page.on('dialog', async (d) => {
    events.dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss().catch(() => {});
  });
  page.on('console', (m) => events.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => events.errors.push(String(e)));
  page.on('request', (r) => {
    if (![url(name), url('glossator.js')].includes(r.url())) events.requests.push(r.url());
  });
  await page.goto(url(name));
  const close = () => context.close();
  return { page, events, close };
}

/** Runs axe-core on the page as it is now (or on the elements `include` selects):
 * WCAG 2.x A and AA rules only. */
async function axe(page, label, include = null) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ content: AXE });
  }
  const violations = await page.evaluate(async ([tags, only]) => {
    const r = await window.axe.run(only ? { include: only } : document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  }, [WCAG, include]);
  check(`${label}: axe-core finds no WCAG 2.2 A/AA violation`, violations.length === 0,
    JSON.stringify(violations));
}

/** The terms of a page, as selectors of their wrapper, and their tooltips. */
async function terms(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-glossator="term"]')].map((w) => {
    const term = w.querySelector('.glossator-term');
    const tip = w.querySelector('[data-glossator="tip"]');
    return {
      entry: w.getAttribute('data-glossator-entry'),
      tip: tip.id,
      described: term.getAttribute('aria-describedby'),
      text: tip.textContent.replace(/\s+/g, ' ').trim(),
    };
  }));
}

const shown = (page, id) => page.evaluate((i) => {
  const el = document.getElementById(i);
  return Boolean(el) && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
}, id);
const termOf = (page, tipId) => page.locator(`.glossator-term[aria-describedby="${tipId}"]`);
const activeTip = (page) => page.evaluate(() => document.activeElement?.getAttribute('aria-describedby') ?? null);

/** Presses Tab until a glossator term has focus or the focus comes round again. */
async function tabToTerm(page, max = 120) {
  const seen = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return { body: true };
      return {
        term: el.classList.contains('glossator-term') ? el.getAttribute('aria-describedby') : null,
        tag: el.tagName.toLowerCase(),
      };
    });
    if (now.term) return { tip: now.term, seen };
    seen.push(now.tag ?? 'body');
    if (now.body && i > 0) break;
  }
  return { tip: null, seen };
}

/** Whether each shown tooltip lies inside the viewport and the page does not scroll sideways. */
async function fits(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const tip of document.querySelectorAll('[data-glossator="tip"]')) {
      if (getComputedStyle(tip).display === 'none') continue;
      const r = tip.getBoundingClientRect();
      if (r.left < 0 || r.right > width + 0.5) out.push(`${tip.id}: ${Math.round(r.left)}..${Math.round(r.right)} of ${width}`);
    }
    if (document.documentElement.scrollWidth > width) out.push(`page scrolls: ${document.documentElement.scrollWidth} > ${width}`);
    return out;
  });
}

/** The accessible description of every term, from Chromium's accessibility tree. */
async function axDescriptions(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('Accessibility.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.glossator-term' });
  const out = [];
  for (const nodeId of nodeIds) {
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const node = nodes[0] ?? {};
    out.push({
      role: node.role?.value,
      name: node.name?.value,
      // Ruby and its reading are joined with spaces in the description.
      description: (node.description?.value ?? '').replace(/\s+/g, ''),
      ignored: node.ignored,
    });
  }
  await cdp.detach();
  return out;
}

const modes = [
  // page, what it is, has tooltips, terms focusable
  ['tooltip.html', 'default tooltips', true, false],
  ['focusable.html', '--focusable-terms --its', true, true],
  ['terms-list.html', '--focusable-terms --terms-list', true, true],
  ['abbr.html', '--markup abbr', true, false],
  ['footnotes.html', '--notes --all --terms-list', false, false],
  ['ja.html', 'Japanese with ruby', true, false],
  ['rtl.html', 'right-to-left Arabic', true, false],
];

try {
  // --- The accessibility engine and the accessibility tree, on every mode -----
  for (const [name, what, tooltips] of modes) {
    const { page, events, close } = await open(name);
    const label = `${name} (${what})`;
    await axe(page, `${label} at rest`);
    if (tooltips) {
      const all = await terms(page);
      check(`${label}: has glossed terms`, all.length > 0);
      check(`${label}: every term is described by its own tooltip`,
        all.every((t) => t.described === t.tip && t.text.length > 0), JSON.stringify(all));
      // Open each tooltip in turn and check it against the rules.
      const first = all[0];
      await termOf(page, first.tip).hover();
      check(`${label}: a tooltip shows on hover`, await shown(page, first.tip));
      await page.waitForTimeout(300); // the fade-in is over
      await axe(page, `${label} with a tooltip open`);
      await shot(page, `${name.replace('.html', '')}-open.png`);
      const ax = await axDescriptions(page);
      check(`${label}: the accessibility tree has every term`, ax.length === all.length,
        `${ax.length} of ${all.length}`);
      const wrong = ax.map((a, i) => ({ ...a, want: all[i]?.text.replace(/\s+/g, '') }))
        .filter((a) => a.ignored || a.description !== a.want);
      check(`${label}: each term's accessible description is its definition`, wrong.length === 0,
        JSON.stringify(wrong.slice(0, 3)));
      // The definitions are also in the page's text, for readers who cannot hover
      // or focus a term (unless the terms are focusable and no list is asked for).
      const listed = await page.evaluate(() => [...document.querySelectorAll('.glossator-terms dd')]
        .map((d) => d.textContent.replace(/\s+/g, ' ').trim()));
      if (name !== 'focusable.html') {
        check(`${label}: every definition is in the terms list`,
          all.every((t) => listed.includes(t.text)), JSON.stringify(listed.slice(0, 3)));
      }
    }
    check(`${label}: no dialog, no page error`, events.dialogs.length === 0 && events.errors.length === 0,
      JSON.stringify(events));
    await close();
  }
  // Dark colour scheme: the tooltip's own colours must keep their contrast.
  {
    const { page, close } = await open('tooltip.html', { colorScheme: 'dark' });
    const [first] = await terms(page);
    await termOf(page, first.tip).hover();
    const bg = await page.evaluate((i) => getComputedStyle(document.getElementById(i)).backgroundColor, first.tip);
    check('dark: the tooltip has a dark background', bg === 'rgb(38, 38, 43)', bg);
    await page.waitForTimeout(300);
    // The test page itself has no dark style: only the tooltip is checked.
    await axe(page, 'tooltip.html (dark): the open tooltip', [`#${first.tip}`]);
    await shot(page, 'dark.png');
    await close();
  }

  // --- Pointer: hover, hoverable, persistent, Escape --------------------------
  {
    const { page, events, close } = await open('tooltip.html');
    const all = await terms(page);
    const t = all[0];
    const term = termOf(page, t.tip);
    check('pointer: hidden at first', !(await shown(page, t.tip)));
    await term.hover();
    check('pointer: shown on hover', await shown(page, t.tip));
    // Move onto the tooltip in small steps, as a hand would.
    const tb = await term.boundingBox();
    const pb = await page.locator(`#${t.tip}`).boundingBox();
    await page.mouse.move(tb.x + 3, tb.y + tb.height / 2);
    await page.mouse.move(pb.x + Math.min(20, pb.width / 2), pb.y + pb.height / 2, { steps: 8 });
    check('pointer: stays shown while the pointer is on the tooltip (hoverable)', await shown(page, t.tip));
    await page.waitForTimeout(1500);
    check('pointer: stays shown while the pointer rests (persistent)', await shown(page, t.tip));
    const focusBefore = await page.evaluate(() => document.activeElement?.tagName);
    await page.keyboard.press('Escape');
    check('pointer: Escape on the tooltip hides it (dismissible)', !(await shown(page, t.tip)));
    check('pointer: Escape moves no focus',
      (await page.evaluate(() => document.activeElement?.tagName)) === focusBefore);
    // Escape with the pointer resting on the term itself.
    await page.mouse.move(5, 495);
    await term.hover();
    check('pointer: shown again on hover', await shown(page, t.tip));
    await page.keyboard.press('Escape');
    check('pointer: Escape on the term hides it', !(await shown(page, t.tip)));
    const still = await page.evaluate(() => document.querySelector('[data-glossator="term"]:hover') !== null);
    check('pointer: the pointer is still over the term after Escape', still);
    await shot(page, 'escape.png');
    await page.mouse.move(5, 495);
    await term.hover();
    check('pointer: shown again when the pointer comes back', await shown(page, t.tip));
    await page.mouse.move(5, 495);
    check('pointer: hidden when the pointer leaves', !(await shown(page, t.tip)));
    // A click keeps it open; a click elsewhere closes it.
    await term.click();
    await page.mouse.move(5, 495);
    check('pointer: a click keeps it open after the pointer leaves', await shown(page, t.tip));
    await page.mouse.click(5, 495);
    check('pointer: a click elsewhere closes it', !(await shown(page, t.tip)));
    // The README's screenshot: a term of a paragraph's later lines, in view.
    const pick = page.locator('p .glossator-term').nth(Math.min(2, all.length - 1));
    await pick.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 120));
    await pick.hover();
    check('pointer: another term shows its own tooltip',
      await shown(page, await pick.getAttribute('aria-describedby')));
    await shot(page, 'tooltip.png');
    // Every tooltip, opened by hover, lies inside the viewport.
    const outside = [];
    for (const x of all) {
      await page.mouse.move(5, 495);
      await termOf(page, x.tip).hover();
      outside.push(...(await fits(page)));
    }
    check('pointer: every tooltip lies inside a 900 px viewport', outside.length === 0, outside.join('; '));
    check('pointer: no dialog, no page error', events.dialogs.length === 0 && events.errors.length === 0,
      JSON.stringify(events));
    await close();
  }

  // --- Keyboard ---------------------------------------------------------------
  {
    const { page, close } = await open('tooltip.html');
    const { tip, seen } = await tabToTerm(page);
    check('keyboard (default): Tab never stops on a term', tip === null, `stopped on ${tip}`);
    check('keyboard (default): Tab goes round the page', seen.length > 0 && seen.at(-1) === 'body', seen.join(' '));
    await close();
  }
  {
    const { page, close } = await open('focusable.html');
    const all = await terms(page);
    const { tip } = await tabToTerm(page);
    check('keyboard: Tab reaches a term', tip === all[0]?.tip, `${tip}`);
    if (tip) {
      check('keyboard: its tooltip shows on focus', await shown(page, tip));
      await shot(page, 'keyboard-focus.png');
      await page.keyboard.press('Escape');
      check('keyboard: Escape hides it', !(await shown(page, tip)));
      check('keyboard: the focus stays on the term', (await activeTip(page)) === tip);
      await page.keyboard.press('Enter');
      check('keyboard: Enter shows it again', await shown(page, tip));
      await page.keyboard.press(' ');
      check('keyboard: Space hides it', !(await shown(page, tip)));
      const scrolled = await page.evaluate(() => window.scrollY);
      await page.keyboard.press(' ');
      check('keyboard: Space shows it again', await shown(page, tip));
      check('keyboard: Space does not scroll the page', (await page.evaluate(() => window.scrollY)) === scrolled);
      await page.keyboard.press('Tab');
      const next = await activeTip(page);
      check('keyboard: Tab onwards hides it', next !== tip && !(await shown(page, tip)));
      if (next) check('keyboard: the next term shows its own', await shown(page, next));
      await page.keyboard.press('Shift+Tab');
      check('keyboard: coming back shows it again', (await activeTip(page)) === tip && await shown(page, tip));
      // ITS 2.0: each term points at its definition.
      const its = await page.evaluate(() => [...document.querySelectorAll('.glossator-term')].map((t) => [
        t.getAttribute('its-term'),
        t.getAttribute('its-term-info-ref') === `#${t.getAttribute('aria-describedby')}`,
      ]));
      check('keyboard: ITS its-term and its-term-info-ref on every term',
        its.every(([yes, ref]) => yes === 'yes' && ref), JSON.stringify(its));
    }
    await close();
  }

  // --- Touch ------------------------------------------------------------------
  {
    const { page, close } = await open('tooltip.html', { hasTouch: true, isMobile: true, viewport: { width: 390, height: 700 } });
    const all = await terms(page);
    const t = all[0];
    const term = termOf(page, t.tip);
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    check('touch: a tap opens the tooltip', await shown(page, t.tip));
    await shot(page, 'touch-open.png');
    check('touch: it fits the screen', (await fits(page)).length === 0, (await fits(page)).join('; '));
    await term.tap();
    check('touch: a second tap closes it', !(await shown(page, t.tip)));
    await term.tap();
    check('touch: a third tap opens it again', await shown(page, t.tip));
    if (all.length > 1) {
      const other = termOf(page, all[1].tip);
      await other.scrollIntoViewIfNeeded();
      await other.tap();
      check('touch: a tap on another term opens that one and closes the first',
        (await shown(page, all[1].tip)) && !(await shown(page, t.tip)));
    }
    await page.locator('h1').tap();
    check('touch: a tap elsewhere closes it', (await Promise.all(all.map((x) => shown(page, x.tip)))).every((s) => !s));
    await shot(page, 'touch-closed.png');
    await close();
  }

  // --- Narrow screen, right to left, reduced motion, forced colours, print -----
  for (const name of ['tooltip.html', 'ja.html', 'rtl.html']) {
    const { page, close } = await open(name, { viewport: { width: 320, height: 640 } });
    const outside = [];
    for (const x of await terms(page)) {
      const term = termOf(page, x.tip);
      await page.mouse.move(0, 0);
      await term.scrollIntoViewIfNeeded();
      await term.hover();
      outside.push(...(await fits(page)));
    }
    check(`320 px: every tooltip of ${name} fits, nothing scrolls sideways`, outside.length === 0, outside.join('; '));
    await shot(page, `narrow-${name.replace('.html', '')}.png`);
    await close();
  }
  {
    const { page, close } = await open('rtl.html');
    const all = await terms(page);
    const t = all[0];
    await termOf(page, t.tip).hover();
    const side = await page.evaluate((i) => {
      const tip = document.getElementById(i);
      const w = tip.parentElement.getBoundingClientRect();
      const r = tip.getBoundingClientRect();
      return { dir: getComputedStyle(tip).direction, right: Math.round(r.right), wrapper: Math.round(w.right) };
    }, t.tip);
    check('rtl: the tooltip is right to left and starts at the term\'s right edge',
      side.dir === 'rtl' && Math.abs(side.right - side.wrapper) <= 1, JSON.stringify(side));
    await shot(page, 'rtl.png');
    await close();
  }
  {
    const { page, close } = await open('tooltip.html');
    const [t] = await terms(page);
    await termOf(page, t.tip).hover();
    const animated = await page.evaluate((i) => getComputedStyle(document.getElementById(i)).animationName, t.tip);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.mouse.move(5, 495);
    await termOf(page, t.tip).hover();
    const still = await page.evaluate((i) => getComputedStyle(document.getElementById(i)).animationName, t.tip);
    check('reduced motion: the fade-in is there, and gone when motion is reduced',
      animated === 'glossator-in' && still === 'none', `${animated} / ${still}`);
    await page.emulateMedia({ reducedMotion: null, forcedColors: 'active' });
    await page.mouse.move(5, 495);
    await termOf(page, t.tip).hover();
    const border = await page.evaluate((i) => {
      const s = getComputedStyle(document.getElementById(i));
      return `${s.borderTopStyle} ${s.borderTopWidth} ${s.boxShadow}`;
    }, t.tip);
    check('forced colours: the tooltip keeps a border', border.startsWith('solid 1px'), border);
    await shot(page, 'forced-colors.png');
    await close();
  }
  for (const [name, inline] of [['focusable.html', true], ['tooltip.html', false]]) {
    const { page, close } = await open(name);
    await page.emulateMedia({ media: 'print' });
    const all = await terms(page);
    const text = (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
    const missing = all.filter((t) => !text.includes(t.text));
    check(`print (${name}): every definition is printed`, missing.length === 0,
      missing.map((t) => t.entry).join(', '));
    const tipsShown = await Promise.all(all.map((t) => shown(page, t.tip)));
    check(`print (${name}): definitions ${inline ? 'inline after each term' : 'in the list, not twice'}`,
      tipsShown.every((s) => s === inline), JSON.stringify(tipsShown));
    await shot(page, `print-${name.replace('.html', '')}.png`);
    await close();
  }

  // --- Without JavaScript -----------------------------------------------------
  for (const name of ['tooltip.html', 'tooltip-css-only.html', 'focusable.html']) {
    const { page, close } = await open(name, { javaScriptEnabled: false });
    const [t] = await terms(page);
    await termOf(page, t.tip).hover();
    check(`no script (${name}): hover shows the tooltip`, await shown(page, t.tip));
    await page.mouse.move(5, 495);
    check(`no script (${name}): it hides when the pointer leaves`, !(await shown(page, t.tip)));
    if (name === 'focusable.html') {
      const { tip } = await tabToTerm(page);
      check('no script (focusable.html): focus shows the tooltip', Boolean(tip) && await shown(page, tip));
    } else {
      check(`no script (${name}): the definitions are listed`,
        (await page.locator('.glossator-terms dd').count()) === (await terms(page)).length);
    }
    await close();
  }

  // --- Content Security Policy ------------------------------------------------
  {
    const context = await browser.newContext({ viewport: { width: 900, height: 500 } });
    const origin = 'http://glossator.test';
    const csp = `default-src 'none'; script-src ${origin}/glossator.js; style-src 'unsafe-inline'`;
    await context.route(`${origin}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = path === '/glossator.js' ? 'glossator.js' : 'ja.html';
      route.fulfill({
        status: 200,
        headers: {
          'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8',
          'content-security-policy': csp,
        },
        body: readFileSync(join(pagesDir, file)),
      });
    });
    const page = await context.newPage();
    const refused = [];
    page.on('console', (m) => { if (/Content Security Policy|Refused/i.test(m.text())) refused.push(m.text()); });
    page.on('pageerror', (e) => refused.push(String(e)));
    await page.goto(`${origin}/ja.html`);
    const [t] = await terms(page);
    await termOf(page, t.tip).hover();
    await page.keyboard.press('Escape');
    check('CSP: the script runs under script-src without inline script or eval (Escape works)',
      !(await shown(page, t.tip)));
    check('CSP: nothing refused', refused.length === 0, JSON.stringify(refused));
    await context.close();
  }

  // --- Footnotes --------------------------------------------------------------
  {
    const { page, events, close } = await open('footnotes.html');
    const ref = page.locator('a[role="doc-noteref"]').first();
    const href = await ref.getAttribute('href');
    const refId = await ref.getAttribute('id');
    await ref.click();
    await page.waitForFunction((h) => location.hash === h, href);
    check('footnotes: the reference jumps to its note', await page.evaluate(() => location.hash) === href);
    await shot(page, 'footnotes.png');
    const back = page.locator(`${href} a[role="doc-backlink"][href="#${refId}"]`);
    check('footnotes: the note links back', (await back.count()) === 1);
    await back.click();
    await page.waitForFunction((h) => location.hash === h, `#${refId}`);
    check('footnotes: the back-link returns to the reference',
      await page.evaluate(() => location.hash) === `#${refId}`);
    check('footnotes: no dialog, no page error', events.dialogs.length === 0 && events.errors.length === 0,
      JSON.stringify(events));
    await close();
  }

  // --- Hostile glossary -------------------------------------------------------
  for (const name of ['hostile-tooltip.html', 'hostile-footnotes.html']) {
    const { page, events, close } = await open(name);
    // Show every tooltip and visit every note: any injected handler would fire.
    for (const term of await page.locator('.glossator-term').all()) {
      await term.hover();
      await term.click();
      await page.keyboard.press('Escape');
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
      const ours = new Set(['term', 'name', 'tip', 'ref', 'notes', 'terms', 'style', 'script']);
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
    const allowed = ['a', 'abbr', 'bdi', 'ruby', 'rt', 'dd', 'dfn', 'dl', 'dt', 'h2', 'li', 'ol', 'section', 'span', 'style', 'sup', 'aside', 'script'];
    check(`${name}: glossator wrote only its own elements`,
      dom.oursTags.every((t) => allowed.includes(t)), JSON.stringify(dom.oursTags));
    check(`${name}: no event handler attributes`, dom.handlers.length === 0, JSON.stringify(dom.handlers));
    check(`${name}: only in-page links and the tooltip script`,
      dom.urls.every((u) => u.startsWith('#gl-') || u === 'glossator.js'), JSON.stringify(dom.urls));
    check(`${name}: no injected style hides the page`, dom.bodyShown);
    check(`${name}: no injected <base>`, dom.base.split('#')[0] === url(name), dom.base);
    const text = name.includes('footnotes')
      ? await page.locator('body').innerText()
      : await page.locator('.glossator-tip').first().textContent();
    check(`${name}: payloads read as text`,
      text.includes('<script>alert("definition")</script>'), text.slice(0, 300));
    if (name === 'hostile-tooltip.html') {
      await page.locator('.glossator-term').first().hover();
      await shot(page, 'hostile-tooltip.png');
    }
    await close();
  }
} catch (e) {
  check('no exception', false, e && e.stack ? e.stack : String(e));
} finally {
  await browser.close().catch(() => {});
}

console.log(`\nbrowser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
