/**
 * Issue 17, parts 1–3: the browser editor end to end, offline, in Chromium set to Bangkok
 * time. A scratch repository holds content/; as `npm run cms` does, decap-server works in
 * a scratch worktree of it (scripts/cms/). Through the Thai interface of the built site's
 * /admin/, a release is created (the ministry found by typing เกษตร, two provinces by their
 * Thai names, a body with a list and a table) and published, and an existing release gets
 * a change note and new text, and an imported close call's note is shown and cleared. The committed files pass `npm run check` and build into
 * pages that show those values; the scratch repository's own checkout is never touched.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/shared/browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/shared/static-server.ts';
import { scriptArguments } from '../../scripts/shared/script-arguments.ts';
import { astroBuild, buildWorkDir } from '../../scripts/build/astro-build.ts';
import { freePort, startDecapServer, type DecapServer } from '../../scripts/cms/decap-server.ts';
import { scratchWorktree } from '../../scripts/cms/scratch-worktree.ts';
import { SCRATCH_BRANCH } from '@/admin/local-backend.ts';
import { EDITOR_UI as T } from '@/i18n/th.ts';
import { closeCallNoteText } from '@/release/close-call-note.ts';

const SCREENSHOTS = 'test-results/screenshots';
const root = process.cwd();
const siteDir = inject('siteDir');
/** Decap marks a field that may be left empty so. */
const optional = (label: string): string => `${label} (ทางเลือก)`;

const NEW_FILE = 'content/releases/2025/11/2025-11-03-agriculture.md';
const EDITED_FILE = 'content/releases/2025/10/2025-10-01-labour-minimum-wage.md';
/** An imported release whose ministry was a close call, with the importer's note beside it. */
const CLOSE_CALL_FILE = 'content/releases/2024/03/2024-03-01-99999.md';
const CLOSE_CALL_NOTE = closeCallNoteText('labour');
const CLOSE_CALL = [
  '---',
  'title: ขอเชิญผู้หางานร่วมงานนัดพบแรงงาน',
  'date: 2024-03-01',
  `ministry: pmo # ${CLOSE_CALL_NOTE}`,
  'provinces: []',
  'source: https://www.thaigov.go.th/news/contents/details/99999',
  '---',
  'ขอเชิญผู้หางานร่วมงานนัดพบแรงงานที่ทำเนียบรัฐบาล',
  '',
].join('\n');
const BODY = 'เกษตรจังหวัดเปิดตลาดนัดผลไม้ทุกวันเสาร์\n\n- ตลาดนัด\n- ลำไยอบแห้ง\n\n| จังหวัด | ผลไม้ |\n| --- | --- |\n| เชียงใหม่ | ลำไย |\n';

let work: string;
let origin: string;
let worktree: string;
let server: DecapServer;
let site: StaticSite;
let browser: Browser;
/** What Decap asked or told the editor in dialogs, all accepted. */
const dialogs: string[] = [];

const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

beforeAll(async () => {
  work = await buildWorkDir(root, 'cms');
  origin = path.join(work, 'origin');
  await mkdir(origin);
  await cp(path.join(root, 'content'), path.join(origin, 'content'), { recursive: true });
  await cp(path.join(root, '.gitignore'), path.join(origin, '.gitignore'));
  await mkdir(path.dirname(path.join(origin, CLOSE_CALL_FILE)), { recursive: true });
  await writeFile(path.join(origin, CLOSE_CALL_FILE), CLOSE_CALL);
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'config', 'user.name', 'บรรณาธิการ');
  git(origin, 'config', 'user.email', 'editor@example.org');
  git(origin, 'add', '.');
  git(origin, 'commit', '-q', '-m', 'content');
  worktree = scratchWorktree(origin);
  server = await startDecapServer(worktree, await freePort());
  site = await serveStatic(siteDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.stop();
  await rm(work, { recursive: true, force: true });
});

/** The admin page in Bangkok's time zone, where Decap's own {{year}}/{{month}} would file 06:30 under the day before. */
async function openEditor(hash: string): Promise<Page> {
  const context = await browser.newContext({
    timezoneId: 'Asia/Bangkok',
    locale: 'th-TH',
    viewport: { width: 1280, height: 900 },
  });
  // The page's own policy (src/site/security/content-policy.ts) must let Decap do all it does.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });
  await page.goto(`${site.url}/admin/?proxy-port=${server.port}`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await page.getByText(T.collection).first().waitFor();
  await page.goto(`${site.url}/admin/?proxy-port=${server.port}#${hash}`);
  await page.getByLabel(T.title, { exact: true }).waitFor();
  return page;
}

/** Save, mark ready and publish, as an editor does through the editorial workflow; the caller waits for the commit. */
async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await page.getByRole('button', { name: /^สถานะ/ }).click();
  await page.getByText('พร้อม', { exact: true }).click();
  // Decap refuses, with an alert, to publish an entry whose new status it has not stored yet.
  await page.getByRole('button', { name: /^สถานะ.*พร้อม/ }).waitFor();
  await page.getByRole('button', { name: 'เผยแพร่', exact: true }).click();
  await page.getByText('เผยแพร่ตอนนี้').click();
}

