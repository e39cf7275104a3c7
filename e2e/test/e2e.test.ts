// The demo as a new user meets it: the server `pnpm start` runs (fresh demo data), Debian
// Chromium, and people using the example pages with clicks and keys. One server and one browser
// for the whole file; each test gets its own browser context (own storage) and fails on any
// console error, uncaught error or CSP violation its pages produced.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { getAs } from '../src/api.js';
import {
  type CheckedContext,
  checkedContext,
  describeProblems,
  launchBrowser,
} from '../src/browser.js';
import { allText, people, signInAs, waitForWidgets, widgetStates } from '../src/pages.js';
import { screenshotElements, screenshotVariants, takeScreenshots } from '../src/screenshots.js';
import { type DemoServer, startDemoServer } from '../src/server.js';

let server: DemoServer;
let browser: Browser;

before(async () => {
  server = await startDemoServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Runs `use` in a fresh context, then asserts its pages were free of errors and violations. */
async function visit(use: (page: Page, context: CheckedContext) => Promise<void>): Promise<void> {
  const context = await checkedContext(browser);
  context.context.setDefaultTimeout(10_000);
  try {
    await use(await context.newPage(), context);
    const problems = describeProblems(context.problems);
    assert.equal(problems, '', `the pages reported problems:\n${problems}`);
  } finally {
    await context.context.close();
  }
}

/** `YYYY-MM-DDTHH:mm` of yesterday at 15:30, as a datetime-local input takes it. */
function yesterdayAfternoon(): string {
  const day = new Date(Date.now() - 24 * 3600 * 1000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T15:30`;
}

const session = {
  topics: 'Team chat etiquette, Reading a thread before a meeting',
  learnings: 'Helen learned to skim a whole chat thread before replying to the first message.',
  sharedNotes: 'Next time: notifications that do not interrupt.',
};
const anonymousComment = 'ANONYMOUS: in meetings I still wait to be asked before I speak.';
const partnerComment = 'To Helen: thank you for asking me to run the agenda this time.';

const ratingQuestions = [
  'How safe does it feel to speak openly?',
  'How much is being learned?',
  'How free of rank and status does it feel?',
];

/** Fills the feedback form as a user would: three ratings, a comment, a theme, who reads it. */
async function fillFeedback(
  form: Locator,
  options: { ratings: number[]; comment: string; theme?: string; readBy: string | RegExp },
) {
  for (const [index, question] of ratingQuestions.entries()) {
    await form
      .getByRole('group', { name: question })
      .getByRole('radio', { name: new RegExp(`^${options.ratings[index]}\\b`) })
      .check();
  }
  await form.getByLabel('Comment').fill(options.comment);
  if (options.theme) await form.getByRole('checkbox', { name: options.theme }).check();
  await form.getByRole('radio', { name: options.readBy }).check();
}

let pairId = '';

describe('the problem collectors', () => {
  it('see a CSP violation, a console error and an uncaught error (so "zero" means something)', async () => {
    const context = await checkedContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/lms/`);
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.head.append(script);
        console.error('e2e: a console error on purpose');
        setTimeout(() => {
          throw new Error('e2e: an uncaught error on purpose');
        });
      });
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => 'inlineRan' in window), false, 'inline script ran');
      const { problems } = context;
      assert.ok(
        problems.cspViolations.some((text) => text.includes('script-src')),
        `no script-src violation in ${JSON.stringify(problems.cspViolations)}`,
      );
      assert.ok(problems.consoleErrors.some((text) => text.includes('on purpose')));
      assert.ok(problems.pageErrors.some((text) => text.includes('uncaught error on purpose')));
    } finally {
      await context.context.close();
    }
  });
});

