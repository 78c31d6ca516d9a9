// Browser tests of `newsgraph serve`: headless Debian Chromium driven by
// playwright-core through search -> article -> person -> dyad, and the
// quote page, with a screenshot of each page. run.sh starts the server.
//
// Environment: NEWSGRAPH_URL (the server), NEWSGRAPH_SHOTS (where the
// screenshots go), CHROMIUM (default /usr/bin/chromium).
import { chromium } from "playwright-core";
import { mkdtempSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import assert from "node:assert/strict";

const base = process.env.NEWSGRAPH_URL;
if (!base) throw new Error("set NEWSGRAPH_URL to the server's address");
const shots = process.env.NEWSGRAPH_SHOTS || mkdtempSync(join(tmpdir(), "newsgraph-shots-"));
mkdirSync(shots, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), "newsgraph-chromium-"));

// A new, empty profile each run (Chromium's --user-data-dir).
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const page = context.pages()[0] || await context.newPage();

// Nothing may be fetched from anywhere but the server, and no page may
// raise an error or a dialog.
const problems = [];
page.on("request", (r) => { if (!r.url().startsWith(base)) problems.push(`request to ${r.url()}`); });
page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
page.on("dialog", (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });

let failed = 0;
let passed = 0;
async function step(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n${e.stack || e}`);
  }
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true }).catch(() => {});
}

await step("search", async () => {
  await page.goto(base + "/");
  await page.fill("input[name=q]", "reservoir");
  await Promise.all([page.waitForURL(/\?q=reservoir/), page.click(".searchbox button")]);
  const quotes = page.locator("#quotes .quotehit");
  assert.ok(await quotes.count() >= 1, "a quote about the reservoir");
  assert.match(await quotes.first().innerText(), /reservoir/i);
  assert.ok(await page.locator("#articles li").count() >= 1, "an article about the reservoir");
});

await step("article", async () => {
  await Promise.all([page.waitForURL(/\/articles\//), page.locator("#quotes .quotehit a.source").first().click()]);
  assert.ok(await page.locator(".story h1").count() === 1);
  assert.ok(await page.locator("#text mark.quote").count() >= 3, "quotes highlighted");
  assert.ok(await page.locator("#text mark.speaker").count() >= 1, "speakers highlighted");
  assert.ok(await page.locator("#text mark.time").count() >= 1, "times highlighted");
  assert.ok(await page.locator("aside #quotes li").count() >= 3, "quotes listed");
  // The link from the search result lands on the quote's highlight.
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  assert.ok(id.startsWith("m-quote-"), "the link names a quote");
  assert.equal(await page.locator(`[id="${id}"]`).count(), 1, "the quote's highlight exists");
});

let articleURL = "";
await step("quote", async () => {
  articleURL = page.url();
  await Promise.all([page.waitForURL(/\/quotes\//), page.locator("aside #quotes a.quotelink").first().click()]);
  assert.ok(await page.locator("blockquote.statement").count() === 1);
  assert.ok(await page.locator("#reports li").count() >= 1, "the outlets that carried it");
  assert.ok(await page.locator("#first").count() === 1, "the first report");
  assert.ok(await page.locator("#reports .chain .hop").count() >= 2, "a relay chain from speaker to outlet");
});

await step("person", async () => {
  await page.goto(articleURL);
  await Promise.all([page.waitForURL(/\/entities\//), page.locator("aside #quotes a.speaker").first().click()]);
  assert.ok(await page.locator("h1.entity-name").count() === 1);
  assert.ok(await page.locator("#statements .quotehit").count() >= 1, "their statements");
  assert.ok(await page.locator("#with a.dyad").count() >= 1, "links to their relations");
});

await step("dyad", async () => {
  await Promise.all([page.waitForURL(/\/dyad\?/), page.locator("#with a.dyad").first().click()]);
  assert.ok(await page.locator("h1.dyad-title").count() === 1);
  for (const s of ["#events", "#months", "#a-about-b", "#b-about-a"]) {
    assert.equal(await page.locator(s).count(), 1, `section ${s}`);
  }
});

await step("hostile", async () => {
  await page.goto(base + "/articles/hostile-article");
  assert.match(await page.locator(".story h1").innerText(), /<script>window.__xss = 'title'<\/script>/);
  assert.match(await page.locator("#text").innerText(), /<img src=x onerror=/);
  await page.goto(base + "/?q=stop");
  assert.match(await page.locator("#quotes").innerText(), /<script>/);
  for (const path of ["/articles/hostile-article", "/?q=stop", "/?q=Kowalska"]) {
    await page.goto(base + path);
    assert.equal(await page.evaluate(() => window.__xss), undefined, `nothing ran on ${path}`);
    assert.equal(await page.locator("main script, main img, main svg[onload], main b, main i").count(), 0, `no markup from the article on ${path}`);
  }
});

await context.close();
if (problems.length) {
  failed++;
  console.log("FAIL browser problems:\n  " + problems.join("\n  "));
}
console.log(`screenshots in ${shots}`);
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
