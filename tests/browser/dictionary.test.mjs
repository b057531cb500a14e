// The user dictionary editor of the page against the real core (src/wasm.rs: addWord,
// removeWord, resetDictionary, importDictionary, called one change at a time in the worker): a
// word added is applied at once, again after a reload (in one importDictionary), removing or
// clearing takes effect, and a word the core refuses changes nothing. Then the npm wrapper
// (www/api.js) in its worker mode, whose dictionary methods are the core's, run in the worker:
// its results, its errors with their kinds and messages, and a refused word changes nothing.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { RESULT_TIMEOUT, analyzeText, assertNoProblems, open, outputDir, waitForResult } from './browser.mjs';

let session;
let page;

// Before the page's own scripts: records what the page sends to its workers, and the workers,
// so that a test can see the messages and ask the core itself what it has.
const RECORD = `(() => {
  if (typeof Worker === 'undefined') return;
  window.sentToWorkers = [];
  window.workers = [];
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (!window.workers.includes(this)) window.workers.push(this);
    window.sentToWorkers.push(JSON.parse(JSON.stringify(message ?? null)));
    return post.call(this, message, ...rest);
  };
})();`;

before(async () => {
  session = await open();
  page = session.page;
  await session.context.addInitScript(RECORD);
  await page.goto(session.server.url);
  await page.waitForSelector('#status[data-state="ready"]', { timeout: RESULT_TIMEOUT });
});

after(() => session?.close());

const userMarks = () => page.locator('#highlighted mark[data-type="organization"]', { hasText: '文析工坊' }).count();

test('a word added in the editor is applied at once', async () => {
  await analyzeText(page, '文析工坊今天成立，总投资477万元。');
  assert.equal(await userMarks(), 0);
  await page.locator('#dictionary summary').click();
  await page.locator('#dict-word').fill('文析工坊');
  await page.locator('#dict-type').selectOption('organization');
  await page.locator('#dict-word').press('Enter');
  await page.waitForFunction(() => document.getElementById('dict-status').textContent.includes('已应用 1'));
  await waitForResult(page);
  assert.equal(await userMarks(), 1);
  // The core found it from the user dictionary (source "user"), and says so in the tooltip.
  await page.locator('#highlighted mark[data-type="organization"]', { hasText: '文析工坊' }).hover();
  await page.waitForSelector('#tip:not([hidden])');
  assert.match(await page.locator('#tip').textContent(), /用户词典/);
  await page.mouse.move(0, 0);
  assertNoProblems(session.problems);
});

test('the saved words are applied again after a reload', async () => {
  await page.reload();
  await waitForResult(page);
  assert.match(await page.locator('#dict-list').textContent(), /文析工坊/);
  assert.equal(await userMarks(), 1);
  assertNoProblems(session.problems);
});

test('removing a word and clearing the dictionary take effect', async () => {
  await page.locator('#dictionary summary').click();
  await page.locator('#dict-list button').first().click();
  await page.waitForFunction(() => !document.getElementById('dict-list').textContent.includes('文析工坊'));
  // The page analyses again once the worker has the new list.
  await page.waitForFunction(() => ![...document.querySelectorAll('#highlighted mark[data-type="organization"]')]
    .some((m) => m.textContent === '文析工坊'), null, { timeout: RESULT_TIMEOUT });
  await waitForResult(page);
  await page.locator('#dict-word').fill('文析工坊');
  await page.locator('#dict-form button[type="submit"]').click();
  await page.waitForFunction(() => document.getElementById('dict-list').textContent.includes('文析工坊'));
  await page.locator('#dict-reset').click();
  await page.waitForFunction(() => document.getElementById('dict-list').textContent.includes('词典为空'));
  assert.equal(await page.evaluate(() => localStorage.getItem('wenxi.dictionary')), '[]');
  assertNoProblems(session.problems);
});

/** The words the core of the page's worker has, from its exportDictionary, sorted. */
const coreWords = () => page.evaluate(() => new Promise((resolve, reject) => {
  const [worker] = window.workers;
  const id = `export ${Math.random()}`;
  const listen = ({ data }) => {
    if (data?.id !== id) return;
    worker.removeEventListener('message', listen);
    if (data.type === 'returned') resolve(JSON.parse(data.value).words.map(({ word, type }) => `${word} ${type}`).sort());
    else reject(new Error(data.message));
  };
  worker.addEventListener('message', listen);
  worker.postMessage({ type: 'call', id, method: 'exportDictionary', args: [] });
}));