describe('a pair and its lead, end to end on the intranet page', () => {
  it('the mentor logs a session and gives upward feedback, anonymous and to the partner', async () => {
    await visit(async (page) => {
      pairId = await signInAs(page, server.origin, people.amara);
      await assert.doesNotReject(page.getByText('Signed in as Amara Okafor').waitFor());

      const log = page.locator('upward-session-log');
      await log.getByRole('button', { name: 'Log a session' }).click();
      await log.getByLabel('When').fill(yesterdayAfternoon());
      await log.getByLabel('How long (minutes)').fill('45');
      await log.getByLabel('Format').selectOption({ label: 'Video' });
      await log.getByLabel('Topics').fill(session.topics);
      await log.getByLabel('What the learner learned').fill(session.learnings);
      await log.getByRole('radio', { name: 'The mentor' }).check();
      await log.getByLabel('Notes for both of you').fill(session.sharedNotes);
      await log.getByRole('button', { name: 'Save' }).click();
      await log.getByRole('status').filter({ hasText: 'Session logged.' }).waitFor();
      await log.getByRole('article').filter({ hasText: session.topics }).waitFor();

      const form = page.locator('upward-feedback-form');
      await fillFeedback(form, {
        ratings: [3, 4, 2],
        comment: anonymousComment,
        theme: 'Leadership jargon shuts people out',
        readBy: /^Nobody individually/,
      });
      await form.getByRole('button', { name: 'Send feedback' }).click();
      const sent = form.getByRole('heading', { name: 'Thank you: your feedback was sent.' });
      await sent.waitFor();
      await form.getByText('Nobody will read it individually.').waitFor();

      await form.getByRole('button', { name: 'Give more feedback' }).click();
      await fillFeedback(form, {
        ratings: [5, 4, 4],
        comment: partnerComment,
        readBy: 'Helen Marsh, your partner',
      });
      await form.getByRole('button', { name: 'Send feedback' }).click();
      await sent.waitFor();
      await form.getByText('Helen Marsh can read it now, with your name.').waitFor();
    });
  });

  it('the mentee sees the session and the partner feedback, never the anonymous one', async () => {
    assert.ok(pairId, 'the mentor test ran first and chose the pair');
    await visit(async (page) => {
      const shown = await signInAs(page, server.origin, people.helen, { pair: pairId });
      assert.equal(shown, pairId);
      const log = page.locator('upward-session-log');
      const row = log.getByRole('article').filter({ hasText: session.topics });
      await row.click();
      await log.getByText(session.learnings).waitFor();
      await log.getByText(session.sharedNotes).waitFor();

      const text = await allText(page);
      assert.ok(text.includes(session.topics), 'the session is on the page');
      assert.ok(!text.includes(anonymousComment), 'the anonymous comment is on the page');
    });
    // The page shows no received feedback; what Helen's own token may read is the API's answer.
    const feedback = await getAs<{ items: { comment?: string; visibility: string }[] }>(
      server.origin,
      people.helen,
      `/v1/pairs/${pairId}/feedback?limit=100`,
    );
    const comments = feedback.items.map((item) => item.comment);
    assert.ok(comments.includes(partnerComment), `Helen cannot read: ${JSON.stringify(comments)}`);
    assert.ok(!comments.includes(anonymousComment), 'Helen can read the anonymous feedback');
    assert.ok(feedback.items.every((item) => item.visibility === 'partner'));
  });

  it('the lead completes a review and sees only the themes raised by at least k pairs', async () => {
    assert.ok(pairId, 'the mentor test ran first and chose the pair');
    await visit(async (page) => {
      await signInAs(page, server.origin, people.priya, { pair: pairId });
      const review = page.locator('upward-review-checklist');
      await review.getByRole('button', { name: 'Start the review' }).click();
      const checklist = review.getByRole('group', { name: 'Checklist' });
      await checklist.getByRole('checkbox', { name: 'Both of us learned something' }).check();
      await checklist.getByRole('checkbox', { name: 'The junior mentor set most agendas' }).check();
      await checklist
        .getByRole('textbox', { name: 'Note on “Both of us learned something” (optional)' })
        .fill('Helen says the chat sessions changed how she runs her team channel.');
      await review.getByRole('radio', { name: /^On track/ }).check();
      await review.getByRole('button', { name: 'Complete the review' }).click();
      await review.getByRole('button', { name: 'Complete it' }).click();
      await review.getByRole('status').filter({ hasText: 'Review completed.' }).waitFor();
      await review.getByText('Completed by Priya Shah').waitFor();

      const insights = page.locator('#insights');
      await insights.getByText('at least 3 pairs').waitFor();
      const themes = await page.locator('#themes li').allInnerTexts();
      assert.ok(
        themes.some((line) => line.startsWith('Junior voices are not heard in meetings')),
        `the released theme is missing: ${JSON.stringify(themes)}`,
      );
      const insightText = (await insights.textContent()) ?? '';
      assert.ok(!insightText.includes('Leadership jargon shuts people out'), insightText);
      assert.ok(!insightText.includes('No time set aside to learn'), insightText);
    });
  });
});