/** What the page's Content-Security-Policy refused, then the page closed. */
async function closeEditor(page: Page): Promise<string[]> {
  const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  await page.context().close();
  return violations;
}

async function choose(page: Page, label: string, typed: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Types at the end of the body, as an editor does after Ctrl+End. Decap's body is a Slate
 * editor that learns where the caret went from `selectionchange`, throttled to 100 ms; text
 * typed sooner lands where the click put the caret. So wait until the caret is at the end,
 * then let a page timer run out that is queued behind Slate's.
 */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  const body = page.locator('[contenteditable="true"]').last();
  const caretAtEnd = () =>
    body.evaluate((editor) => {
      const selection = editor.ownerDocument.getSelection();
      if (!selection?.isCollapsed || !selection.focusNode || !editor.contains(selection.focusNode)) return false;
      const after = editor.ownerDocument.createRange();
      after.setStart(selection.focusNode, selection.focusOffset);
      after.setEnd(editor, editor.childNodes.length);
      return after.toString().replace(/[\uFEFF\n]/g, '') === '';
    });
  // The editor may re-render after the first keypress and drop the caret: press again until it stays.
  await expect
    .poll(async () => {
      if (await caretAtEnd()) return true;
      await body.click();
      await page.keyboard.press('Control+End');
      return caretAtEnd();
    })
    .toBe(true);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await page.keyboard.type(text);
}

/** decap-server merges a published entry in its own time: seconds, more on a loaded machine. */
const PUBLISHED_WITHIN = 120_000;

