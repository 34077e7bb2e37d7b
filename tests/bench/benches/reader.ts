// Reader speed on a long document: a generated 1 MB Thai article with its ~10,000+ suggested annotations, opened and annotated in the web edition.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasShared, projectRoot, sharedPath } from '../../support/shared-data';

const TARGET_CHARS = 1_000_000;
const PORT = 4392;

/** A 1 MB article: thaigov-2023 articles one after another, or (without the corpus) sentences written here. */
function longArticle(): string {
  const parts = ['บทความทดสอบความเร็ว: รายงานการค้าและการลงทุนทั้งปี', ''];
  let size = 0;
  if (hasShared('corpus', 'thaigov-2023')) {
    const root = sharedPath('corpus', 'thaigov-2023');
    outer: for (const month of readdirSync(root).sort()) {
      if (!/^\d\d$/.test(month)) continue;
      for (const f of readdirSync(join(root, month)).sort()) {
        const text = readFileSync(join(root, month, f), 'utf8');
        parts.push(text);
        size += text.length;
        if (size >= TARGET_CHARS) break outer;
      }
    }
  } else {
    const sentence = 'เมื่อวันที่ 15 กรกฎาคม 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ รายงานว่าการส่งออกไปยังเวียดนามมีมูลค่ากว่า 758.5 ล้านดอลลาร์สหรัฐ เพิ่มขึ้นร้อยละ 12 ';
    while (size < TARGET_CHARS) {
      parts.push(sentence.repeat(5));
      size += sentence.length * 5;
    }
  }
  return parts.join('\n');
}

export default async function run(): Promise<void> {
  if (!existsSync(join(projectRoot, 'out/renderer/index.html'))) {
    console.log('bench reader: run `npm run build` first');
    process.exitCode = 1;
    return;
  }
  const text = longArticle();
  const file = join(mkdtempSync(join(tmpdir(), 'aw-reader-')), 'long-article.txt');
  writeFileSync(file, text);
  const server = spawn(process.execPath, [join(projectRoot, 'scripts/serve-web.mjs'), '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((r) => server.stdout!.once('data', r));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://localhost:${PORT}/`);
    await page.evaluate(() => localStorage.setItem('workbench.language', 'en'));
    await page.reload();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files' }).first().click();
    await (await chooser).setFiles(file);
    await page.locator('.doc-title').first().waitFor({ timeout: 120_000 });

    // Open: from the click until the text is on screen and the panel lists its annotations.
    const t0 = Date.now();
    await page.locator('.doc-title').first().click();
    await page.locator('.text-pane .run').first().waitFor();
    await page.locator('.ann-item').first().waitFor();
    const openMs = Date.now() - t0;
    const counts = (await page.evaluate(`({ annotations: document.querySelectorAll('.ann-item').length, runs: document.querySelectorAll('.text-pane .run').length, paragraphs: document.querySelectorAll('.text-pane .para').length })`)) as Record<string, number>;

    // Scroll through: the longest frame while scrolling to the end in steps.
    const scroll = (await page.evaluate(`(async () => {
      const pane = document.querySelector('.reader-text');
      let worst = 0, last = performance.now();
      for (let i = 0; i < 40; i++) {
        pane.scrollTop = (pane.scrollHeight * i) / 40;
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now(); worst = Math.max(worst, now - last); last = now;
      }
      return { worstFrameMs: Math.round(worst) };
    })()`)) as { worstFrameMs: number };

    // Add one annotation: select a word near the top and press 3 (LOC), until its mark is in the text.
    await page.evaluate(`document.querySelector('.reader-text').scrollTop = 0`);
    const addMs = (await page.evaluate(`(async () => {
      const run = [...document.querySelectorAll('.text-pane .run')].find((r) => !r.classList.contains('ann') && r.textContent.length > 12);
      const range = document.createRange();
      range.setStart(run.firstChild, 2); range.setEnd(run.firstChild, 6);
      getSelection().removeAllRanges(); getSelection().addRange(range);
      document.querySelector('.text-pane').dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
      const before = document.querySelectorAll('.run.ann-kept').length;
      const t = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true }));
      while (document.querySelectorAll('.run.ann-kept').length === before) await new Promise((r) => setTimeout(r, 1));
      return Math.round(performance.now() - t);
    })()`)) as number;

    console.log(`long document: ${text.length.toLocaleString('en')} chars, ${counts.paragraphs} paragraphs rendered, ${counts.runs} runs, ${counts.annotations} annotations in the panel`);
    console.log(`open ${openMs} ms (goal < 1000), add an annotation ${addMs} ms (goal < 50), worst frame while scrolling ${scroll.worstFrameMs} ms`);
    console.log(JSON.stringify({ bench: 'reader', chars: text.length, ...counts, openMs, addMs, worstScrollFrameMs: scroll.worstFrameMs }));
  } finally {
    await browser.close();
    server.kill();
  }
}