/** What the page shows and saves of the dictionary. */
const pageWords = () => page.evaluate(() => ({
  list: document.getElementById('dict-list').textContent,
  saved: localStorage.getItem('wenxi.dictionary'),
}));

test('a word the core refuses changes nothing: not the core\'s dictionary, the list or the saved words', async () => {
  await page.locator('#dict-word').fill('文析工坊');
  await page.locator('#dict-type').selectOption('organization');
  await page.locator('#dict-word').press('Enter');
  await page.waitForFunction(() => document.getElementById('dict-status').textContent === '已应用 1 个词语');
  await waitForResult(page);
  const core = await coreWords();
  assert.deepEqual(core, ['文析工坊 organization']);
  const shown = await pageWords();
  for (const [bad, reason] of [['蓝湾 书社', /whitespace/], ['书'.repeat(65), /longer than 64 characters/]]) {
    await page.locator('#dict-word').fill(bad);
    await page.locator('#dict-type').selectOption('place');
    await page.locator('#dict-word').press('Enter');
    await page.waitForSelector('#dict-status[data-state="error"]');
    const message = await page.locator('#dict-status').textContent();
    assert.match(message, /^未生效，词典没有改变：/);
    assert.match(message, reason);
    assert.match(message, /（bad_user_word）$/);
    assert.deepEqual(await coreWords(), core, `the core took part of ${bad}`);
    assert.deepEqual(await pageWords(), shown, `the page kept ${bad}`);
    assert.equal(await page.locator('#dict-word').inputValue(), bad, 'the refused word is still in the box, to be fixed');
  }
  // A valid word next is taken, and the text analysed again with it.
  await page.locator('#dict-word').fill('蓝湾书社');
  await page.locator('#dict-word').press('Enter');
  await page.waitForFunction(() => document.getElementById('dict-status').textContent === '已应用 2 个词语');
  assert.equal(await page.locator('#dict-status').getAttribute('data-state'), 'ok');
  assert.deepEqual(await coreWords(), ['文析工坊 organization', '蓝湾书社 place']);
  assert.deepEqual(JSON.parse((await pageWords()).saved),
    [{ word: '文析工坊', type: 'organization' }, { word: '蓝湾书社', type: 'place' }]);
  assertNoProblems(session.problems);
});

test('a reload gives the core the saved words in one importDictionary', async () => {
  const saved = JSON.parse((await pageWords()).saved);
  await page.reload();
  await page.waitForFunction(() => document.getElementById('dict-status').textContent === '已应用 2 个词语');
  const calls = await page.evaluate(() => window.sentToWorkers.filter((m) => m?.type === 'call'));
  assert.deepEqual(calls.map((m) => m.method), ['importDictionary']);
  assert.deepEqual(JSON.parse(calls[0].args[0]), { version: 1, words: saved });
  assert.deepEqual(await coreWords(), ['文析工坊 organization', '蓝湾书社 place']);
  assertNoProblems(session.problems);
});

test('a saved list with a word the core refuses: the core gets the others, the list loses that one', async () => {
  // As an older page could leave it: it saved words that the core had refused.
  await page.evaluate(() => localStorage.setItem('wenxi.dictionary', JSON.stringify([
    { word: '文析工坊', type: 'organization' }, { word: '蓝湾 书社', type: 'place' }, { word: '蓝湾书社', type: 'place' }])));
  await page.reload();
  await page.waitForSelector('#dict-status[data-state="error"]', { timeout: RESULT_TIMEOUT });
  assert.equal(await page.locator('#dictionary').getAttribute('open'), '', 'the editor opens to show the refusal');
  assert.match(await page.locator('#dict-status').textContent(), /^已应用 2 个词语；未生效.*蓝湾 书社.*（bad_user_word）$/);
  assert.deepEqual(await coreWords(), ['文析工坊 organization', '蓝湾书社 place']);
  assert.deepEqual(JSON.parse((await pageWords()).saved),
    [{ word: '文析工坊', type: 'organization' }, { word: '蓝湾书社', type: 'place' }]);
  await page.locator('#dict-reset').click();
  await page.waitForFunction(() => document.getElementById('dict-list').textContent.includes('词典为空'));
  assert.deepEqual(await coreWords(), []);
  assertNoProblems(session.problems);
});

