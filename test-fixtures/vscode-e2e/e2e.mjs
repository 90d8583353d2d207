// Drives the brisk extension in code-server through headless Chromium, as a person would:
// open the fixture's src/lib.rs, type an undefined name, see the squiggle and the Problems entry
// (E0425), fix it, run the test from its "▶ Run test" lens (passes), break it and run it from the
// Test Explorer (fails with the panic message), fix it and run it at the cursor. Every step leaves a screenshot in
// ARTIFACTS. Prints "ok - …" / "FAIL - …" per check and writes the counts to ARTIFACTS/result.json.
// Environment: CODE_SERVER_URL, WORKSPACE (folder to open), ARTIFACTS (screenshot folder).
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const url = required('CODE_SERVER_URL');
const workspace = required('WORKSPACE');
const artifacts = required('ARTIFACTS');
const SERVER_READY_MS = 180_000;
const DIAGNOSTIC_MS = 60_000;
const TYPED = ' + missing_value';
// A test run compiles the workspace to bytecode and starts a JVM for the test harness.
const TEST_RUN_MS = 180_000;
// Line 12 of src/lib.rs is `        assert_eq!(add(2, 2), 4);`: column 32 is just after the expected value.
const EXPECTED_AT = '12:32';

mkdirSync(artifacts, { recursive: true });
const results = [];
let shot = 0;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.setDefaultTimeout(30_000);

try {
  await check('workbench opens the fixture folder', 'workbench', async () => {
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view').waitFor({ timeout: 60_000 });
  });

  await check('src/lib.rs opens in an editor', 'opened', async () => {
    await quickOpen('src/lib.rs');
    await page.locator('.tab.active', { hasText: 'lib.rs' }).waitFor();
    await page.locator('.monaco-editor .view-lines', { hasText: 'pub fn add' }).waitFor();
  });

  await check('status bar shows "brisk ✓" once the server has analysed the workspace', 'server-ready', async () => {
    await statusText(/^brisk ✓$/, SERVER_READY_MS);
  });

  await check('"▶ Run test" code lens above the #[test] fn', 'code-lens', async () => {
    await runTestLens().waitFor({ timeout: DIAGNOSTIC_MS });
  });

  await check('Testing view lists the #[test] fn from the server (brisk/listTests)', 'test-discovered', async () => {
    await command('Testing: Focus on Test Explorer View');
    await testRow();
    await focusEditor();
  });

  await check('typing an undefined name (unsaved) shows an error squiggle', 'squiggle', async () => {
    await goToLine(3);
    await page.keyboard.press('End');
    await page.keyboard.type(TYPED, { delay: 20 });
    await page.keyboard.press('Escape');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: DIAGNOSTIC_MS });
    await statusText(/^brisk: 1 error$/, DIAGNOSTIC_MS);
  });

  await check('Problems panel lists E0425 for missing_value', 'problems', async () => {
    await command('View: Focus Problems (Errors, Warnings, Infos)');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'E0425' });
    await row.first().waitFor({ timeout: DIAGNOSTIC_MS });
    const text = await row.first().innerText();
    if (!text.includes('missing_value')) {
      throw new Error(`the E0425 entry does not name missing_value: ${text}`);
    }
  });

  await check('removing the name clears the squiggle and the Problems entry', 'fixed', async () => {
    await focusEditor();
    await goToLine(3);
    await page.keyboard.press('End');
    for (let i = 0; i < TYPED.length; i++) {
      await page.keyboard.press('Backspace');
    }
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'detached', timeout: DIAGNOSTIC_MS });
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'E0425' }).first()
      .waitFor({ state: 'detached', timeout: DIAGNOSTIC_MS });
    await statusText(/^brisk ✓$/, DIAGNOSTIC_MS);
  });

  await check('clicking "▶ Run test" runs the test: passed in the Testing view', 'run-test-passed', async () => {
    await runTestLens().click();
    await testOutcome('passed', TEST_RUN_MS);
  });

  await check('breaking the test (unsaved) and running it from the Test Explorer: failed, with the panic message at its line', 'run-test-failed', async () => {
    await focusEditor();
    await replaceExpected('5');
    const row = await testRow();
    await row.hover();
    await row.locator('.action-label[aria-label^="Run Test"]').click();
    await testOutcome('failed', TEST_RUN_MS);
    // The failure message (the test run's peek, opened on failure) carries the assert_eq! panic.
    await page.locator('.test-output-peek', { hasText: 'assertion `left == right` failed' }).first().waitFor({ timeout: DIAGNOSTIC_MS });
    // The peek opens at the message's location, the panic's `src/lib.rs:12:9`, and puts the cursor there.
    await page.locator('.statusbar-item', { hasText: 'Ln 12, Col 9' }).first().waitFor({ timeout: 5_000 });
  });

  await check('fixing the test and "brisk: Run test at cursor": passed again', 'run-test-at-cursor', async () => {
    await page.keyboard.press('Escape');
    await focusEditor();
    await replaceExpected('4');
    await goToLine(12);
    await command('brisk: Run test at cursor');
    await testOutcome('passed', TEST_RUN_MS);
  });

  await check('hovering fn add shows its signature from the server', 'hover', async () => {
    await focusEditor();
    // Line 2 is `pub fn add(left: u64, right: u64) -> u64 {`: column 9 is inside `add`. Going there
    // directly is reliable; arrow-key presses were lost while the workbench was still busy.
    await goToLine('2:9');
    await command('Show or Focus Hover');
    const hover = page.locator('.monaco-hover', { hasText: 'fn add(' }).first();
    await hover.waitFor({ timeout: DIAGNOSTIC_MS });
  });

  await check('"brisk: Check workspace" runs brisk check in a terminal', 'check-workspace', async () => {
    await command('brisk: Check workspace');
    await page.locator('.terminal-wrapper .xterm-rows', { hasText: 'Finished' }).first().waitFor({ timeout: SERVER_READY_MS });
  });
} finally {
  writeFileSync(
    path.join(artifacts, 'result.json'),
    JSON.stringify({ passed: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length, results }, null, 2),
  );
  await browser.close();
}
process.exit(results.every((r) => r.ok) ? 0 : 1);