describe('a reload mid-typing loses nothing', () => {
  it('keeps the feedback being written: ratings, comment and who reads it', async () => {
    assert.ok(pairId, 'the mentor test ran first and chose the pair');
    await visit(async (page) => {
      await signInAs(page, server.origin, people.amara, { pair: pairId });
      const form = page.locator('upward-feedback-form');
      await form
        .getByRole('group', { name: ratingQuestions[0] })
        .getByRole('radio', { name: /^2\b/ })
        .check();
      await form.getByRole('radio', { name: /^The programme leads/ }).check();
      const comment = form.getByLabel('Comment');
      await comment.click();
      await comment.pressSequentially('Half a thought, typed and then the page reloa');
      await page.reload();
      await waitForWidgets(page);
      assert.equal(await comment.inputValue(), 'Half a thought, typed and then the page reloa');
      assert.equal(
        await form
          .getByRole('group', { name: ratingQuestions[0] })
          .getByRole('radio', { name: /^2\b/ })
          .isChecked(),
        true,
      );
      assert.equal(
        await form.getByRole('radio', { name: /^The programme leads/ }).isChecked(),
        true,
      );
    });
  });

  it('keeps a half-filled session form', async () => {
    assert.ok(pairId, 'the mentor test ran first and chose the pair');
    await visit(async (page) => {
      await signInAs(page, server.origin, people.amara, { pair: pairId });
      const log = page.locator('upward-session-log');
      await log.getByRole('button', { name: 'Log a session' }).click();
      await log.getByLabel('Topics').fill('Shared calendars');
      const learnings = log.getByLabel('What the learner learned');
      await learnings.click();
      await learnings.pressSequentially('How to see when my team is free without ask');
      await page.reload();
      await waitForWidgets(page);
      const topics = log.getByLabel('Topics');
      await topics.waitFor({ timeout: 3000 }).catch(() => undefined);
      assert.equal(await topics.count(), 1, 'after the reload the session form is gone');
      assert.equal(await topics.inputValue(), 'Shared calendars');
      assert.equal(
        await log.getByLabel('What the learner learned').inputValue(),
        'How to see when my team is free without ask',
      );
    });
  });

  it('keeps an unsaved review note', async () => {
    assert.ok(pairId, 'the mentor test ran first and chose the pair');
    await visit(async (page) => {
      await signInAs(page, server.origin, people.priya, { pair: pairId });
      const review = page.locator('upward-review-checklist');
      await review.getByRole('button', { name: 'Start the review' }).click();
      const note = review.getByRole('textbox', {
        name: 'Note on “We met as often as we agreed” (optional)',
      });
      await note.click();
      await note.pressSequentially('Two sessions moved at short not');
      await page.reload();
      await waitForWidgets(page);
      assert.equal(await note.inputValue(), 'Two sessions moved at short not');
    });
  });
});

