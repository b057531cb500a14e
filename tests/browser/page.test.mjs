// The real page in Chromium, used as a person would: load the sample, read the highlights, the
// tables and the charts, type, drop a file, analyse a long text and cancel it, switch language.
// Needs `npm run build` (www/pkg) and Chromium (scripts/setup.sh --browser). Screenshots go to
// tests/output/, and also to docs/ (for the README) when WENXI_DOCS_SCREENSHOTS=1, so a test run
// does not rewrite committed files.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { RESULT_TIMEOUT, analyzeText, assertNoProblems, open, outputDir, root, waitForResult } from './browser.mjs';

let session;
let page;
let problems;

before(async () => {
  session = await open();
  ({ page, problems } = session);
  await page.goto(session.server.url);
});

after(() => session?.close());

/** Saves a screenshot to tests/output/, and to docs/`docsName`.png for the README when asked to. */
async function screenshot(name, docsName) {
  const shot = await page.screenshot({ path: join(outputDir, `${name}.png`) });
  if (docsName && process.env.WENXI_DOCS_SCREENSHOTS === '1') await page.screenshot({ path: join(root, 'docs', `${docsName}.png`) });
  assert.ok(shot.length > 10_000, `the screenshot ${name} is suspiciously small`);
}

test('the analyzer loads in the worker', async () => {
  await page.waitForSelector('#status[data-state="ready"]', { timeout: RESULT_TIMEOUT });
  assertNoProblems(problems);
});

test('the sample article is analyzed and highlighted', async () => {
  await page.getByRole('button', { name: /载入示例文章/ }).click();
  await waitForResult(page);

  const shown = await page.evaluate(() => ({
    input: document.getElementById('input').value,
    highlighted: document.getElementById('highlighted').textContent,
    persons: [...document.querySelectorAll('#highlighted mark[data-type="person"]')].map((m) => m.textContent),
    marks: document.querySelectorAll('#highlighted mark').length,
    rows: [...document.querySelectorAll('#entities tbody tr')].map((tr) => [...tr.cells].map((td) => td.textContent)),
    legend: document.querySelectorAll('#legend button').length,
    stats: Object.fromEntries([...document.querySelectorAll('#stats li')].map((li) => [li.dataset.stat, li.querySelector('strong').textContent])),
  }));
  assert.match(shown.input, /记者 高洪驰/, 'the sample did not load into the text box');
  assert.equal(shown.highlighted, shown.input, 'the highlighted view lost or changed text');
  assert.ok(shown.persons.includes('高洪驰'), `no person mark 高洪驰 among ${JSON.stringify(shown.persons)}`);
  assert.ok(shown.rows.length > 0, 'the entity table is empty');
  assert.ok(shown.marks > 0 && shown.marks <= shown.rows.length, `${shown.marks} marks for ${shown.rows.length} entities`);
  assert.ok(shown.rows.some(([type, text, value]) => type === '人名' && text === '高洪驰' && value === ''),
    'the table has no row 人名 高洪驰');
  assert.ok(shown.rows.some(([type, text, value]) => type === '金额' && text === '477万元' && value === '4,770,000 CNY'),
    'the table has no row 金额 477万元 4,770,000 CNY');
  assert.ok(shown.legend >= 11, `the legend lists ${shown.legend} types`);
  assert.deepEqual(Object.keys(shown.stats), ['chars', 'words', 'sentences', 'entities', 'readingTime']);
  assert.match(shown.stats.readingTime, /^\d+ 分钟$/);
  assertNoProblems(problems);

  await page.evaluate(() => scrollTo(0, 0));
  await screenshot('desktop', 'screenshot');
});

test('hover and keyboard focus on an entity show its normalized value and source', async () => {
  const money = page.locator('#highlighted mark[data-type="money"]', { hasText: '477万元' }).first();
  await money.hover();
  await page.waitForSelector('#tip:not([hidden])');
  assert.match(await page.locator('#tip').textContent(), /4,770,000 CNY.*规则/s);
  await screenshot('tooltip');
  await page.mouse.move(0, 0);
  await money.focus();
  await page.waitForSelector('#tip:not([hidden])');
  assert.match(await page.locator('#tip').textContent(), /金额.*477万元/s);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#tip').isHidden(), true);
  assertNoProblems(problems);
});

test('the legend turns a type off and on', async () => {
  const person = page.locator('#legend button[data-type="person"]');
  await person.click();
  assert.equal(await person.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('#highlighted mark[data-type="person"]:not(.off)').count(), 0);
  assert.equal(await page.locator('#entities tbody tr[data-type="person"]').count(), 0, 'hidden type still in the table');
  await person.press('Enter'); // the keyboard works too
  assert.equal(await person.getAttribute('aria-pressed'), 'true');
  assert.ok(await page.locator('#highlighted mark[data-type="person"]:not(.off)').count() > 0);
  assertNoProblems(problems);
});

