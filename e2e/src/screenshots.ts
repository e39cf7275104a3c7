// The pictures in docs/: each widget in light, dark and right-to-left (Arabic), taken from the
// intranet page as a mentor sees it. The pair (Leo Fischer and David Osei) is one the other
// end-to-end tests leave alone, so the pictures show the demo data only.
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { checkedContext, describeProblems } from './browser.js';
import { type IntranetOptions, people, signInAs } from './pages.js';
import { ROOT } from './server.js';

export const imagesDir = path.join(ROOT, 'docs', 'images');
export const screenshotElements = [
  'pair-card',
  'session-log',
  'feedback-form',
  'review-checklist',
] as const;
export const screenshotVariants = ['light', 'dark', 'rtl'] as const;
type Variant = (typeof screenshotVariants)[number];

const variantOptions: Record<Variant, IntranetOptions> = {
  light: { theme: 'light' },
  dark: { theme: 'dark' },
  rtl: { theme: 'light', lang: 'ar' },
};

export interface Screenshot {
  name: string;
  bytes: number;
  modifiedAt: number;
  isPng: boolean;
  width: number;
  height: number;
  sha256: string;
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Takes every picture; fails on a page problem or a widget not in the asked theme or direction. */
export async function takeScreenshots(browser: Browser, origin: string): Promise<Screenshot[]> {
  await mkdir(imagesDir, { recursive: true });
  const taken: Screenshot[] = [];
  for (const variant of screenshotVariants) {
    const context = await checkedContext(browser, { viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.emulateMedia({
        colorScheme: variant === 'dark' ? 'dark' : 'light',
        reducedMotion: 'reduce',
      });
      await signInAs(page, origin, people.leo, variantOptions[variant]);
      for (const element of screenshotElements) {
        const widget = page.locator(`upward-${element}`);
        // The widget's own direction: the page around it may stay left to right.
        const shown = await widget.evaluate((node) => ({
          theme: node.getAttribute('theme'),
          direction: getComputedStyle(
            node.shadowRoot?.querySelector('[part~="base"], [dir]') ?? node,
          ).direction,
        }));
        const expectedDirection = variant === 'rtl' ? 'rtl' : 'ltr';
        if (
          shown.direction !== expectedDirection ||
          shown.theme !== variantOptions[variant].theme
        ) {
          throw new Error(`upward-${element} (${variant}) shows ${JSON.stringify(shown)}`);
        }
        const file = path.join(imagesDir, `${element}-${variant}.png`);
        await widget.screenshot({ path: file, animations: 'disabled' });
        taken.push(await describePng(file));
      }
      const problems = describeProblems(context.problems);
      if (problems) throw new Error(`the ${variant} page reported problems:\n${problems}`);
    } finally {
      await context.context.close();
    }
  }
  return taken;
}

async function describePng(file: string): Promise<Screenshot> {
  const [content, info] = await Promise.all([readFile(file), stat(file)]);
  const isPng = content.subarray(0, 8).equals(pngSignature);
  return {
    name: path.basename(file),
    bytes: content.length,
    modifiedAt: info.mtimeMs,
    isPng,
    // The IHDR chunk comes first: width and height, big-endian, at bytes 16 and 20.
    width: isPng ? content.readUInt32BE(16) : 0,
    height: isPng ? content.readUInt32BE(20) : 0,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}