// Fixing a highlight: a made-up text where the core takes a mountain and a shop for people.
const FIX_TEXT = '白云山下的青松镇来了一位客人。金凤凰今天在北京开业。';
const mark = (text) => page.locator('#highlighted mark', { hasText: text });
const menuItems = () => page.locator('#mark-menu [role="menu"] [role="menuitem"]').allTextContents();
const focused = () => page.evaluate(() => ({
  role: document.activeElement.getAttribute('role'),
  text: document.activeElement.textContent,
}));

/** A screenshot of the open menu and the text around it, in tests/output/. */
async function menuShot(name) {
  const box = await page.locator('#mark-menu').boundingBox();
  await page.screenshot({ path: join(outputDir, `${name}.png`),
    clip: { x: Math.max(0, box.x - 160), y: Math.max(0, box.y - 120), width: 520, height: box.height + 180 } });
}

test('a highlight is fixed in two clicks: the name, then its type in the menu', async () => {
  await analyzeText(page, FIX_TEXT);
  assert.equal(await mark('白云山').getAttribute('data-type'), 'person');
  await mark('白云山').click();
  await page.getByRole('menu').waitFor();
  assert.equal(await mark('白云山').getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator('#mark-menu-title').textContent(), '把「白云山」改为');
  assert.deepEqual(await menuItems(), ['地名', '机构', '不是名称']);
  assert.deepEqual(await focused(), { role: 'menuitem', text: '地名' }, 'focus moves into the menu');
  await menuShot('menu');
  await page.getByRole('menuitem', { name: '地名' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('#highlighted mark')]
    .some((m) => m.textContent === '白云山' && m.dataset.type === 'place'), null, { timeout: RESULT_TIMEOUT });
  await waitForResult(page);
  assert.ok(await page.locator('#mark-menu').isHidden());
  assert.match(await page.locator('#dict-list').textContent(), /白云山 · 地名/);
  assert.deepEqual(JSON.parse((await pageWords()).saved), [{ word: '白云山', type: 'place' }]);
  assert.deepEqual(await coreWords(), ['白云山 place']);
  assert.deepEqual(await focused(), { role: 'button', text: '白云山' }, 'focus is back on the name, now a place');
  assertNoProblems(session.problems);
});

test('"not a name" removes a highlight; the menu works from the keyboard and closes with Escape or a click outside', async () => {
  assert.equal(await mark('金凤凰').getAttribute('data-type'), 'person');
  await mark('金凤凰').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menu').waitFor();
  assert.deepEqual(await focused(), { role: 'menuitem', text: '地名' });
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await focused(), { role: 'menuitem', text: '机构' });
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.deepEqual(await focused(), { role: 'menuitem', text: '不是名称' }, 'the arrows wrap around');
  await page.keyboard.press('Escape');
  assert.ok(await page.locator('#mark-menu').isHidden());
  assert.deepEqual(await focused(), { role: 'button', text: '金凤凰' }, 'Escape gives the focus back to the name');
  await page.keyboard.press(' ');
  await page.getByRole('menu').waitFor();
  await page.keyboard.press('Tab');
  assert.ok(await page.locator('#mark-menu').isHidden(), 'Tab closes the menu');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '今天', 'Tab goes on from the name');
  assert.equal(await page.evaluate(() => localStorage.getItem('wenxi.dictionary')), JSON.stringify([{ word: '白云山', type: 'place' }]),
    'opening and closing the menu changed nothing');
  await mark('金凤凰').click();
  await page.getByRole('menu').waitFor();
  await page.locator('#highlighted').locator('..').locator('h2').click();
  assert.ok(await page.locator('#mark-menu').isHidden(), 'a click outside closes the menu');
  assert.equal(await mark('金凤凰').getAttribute('aria-expanded'), null);
  // Two keys: open, last item ("not a name"), Enter.
  await mark('金凤凰').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => ![...document.querySelectorAll('#highlighted mark')].some((m) => m.textContent === '金凤凰'),
    null, { timeout: RESULT_TIMEOUT });
  await waitForResult(page);
  assert.equal(await mark('白云山').getAttribute('data-type'), 'place', 'the earlier fix stays');
  assert.match(await page.locator('#dict-list').textContent(), /金凤凰 · 其他词语/);
  assert.deepEqual(await coreWords(), ['白云山 place', '金凤凰 other']);
  assertNoProblems(session.problems);
});

