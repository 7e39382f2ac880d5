// SPDX-License-Identifier: MIT
// Drives Debian's Chromium (headless, through playwright-core) over pages that
// `kgforge export --to html` wrote, for tests/interop/html_view.py. Reads a JSON job
// from argv[2] and prints what the pages did as JSON on stdout:
//   {"pages": [{"path", "screenshot", "search", "uncheck", "dates", "click"}], "user_data_dir"}
// Chromium downloads nothing: no component updates, no background networking, a fresh profile.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const browser = await chromium.launchPersistentContext(job.user_data_dir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function visit(spec) {
  const page = await browser.newPage();
  const out = { console: [], errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => out.console.push(m.type() + ': ' + m.text()));
  page.on('pageerror', (e) => out.errors.push(String(e)));
  page.on('dialog', async (d) => { out.dialogs.push(d.message()); await d.dismiss(); });
  page.on('request', (r) => out.requests.push(r.url()));
  // Recorded by the page itself: every Content-Security-Policy violation.
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(e.violatedDirective + ' ' + e.blockedURI);
    });
  });
  const url = pathToFileURL(spec.path).href;
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.kgforgeView !== undefined, null, { timeout: 5000 }).catch(() => {});
  out.loaded = await page.evaluate(() => window.kgforgeView !== undefined);
  if (!out.loaded) return out;
  out.counts = await page.evaluate(() => {
    const v = window.kgforgeView;
    return { nodes: v.cy.nodes().length, edges: v.cy.edges().length,
             relations: v.data.edges.reduce((n, e) => n + e.rel.length, 0), shown: v.shown() };
  });
  out.names = await page.evaluate(() => {
    const v = window.kgforgeView;
    const names = v.data.nodes.map((n, i) => {
      v.showNode(i);
      const at = v.cy.getElementById('n' + i).position();
      return { name: n.name, id: n.id, x: at.x, y: at.y, shown: document.getElementById('details-name').textContent,
               label: v.cy.getElementById('n' + i).data('label'),
               facts: document.getElementById('details-facts').textContent };
    });
    document.getElementById('details').hidden = true;  // as the page opens
    return names;
  });
  // The canvas is not blank: the drawing's pixels have many colours.
  out.canvas = await page.evaluate(() => {
    const colours = new Set();
    let inked = 0, total = 0;
    for (const c of document.querySelectorAll('#cy canvas')) {
      const ctx = c.getContext('2d');
      if (!ctx || c.width === 0) continue;
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < px.length; i += 4 * 7) {
        total++;
        if (px[i + 3] === 0) continue;
        inked++;
        colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
      }
    }
    return { colours: colours.size, inked, total };
  });
  // The page as it opens.
  if (spec.screenshot) await page.screenshot({ path: spec.screenshot });
  if (spec.click !== undefined) {
    const at = await page.evaluate((i) => {
      const n = window.kgforgeView.cy.getElementById('n' + i);
      const p = n.renderedPosition();
      const box = document.getElementById('cy').getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, spec.click);
    await page.mouse.click(at.x, at.y);
    out.click = await page.evaluate(() => ({
      hidden: document.getElementById('details').hidden,
      name: document.getElementById('details-name').textContent,
      iri: document.getElementById('details-iri').textContent,
      facts: document.getElementById('details-facts').textContent,
      relations: [...document.querySelectorAll('#details-relations li')].map((li) => li.textContent),
    }));
  }
  if (spec.search !== undefined) {
    await page.fill('#search', spec.search);
    out.search = await page.evaluate(() => {
      const cy = window.kgforgeView.cy;
      return { hits: cy.nodes('.hit').length, dimmed: cy.nodes('.dim').length,
               text: document.getElementById('search-count').textContent };
    });
    await page.fill('#search', '');
  }
  if (spec.uncheck !== undefined) {
    const box = page.locator('#classes input[type=checkbox]').nth(spec.uncheck);
    await box.uncheck();
    out.uncheck = await page.evaluate(() => ({
      shown: window.kgforgeView.shown(),
      visible: window.kgforgeView.cy.nodes(':visible').length,
    }));
    await box.check();
    out.recheck = await page.evaluate(() => window.kgforgeView.shown());
  }
  out.dates = {};
  for (const d of spec.dates || []) {
    await page.fill('#date-text', d);
    out.dates[d] = await page.evaluate(() => ({
      shown: window.kgforgeView.shown(),
      visibleEdges: window.kgforgeView.cy.edges(':visible').length,
      summary: document.getElementById('summary').textContent,
    }));
  }
  if (spec.click !== undefined && spec.focus_screenshot) {
    // The clicked node at about its natural size, with its facts in the panel. Last: in
    // headless Chromium, changing the zoom after a screenshot took 40 s to draw.
    if (out.dates && Object.keys(out.dates).length) await page.uncheck('#date-on');
    await page.evaluate((i) => {
      const cy = window.kgforgeView.cy;
      cy.zoom(1.1);
      cy.center(cy.getElementById('n' + i));
    }, spec.click);
    await page.waitForTimeout(400);  // cytoscape.js redraws its labels sharply once the view is still
    await page.screenshot({ path: spec.focus_screenshot });
  }
  out.csp = await page.evaluate(() => window.__csp);
  out.pwned = await page.evaluate(() => window.__pwned === undefined ? null : String(window.__pwned));
  await page.close();
  return out;
}

const results = [];
try {
  for (const spec of job.pages) results.push(await visit(spec));
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify({ pages: results }));