async function check(name, label, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok - ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false, error: String(error?.message ?? error) });
    console.log(`FAIL - ${name} (${Date.now() - started} ms): ${String(error?.message ?? error).split('\n')[0]}`);
  }
  shot += 1;
  await page.screenshot({ path: path.join(artifacts, `${String(shot).padStart(2, '0')}-${label}.png`) }).catch(() => {});
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`e2e.mjs: ${name} is not set`);
    process.exit(2);
  }
  return value;
}

function runTestLens() {
  return page.locator('.codelens-decoration a', { hasText: 'Run test' }).first();
}

async function quickOpen(file) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(file);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(file) }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function command(label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function goToLine(line) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
}

/** Waits until the brisk status bar item's text matches `pattern`. */
async function statusText(pattern, timeout) {
  const item = page.locator('.statusbar-item', { hasText: /brisk/ }).first();
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = ((await item.textContent({ timeout: 1_000 }).catch(() => '')) ?? '').trim();
    if (pattern.test(last)) {
      return;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`status bar shows "${last}", expected ${pattern}`);
}

/** The Testing view's row of the fixture's test, expanding its file's row if needed. */
async function testRow() {
  const fileRow = page.locator('.test-explorer .monaco-list-row', { hasText: 'lib.rs' }).first();
  await fileRow.waitFor({ timeout: DIAGNOSTIC_MS });
  if ((await fileRow.getAttribute('aria-expanded')) === 'false') {
    await fileRow.locator('.monaco-tl-twistie').click();
  }
  const row = page.locator('.test-explorer .monaco-list-row', { hasText: 'adds_two_numbers' }).first();
  await row.waitFor({ timeout: DIAGNOSTIC_MS });
  return row;
}

/** Waits until the test's row in the Testing view shows `outcome` ('passed' or 'failed'). */
async function testOutcome(outcome, timeout) {
  const row = await testRow();
  await row.locator(`.codicon-testing-${outcome}-icon`).waitFor({ timeout });
}

/** Replaces the assert_eq!'s one-digit expected value by `to` in the editor (unsaved). */
async function replaceExpected(to) {
  await goToLine(EXPECTED_AT);
  await page.keyboard.press('Backspace');
  await page.keyboard.type(to);
  await editorLines().filter({ hasText: `add(2, 2), ${to});` }).waitFor({ timeout: 5_000 });
}

/** The text of the editor showing src/lib.rs (other views, like the Testing view's filter, are Monaco editors too). */
function editorLines() {
  // The outer editor's own lines: the test failure peek nests another Monaco editor inside it.
  return page
    .locator('.part.editor .monaco-editor')
    .first()
    .locator(':scope > .overflow-guard > .monaco-scrollable-element > .lines-content > .view-lines');
}

/**
 * Focuses the editor through the command palette: a click can land on a code lens, or miss when
 * the editor is scrolled (its lines element then starts above the visible area).
 */
async function focusEditor() {
  await command('View: Focus Active Editor Group');
}