test('"not a name" on a name that a rule finds from its context says that the rule keeps it', async () => {
  await analyzeText(page, '记者 高洪驰 报道，青松镇今天下雪。');
  await mark('高洪驰').click();
  await page.getByRole('menuitem', { name: '不是名称' }).click();
  await page.waitForSelector('#dict-status[data-state="note"]', { timeout: RESULT_TIMEOUT });
  await waitForResult(page);
  assert.equal(await page.locator('#dict-status').textContent(), '「高洪驰」已加入词典，但上下文规则仍把它标为人名（如“记者”后的人名）。');
  assert.equal(await mark('高洪驰').getAttribute('data-type'), 'person');
  assert.deepEqual(await focused(), { role: 'button', text: '高洪驰' });
  await analyzeText(page, FIX_TEXT);
  assertNoProblems(session.problems);
});

test('the menu in English', async () => {
  await page.locator('#lang').click();
  await mark('北京').click();
  await page.getByRole('menu').waitFor();
  assert.equal(await page.locator('#mark-menu-title').textContent(), 'Mark “北京” as');
  assert.deepEqual(await menuItems(), ['person', 'organization', 'Not a name']);
  await menuShot('menu-en');
  await page.keyboard.press('Escape');
  await page.locator('#lang').click();
  await page.locator('#dict-reset').click();
  await page.waitForFunction(() => document.getElementById('dict-list').textContent.includes('词典为空'));
  assertNoProblems(session.problems);
});

// The npm wrapper in worker mode: one analyzer for the tests below, made in the page, and
// `outcome(promise)`: 'resolved', or the Error's kind and message. `fn` runs in the page with both.
async function inWrapper(fn, arg) {
  await page.evaluate(async () => {
    const { createAnalyzer } = await import(new URL('api.js', location.href));
    window.wrapper ??= await createAnalyzer({ worker: true });
    window.outcome ??= async (promise) => {
      try {
        await promise;
        return 'resolved';
      } catch (err) {
        return err instanceof Error ? { kind: err.kind, message: err.message } : `threw ${err}`;
      }
    };
  });
  return page.evaluate(fn, arg);
}

const WRONG = [['number', 42], ['object', {}], ['null', null], ['undefined', undefined]];

test('the npm wrapper in worker mode rejects a word that is no string with the core\'s not_a_string', async () => {
  const kinds = await inWrapper(async (wrong) => {
    const { wrapper: analyzer, outcome } = window;
    const kinds = {};
    for (const [label, value] of wrong) {
      kinds[`addWord ${label}`] = (await outcome(analyzer.addWord(value, 'organization'))).kind;
      kinds[`removeWord ${label}`] = (await outcome(analyzer.removeWord(value))).kind;
    }
    return kinds;
  }, WRONG);
  const expected = {};
  for (const [label] of WRONG) Object.assign(expected, { [`addWord ${label}`]: 'not_a_string', [`removeWord ${label}`]: 'not_a_string' });
  assert.deepEqual(kinds, expected);
  assertNoProblems(session.problems);
});

test('the npm wrapper in worker mode rejects a type that is none of the four with the core\'s bad_word_type', async () => {
  const kinds = await inWrapper(async (wrong) => {
    const { wrapper: analyzer, outcome } = window;
    const kinds = {};
    for (const [label, value] of [...wrong, ['robot', 'robot']]) kinds[label] = (await outcome(analyzer.addWord('文析工坊', value))).kind;
    return kinds;
  }, WRONG);
  assert.deepEqual(kinds, { number: 'bad_word_type', object: 'bad_word_type', null: 'bad_word_type', undefined: 'bad_word_type', robot: 'bad_word_type' });
  assertNoProblems(session.problems);
});