test('the entity table groups by type with counts, filters, sorts, and scrolls the text to a clicked entity', async () => {
  const groups = await page.locator('#entities tbody tr.group').allTextContents();
  assert.ok(groups.length >= 10 && groups.every((g) => /^\S+ · \d+$/.test(g)), `group rows: ${groups}`);
  assert.match(groups[0], /^人名 · \d+$/);
  const persons = Number(groups[0].split(' · ')[1]);
  assert.equal(await page.locator('#entities tbody tr[data-type="person"]').count(), persons, 'the 人名 group count is not its row count');
  await page.locator('#filter').fill('万元');
  const texts = await page.locator('#entities tbody tr td:nth-child(2)').allTextContents();
  assert.ok(texts.length > 0 && texts.every((t) => t.includes('万元')), `filtered rows: ${texts}`);
  await page.locator('#entities th button[data-sort="value"]').click();
  const values = await page.locator('#entities tbody tr td.value').allTextContents();
  const numbers = values.map((v) => Number(v.replace(/[^\d.]/g, '')));
  assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b), 'not sorted by value');
  assert.equal(await page.locator('#entities th:has(button[data-sort="value"])').getAttribute('aria-sort'), 'ascending');
  await page.locator('#entities th button[data-sort="value"]').click();
  assert.equal(await page.locator('#entities th:has(button[data-sort="value"])').getAttribute('aria-sort'), 'descending');
  await page.locator('#filter').fill('');

  const last = page.locator('#entities tbody tr button.jump').last();
  const target = await last.textContent();
  await last.click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'MARK');
  const focused = await page.evaluate(() => {
    const mark = document.activeElement;
    const box = mark.getBoundingClientRect();
    return { text: mark.textContent, visible: box.top >= 0 && box.bottom <= innerHeight };
  });
  assert.ok(target.includes(focused.text) || focused.text.includes(target), `jumped to ${focused.text}, not ${target}`);
  await page.waitForFunction(() => {
    const box = document.activeElement.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  });
  assertNoProblems(problems);
});

test('the tabs show numbers, keywords and charts, with the arrow keys too', async () => {
  await page.locator('#tab-entities').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('#tab-numbers').getAttribute('aria-selected'), 'true');
  const numbers = await page.locator('#numbers tbody tr').allTextContents();
  assert.ok(numbers.some((row) => row.includes('477万元') && row.includes('4,770,000') && row.includes('CNY')), 'no 477万元 in numbers');
  assert.ok(numbers.every((row) => !row.startsWith('人名')), 'a person in the numbers');
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.locator('#keywords li').count() > 5);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('#panel-charts').isVisible(), true);
  const charts = await page.evaluate(() => ({
    types: document.querySelectorAll('#chart-types svg rect').length,
    top: [...document.querySelectorAll('#chart-top svg g')].map((g) => [g.querySelector('.label').textContent, g.querySelector('.count').textContent]),
    timeline: document.querySelectorAll('#chart-timeline svg rect').length,
  }));
  assert.ok(charts.types >= 10, `${charts.types} bars by type`);
  // By hand in www/sample.txt: 市行政服务中心 is written 7 times and no other person, place or
  // organization as often (周口 9 times, but 5 of them inside 周口市委 and the like). The sample
  // names far more than ten, so the chart shows ten. 党组织 (7 times) is a generic word, no name.
  assert.deepEqual(charts.top[0], ['市行政服务中心', '7'], `top: ${charts.top}`);
  assert.equal(charts.top.length, 10, `top: ${charts.top}`);
  assert.ok(charts.top.every(([label]) => label !== '党组织'), `top: ${charts.top}`);
  assert.ok(charts.timeline > 0, 'no timeline');
  const shot = await page.locator('.side').screenshot({ path: join(outputDir, 'charts.png') });
  if (process.env.WENXI_DOCS_SCREENSHOTS === '1') await page.locator('.side').screenshot({ path: join(root, 'docs', 'charts.png') });
  assert.ok(shot.length > 10_000);
  await page.locator('#tab-entities').click();
  assertNoProblems(problems);
});

test('typing analyses after a pause, without pressing a button', async () => {
  await page.locator('#live').check();
  await page.locator('#input').fill('');
  await page.locator('#input').pressSequentially('西华县投资300万元', { delay: 20 });
  await page.waitForFunction(() => document.getElementById('highlighted').textContent === '西华县投资300万元', null, { timeout: RESULT_TIMEOUT });
  assert.ok(await page.locator('#highlighted mark[data-type="money"]').count() === 1);
  assertNoProblems(problems);
});