/** The file as published on the scratch branch; empty until decap-server has merged it. */
const committed = (file: string): string => {
  try {
    return execFileSync('git', ['show', `${SCRATCH_BRANCH}:${file}`], { cwd: worktree, encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    return '';
  }
};

/** Publishes and waits for `file` to read `expected`; on failure the screen is kept for the artefacts. */
async function publishAndWait(page: Page, file: string, expected: string): Promise<void> {
  try {
    await publish(page);
    await expect.poll(() => committed(file), { timeout: PUBLISHED_WITHIN }).toBe(expected);
  } catch (error) {
    await page.screenshot({ path: `${SCREENSHOTS}/admin-not-published-${path.basename(file, '.md')}.png`, fullPage: true });
    throw new Error(`not published; Decap's dialogs said: ${JSON.stringify(dialogs)}`, { cause: error });
  }
}

describe('the browser editor', () => {
  it('creates a release through the Thai interface and publishes it in its Bangkok date’s folder', async () => {
    const page = await openEditor('/collections/releases/new');
    await page.getByLabel(T.title, { exact: true }).fill('เกษตรฯ เปิดตลาดนัดผลไม้ภาคเหนือ');
    await page.getByLabel(T.date, { exact: true }).fill('2025-11-03T06:30');
    await choose(page, T.ministry, 'เกษตร', 'กระทรวงเกษตรและสหกรณ์');
    await choose(page, optional(T.provinces), 'เชียงใหม่', 'เชียงใหม่');
    await choose(page, optional(T.provinces), 'ขอนแก่น', 'ขอนแก่น');
    await page.getByLabel(optional(T.source), { exact: true }).fill('https://www.moac.go.th/news/2025-11-03');
    await page.locator('[contenteditable="true"]').last().click();
    await page.keyboard.type(BODY);

    // The preview reads as the page will: Buddhist-era date, names, the list and the table.
    const preview = page.locator('iframe').first().contentFrame();
    await expect.poll(() => preview.locator('body').innerText()).toContain('วันจันทร์ที่ 3 พฤศจิกายน พ.ศ. 2568');
    const shown = await preview.locator('body').innerText();
    for (const text of ['กระทรวงเกษตรและสหกรณ์', 'เชียงใหม่', 'ขอนแก่น', T.previewDraft]) expect(shown).toContain(text);
    for (const raw of ['agriculture', 'TH-50', 'TH-40', '2025-11-03']) expect(shown).not.toContain(raw);
    expect(await preview.locator('.prose li').allInnerTexts()).toEqual(['ตลาดนัด', 'ลำไยอบแห้ง']);
    expect(await preview.locator('.prose td').allInnerTexts()).toEqual(['เชียงใหม่', 'ลำไย']);

    // New releases start as drafts; this one is ready for the site.
    await page.getByText(optional(T.draft), { exact: true }).click();
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/admin-new-release.png`, fullPage: true });
    await publishAndWait(
      page,
      NEW_FILE,
      [
        '---',
        'title: เกษตรฯ เปิดตลาดนัดผลไม้ภาคเหนือ',
        'date: 2025-11-03T06:30',
        'ministry: agriculture',
        'provinces: [TH-50, TH-40]',
        'source: https://www.moac.go.th/news/2025-11-03',
        '---',
        BODY.trimEnd(),
      ].join('\n'),
    );
    expect(await closeEditor(page)).toEqual([]);
  });

  it('adds a change note and new text to a published release, changing nothing else', async () => {
    const before = committed(EDITED_FILE);
    const page = await openEditor(`/collections/releases/entries/${EDITED_FILE.replace(/^content\/releases\/|\.md$/g, '')}`);
    await page.getByRole('button', { name: `เพิ่ม ${T.update}` }).click();
    await page.getByLabel(T.updateDate, { exact: true }).fill('2025-10-02T09:15');
    await page.getByLabel(T.updateNote, { exact: true }).fill('เพิ่มสายด่วนสอบถาม 1506');
    await typeAtEnd(page, '\nสอบถามเพิ่มเติมได้ที่สายด่วน 1506');
    // What Decap holds, as its preview shows it, before anything is published.
    const preview = page.locator('iframe').first().contentFrame();
    await expect.poll(() => preview.locator('.prose p').last().innerText()).toBe('สอบถามเพิ่มเติมได้ที่สายด่วน 1506');
    await page.screenshot({ path: `${SCREENSHOTS}/admin-change-note.png`, fullPage: true });
    await publishAndWait(
      page,
      EDITED_FILE,
      before
        .replace('\noffice:', '\nupdates:\n  - date: 2025-10-02T09:15\n    note: เพิ่มสายด่วนสอบถาม 1506\noffice:')
        .concat('\n\nสอบถามเพิ่มเติมได้ที่สายด่วน 1506'),
    );
    expect(await closeEditor(page)).toEqual([]);
  });

  it('shows an imported close call’s note beside the ministry and in the preview; clearing it once checked drops it', async () => {
    const page = await openEditor(`/collections/releases/entries/${CLOSE_CALL_FILE.replace(/^content\/releases\/|\.md$/g, '')}`);
    const note = page.getByLabel(optional(T.ministryNote), { exact: true });
    await expect.poll(() => note.inputValue()).toBe(CLOSE_CALL_NOTE);
    const preview = page.locator('iframe').first().contentFrame();
    await expect.poll(() => preview.locator('[role="note"]').innerText()).toBe(T.previewCloseCall('กระทรวงแรงงาน'));
    await page.screenshot({ path: `${SCREENSHOTS}/admin-close-call.png`, fullPage: true });
    // The editor read the release and found the government's own event: pmo is right.
    await note.fill('');
    await publishAndWait(page, CLOSE_CALL_FILE, CLOSE_CALL.replace(` # ${CLOSE_CALL_NOTE}`, '').trim());
    expect(await closeEditor(page)).toEqual([]);
  });

  it('never switches or sweeps the repository’s own checkout', () => {
    expect(git(origin, 'branch', '--show-current')).toBe('main');
    expect(git(origin, 'status', '--porcelain')).toBe('');
    expect(git(origin, 'log', '--format=%s', 'main')).toBe('content');
  });

  it('commits files that pass npm run check and build into pages with what was typed', async () => {
    const releasesDir = path.join(worktree, 'content/releases');
    const check = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        scriptArguments('scripts/check.ts'),
        { cwd: root, env: { ...process.env, THALAENG_RELEASES_DIR: releasesDir } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      );
    });
    expect(check.output).not.toMatch(/2025-11-03-agriculture|labour-minimum-wage/);
    expect(check.code, check.output).toBe(0);

    const outDir = path.join(work, 'site');
    const build = await astroBuild(root, { outDir, cacheDir: path.join(work, 'cache'), releasesDir });
    expect(build.code, build.output).toBe(0);
    // Text as readers see it: the page keeps words whole in nowrap spans (src/thai/unbreakable.ts).
    const textOf = (html: string): string => html.replace(/<[^>]*>/g, '');
    const created = await readFile(path.join(outDir, 'releases/2025-11-03-agriculture/index.html'), 'utf8');
    for (const text of ['เกษตรฯ เปิดตลาดนัดผลไม้ภาคเหนือ', 'กระทรวงเกษตรและสหกรณ์', 'เชียงใหม่', 'ขอนแก่น'])
      expect(textOf(created)).toContain(text);
    expect(created).toContain('<td>ลำไย</td>');
    expect(created).toMatch(/<li>ตลาดนัด<\/li>\s*<li>ลำไยอบแห้ง<\/li>/);
    const edited = await readFile(path.join(outDir, 'releases/2025-10-01-labour-minimum-wage/index.html'), 'utf8');
    for (const text of ['เพิ่มสายด่วนสอบถาม 1506', 'สอบถามเพิ่มเติมได้ที่สายด่วน 1506']) expect(textOf(edited)).toContain(text);
  });
});