test('the npm wrapper in worker mode rejects with the core\'s own errors, kind and message', async () => {
  const CALLS = [[42, 'organization'], ['文析工坊', 'robot'], ['', 'person'], ['文析工坊', 'organization', 0]];
  const { worker, core } = await inWrapper(async (calls) => {
    const { default: init, Analyzer } = await import(new URL('pkg/wenxi.js', location.href));
    await init();
    const here = new Analyzer();
    const onThread = (args) => {
      try {
        here.addWord(...args);
        return 'resolved';
      } catch (err) {
        return { kind: err.kind, message: err.message };
      }
    };
    const worker = [];
    for (const args of calls) worker.push(await window.outcome(window.wrapper.addWord(...args)));
    const core = calls.map(onThread);
    here.free();
    return { worker, core };
  }, CALLS);
  assert.ok(core.every((outcome) => outcome.kind), `the core took one: ${JSON.stringify(core)}`);
  assert.deepEqual(worker, core);
  assertNoProblems(session.problems);
});

test('a word the core refuses in worker mode changes nothing', async () => {
  const found = await inWrapper(async () => {
    const { wrapper: analyzer, outcome } = window;
    await analyzer.addWord('文析工坊', 'organization');
    const refused = [await outcome(analyzer.addWord('文析工坊', 'person', 0)), await outcome(analyzer.addWord('', 'person'))];
    if (refused.some((r) => r.kind !== 'bad_user_word')) throw new Error(`not refused: ${JSON.stringify(refused)}`);
    const entities = (await analyzer.analyze('文析工坊成立。')).entities.map((e) => `${e.type} ${e.text} ${e.source}`);
    await analyzer.resetDictionary();
    return entities;
  });
  assert.deepEqual(found, ['organization 文析工坊 user']);
  assertNoProblems(session.problems);
});

test('removeWord in worker mode resolves to whether the word was there', async () => {
  const removed = await inWrapper(async () => {
    const { wrapper: analyzer } = window;
    await analyzer.addWord('文析工坊', 'organization');
    return [await analyzer.removeWord('文析工坊'), await analyzer.removeWord('文析工坊')];
  });
  assert.deepEqual(removed, [true, false]);
  assertNoProblems(session.problems);
});

test('a word that cannot be sent to the worker is refused, and the next word is applied', async () => {
  const found = await inWrapper(async () => {
    const { wrapper: analyzer, outcome } = window;
    const refused = await outcome(analyzer.addWord(() => '文析工坊', 'organization'));
    if (refused === 'resolved') throw new Error('a function was taken as a word');
    await analyzer.addWord('文析工坊', 'organization');
    const entities = (await analyzer.analyze('文析工坊成立。')).entities.map((e) => `${e.type} ${e.text} ${e.source}`);
    await analyzer.resetDictionary();
    return entities;
  });
  assert.deepEqual(found, ['organization 文析工坊 user']);
  assertNoProblems(session.problems);
});

test('exportDictionary and importDictionary in worker mode carry the dictionary over, all or nothing', async () => {
  const found = await inWrapper(async () => {
    const { wrapper: analyzer } = window;
    await analyzer.addWord('文析工坊', 'organization');
    const json = await analyzer.exportDictionary();
    await analyzer.resetDictionary();
    await analyzer.importDictionary(json);
    const bad = JSON.stringify({ version: 1, words: [{ word: '好词', type: 'place' }, { word: '', type: 'place' }] });
    const refused = await analyzer.importDictionary(bad).then(() => 'resolved', (err) => err.kind);
    const after = await analyzer.exportDictionary();
    const entities = (await analyzer.analyze('文析工坊成立。')).entities.map((e) => `${e.type} ${e.text} ${e.source}`);
    await analyzer.resetDictionary();
    return { same: after === json, refused, entities };
  });
  assert.deepEqual(found, { same: true, refused: 'bad_user_word', entities: ['organization 文析工坊 user'] });
  assertNoProblems(session.problems);
});

test('resetDictionary in worker mode empties the dictionary', async () => {
  const found = await inWrapper(async () => {
    const { wrapper: analyzer } = window;
    await analyzer.addWord('文析工坊', 'organization');
    await analyzer.resetDictionary();
    return (await analyzer.analyze('文析工坊成立。')).entities.filter((e) => e.source === 'user');
  });
  assert.deepEqual(found, []);
  assertNoProblems(session.problems);
});
