// Selecting text in the reader as a mouse drag would, by offsets into the document's text.
import type { Page } from '@playwright/test';

/** Offset of `context` in the reader's text: runs carry their offset in data-o, so search their joined text. */
export async function offsetInText(page: Page, context: string): Promise<number> {
  return page.evaluate((ctx) => {
    const runs = Array.from(document.querySelectorAll<HTMLElement>('.text-pane .run'));
    let joined = '';
    const starts: number[] = [];
    for (const r of runs) {
      starts.push(joined.length);
      joined += r.textContent;
    }
    const at = joined.indexOf(ctx);
    if (at < 0) throw new Error(`text not found: ${ctx}`);
    const i = starts.findLastIndex((s) => s <= at);
    return Number(runs[i].dataset.o) + (at - starts[i]);
  }, context);
}

/** Selects [start, end) of the reader's text as a mouse drag would, then releases the mouse. */
export async function selectRange(page: Page, start: number, end: number) {
  await page.evaluate(
    ([s, e]) => {
      const runs = Array.from(document.querySelectorAll<HTMLElement>('.text-pane .run'));
      const locate = (offset: number) => {
        const run = runs.filter((r) => Number(r.dataset.o) <= offset).at(-1)!;
        return [run.firstChild!, offset - Number(run.dataset.o)] as const;
      };
      const range = document.createRange();
      range.setStart(...locate(s));
      range.setEnd(...locate(e));
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      document.querySelector('.text-pane')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [start, end],
  );
}