describe('every example page loads clean and its widgets show data', () => {
  for (const [who, email] of [
    ['a mentor', people.amara],
    ['a mentee', people.helen],
    ['the lead', people.priya],
  ] as const) {
    it(`the intranet page for ${who}`, async () => {
      await visit(async (page) => {
        await signInAs(page, server.origin, email);
        const states = await widgetStates(page);
        const visible = await page.locator('[pair-id]').count();
        assert.ok(visible >= 2, `too few widgets with a pair: ${states}`);
        if (email === people.priya) await page.locator('#themes li').first().waitFor();
      });
    });
  }

  it('the LMS course page, with its renewable token', async () => {
    await visit(async (page) => {
      await page.goto(`${server.origin}/lms/`);
      await waitForWidgets(page);
      assert.equal(await page.locator('[pair-id]').count(), 3);
      await page.getByText('Signed in as Helen Marsh through the course').waitFor();
      await page.locator('upward-session-log').getByRole('article').first().waitFor();
    });
  });

  it('the LMS course page renews its short-lived token, and the widgets use the new one', async () => {
    await visit(async (page) => {
      const sent: string[] = [];
      page.on('request', (request) => {
        const authorization = request.headers().authorization;
        if (request.url().includes('/v1/') && authorization) sent.push(authorization);
      });
      // A one-minute token, renewed 30 s before it expires.
      await page.goto(`${server.origin}/lms/?ttl=60`);
      await waitForWidgets(page);
      const first = sent.at(-1);
      await page.waitForFunction(
        () => Number(document.documentElement.dataset.tokenRenewals) >= 1,
        undefined,
        { timeout: 45_000 },
      );
      sent.length = 0;
      const reloaded = page.waitForRequest((request) => request.url().includes('/v1/pairs/'));
      await page.evaluate(() => {
        const card = document.querySelector('upward-pair-card') as HTMLElement & {
          reload(): void;
        };
        card.reload();
      });
      await reloaded;
      await page.locator('upward-pair-card[state="ready"]').waitFor();
      assert.ok(first, 'the widgets called the API with the first token');
      assert.ok(sent.length > 0, 'the card loaded again');
      assert.ok(
        sent.every((value) => value !== first),
        'every request after renewal carries the new token',
      );
    });
  });

  it('the custom UI on the SDK: choose a person, a pair, and log a session', async () => {
    await visit(async (page) => {
      await page.goto(`${server.origin}/custom-ui/`);
      await page.locator('#signed-in').filter({ hasText: 'Signed in as' }).waitFor();
      await page.getByLabel('Demo person').selectOption(people.ravi);
      await page.getByText('Signed in as Ravi Menon').waitFor();
      const pair = page.getByRole('listitem').filter({ hasText: 'Ravi Menon mentors Karl Brandt' });
      await pair.getByRole('button', { name: 'Show sessions' }).click();
      await page.locator('#sessions li').first().waitFor();
      await page.getByLabel('Topics').fill('Screen readers');
      await page.getByLabel('What the senior learned').fill('How a screen reader reads a table.');
      await page.getByRole('button', { name: 'Log the session' }).click();
      await page.getByText('Session logged.').waitFor();
      await page.locator('#sessions li').filter({ hasText: 'Screen readers' }).waitFor();
    });
  });
});

describe('screenshots of each widget in light, dark and right-to-left', () => {
  it('writes docs/images/<element>-<variant>.png from the intranet page', async () => {
    const startedAt = Date.now();
    const written = await takeScreenshots(browser, server.origin);
    const expected = screenshotElements.flatMap((element) =>
      screenshotVariants.map((variant) => `${element}-${variant}.png`),
    );
    assert.deepEqual(written.map((shot) => shot.name).sort(), [...expected].sort());
    for (const shot of written) {
      assert.ok(shot.modifiedAt >= startedAt - 1000, `${shot.name} was not written by this run`);
      assert.ok(shot.isPng, `${shot.name} is not a PNG`);
      assert.ok(shot.bytes > 4000, `${shot.name} is only ${shot.bytes} bytes`);
      assert.ok(
        shot.width >= 200 && shot.height >= 100,
        `${shot.name} is ${shot.width}x${shot.height}`,
      );
    }
    for (const element of screenshotElements) {
      const light = written.find((shot) => shot.name === `${element}-light.png`);
      const dark = written.find((shot) => shot.name === `${element}-dark.png`);
      assert.notEqual(light?.sha256, dark?.sha256, `${element}: dark looks the same as light`);
    }
  });
});