test('a .txt file opened or dropped is analysed', async () => {
  await page.locator('#file').setInputFiles({ name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from('记者 陈先生 报道，河南省人民政府拨款5亿元。') });
  await waitForResult(page);
  assert.equal(await page.locator('#input').inputValue(), '记者 陈先生 报道，河南省人民政府拨款5亿元。');
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['周口市下发通知，共计20余份。'], 'dropped.txt', { type: 'text/plain' }));
    document.getElementById('input').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.getElementById('highlighted').textContent === '周口市下发通知，共计20余份。');
  assertNoProblems(problems);
});

test('a text over 1 MB is analysed in chunks with progress, and can be cancelled', async () => {
  const sample = await page.evaluate(() => fetch('sample.txt').then((r) => r.text()));
  const big = Array.from({ length: Math.ceil(1_100_000 / sample.length) }, () => sample).join('\n\n');
  await page.locator('#live').uncheck();
  await page.evaluate((text) => { document.getElementById('input').value = text; }, big);
  await page.locator('#analyze').click();
  await page.waitForSelector('#progress:not([hidden])');
  await page.waitForFunction(() => document.getElementById('progress').value >= 1);
  await page.locator('#cancel').click();
  await page.waitForSelector('#status[data-state="ready"]', { timeout: RESULT_TIMEOUT });
  assert.match(await page.locator('#status').textContent(), /已取消/);
  assert.equal(await page.locator('#progress').isHidden(), true);

  await page.locator('#analyze').click();
  await page.waitForSelector('#progress:not([hidden])');
  await screenshot('progress');
  await waitForResult(page);
  const result = await page.evaluate(() => ({
    length: document.getElementById('highlighted').textContent.length,
    money: [...document.querySelectorAll('#highlighted mark[data-type="money"]')].filter((m) => m.textContent === '477万元').length,
  }));
  assert.equal(result.length, big.length, 'the highlighted text is not the whole text');
  const copies = big.split('477万元').length - 1;
  assert.equal(result.money, copies, `477万元 is marked ${result.money} times of ${copies}`);
  assertNoProblems(problems);
});

test('次日 after the core\'s chunk boundary resolves against the last date written before it', async () => {
  const text = ['2020年5月6日，检查组抵达县城。',
    ...Array.from({ length: 2200 }, () => '各单位认真落实有关要求，扎实推进各项工作。'), '次日，检查组进驻企业。'].join('\n');
  await analyzeText(page, text);
  const nextDay = page.locator('#highlighted mark[data-type="date"]', { hasText: '次日' });
  await nextDay.hover();
  await page.waitForSelector('#tip:not([hidden])');
  assert.match(await page.locator('#tip').textContent(), /2020-05-07/);
  await page.mouse.move(0, 0);
  assertNoProblems(problems);
});

test('the user dictionary is kept on the device and applied by the analyzer', async () => {
  await analyzeText(page, '记者 高洪驰 报道，文析工坊成立。');
  await page.locator('#dictionary summary').click();
  await page.locator('#dict-word').fill('文析工坊');
  await page.locator('#dict-type').selectOption('organization');
  await page.locator('#dict-form button[type="submit"]').click();
  await page.waitForFunction(() => document.getElementById('dict-status').textContent !== '');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('wenxi.dictionary')));
  assert.deepEqual(saved, [{ word: '文析工坊', type: 'organization' }]);
  assert.equal(await page.locator('#dict-status').textContent(), '已应用 1 个词语');
  await waitForResult(page);
  assert.equal(await page.locator('#highlighted mark[data-type="organization"]', { hasText: '文析工坊' }).count(), 1);
  await page.locator('#dict-list button').first().click();
  // Saved once the core has taken the change.
  await page.waitForFunction(() => localStorage.getItem('wenxi.dictionary') === '[]');
  assertNoProblems(problems);
});

test('the interface switches to English and back', async () => {
  await page.locator('#lang').click();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.locator('#analyze').textContent(), 'Analyze');
  assert.equal(await page.locator('#legend button[data-type="person"]').evaluate((b) => b.firstChild.nextSibling.textContent.trim()), 'person');
  await page.locator('#lang').click();
  assert.equal(await page.locator('#analyze').textContent(), '分析');
  assertNoProblems(problems);
});

test('the page fits a phone screen', async () => {
  await page.getByRole('button', { name: /载入示例文章/ }).click();
  await waitForResult(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => {
    document.getElementById('dictionary').open = false;
    document.getElementById('results').scrollIntoView();
  });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than a phone screen`);
  await screenshot('phone', 'phone');
  await page.setViewportSize({ width: 1280, height: 1000 });
});

test('a reference date that is not a date is reported in the status', async () => {
  await page.locator('#reference-date').fill('next tuesday');
  await page.locator('#analyze').click();
  await page.waitForSelector('#status[data-state="error"]', { timeout: RESULT_TIMEOUT });
  assert.match(await page.locator('#status').textContent(), /next tuesday/);
  await page.locator('#reference-date').fill('2021-06-01');
  await page.locator('#analyze').click();
  await waitForResult(page);
  assertNoProblems(problems);
});
