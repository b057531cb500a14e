// The page's words in Chinese (default) and English. Elements carry data-i18n="key" (text),
// data-i18n-placeholder, data-i18n-title or data-i18n-label (aria-label); apply() fills them.
import { KINDS } from './kinds.js';

export const STRINGS = {
  zh: {
    title: '文析 wenxi · 中文文本分析',
    tagline: '中文文本分析：分词、实体与数值规范化。全部在浏览器中运行，文本不会离开你的设备。',
    lang: 'English',
    langLabel: 'Switch to English',
    inputLabel: '输入文本',
    placeholder: '在此粘贴中文文本，或把 .txt 文件拖到这里。例如：记者 高洪驰 报道，项目总投资477万元……',
    analyze: '分析',
    sample: '载入示例文章',
    openFile: '打开 .txt 文件',
    referenceDate: '参考日期',
    referenceDateTitle: '相对日期（今年、当日……）以此为准；留空则不换算',
    referenceDatePlaceholder: '如 2021-06-01',
    live: '边写边分析',
    cancel: '取消',
    draftSaved: '草稿已保存在本机',
    draftTooBig: '文本太大，草稿未保存',
    loading: '加载中…',
    ready: (ms) => `就绪（分析器加载用时 ${ms}）`,
    busy: '分析中…',
    progress: (done, total) => `分析中… ${done}/${total} 段`,
    done: (ms) => `完成（${ms}）`,
    cancelled: '已取消',
    empty: '请先输入文本，或载入示例文章。',
    error: (m) => `出错：${m}`,
    trap: (m) => `分析器崩溃，已重新启动：${m}`,
    tooLong: '文本超过 8 MiB 的上限。',
    loadFailed: '分析器无法加载。请先运行 npm run build 生成 www/pkg/。',
    sampleFailed: (m) => `示例文章载入失败：${m}`,
    fileFailed: (m) => `文件读取失败：${m}`,
    notText: '只能打开纯文本文件（.txt）。',
    results: '分析结果',
    chars: '字符', words: '词', sentences: '句', entities: '实体', readingTime: '阅读时间',
    minutes: (n) => `${n} 分钟`,
    legend: '实体类型（点击显示或隐藏）',
    highlighted: '标注文本',
    tabsLabel: '分析结果视图',
    tabEntities: '实体', tabNumbers: '数字', tabKeywords: '关键词', tabCharts: '图表', tabExport: '导出',
    filter: '筛选',
    groupByType: '按类型分组',
    filterPlaceholder: '输入文字筛选…',
    colType: '类型', colText: '文本', colValue: '规范值', colNotes: '备注', colUnit: '单位', colKind: '量',
    shownOf: (shown, total) => `显示 ${shown} / ${total}`,
    noNumbers: '没有数字。',
    chartTypes: '各类实体数量',
    chartTop: '出现最多的人名、地名、机构',
    chartTimeline: '文中提到的日期',
    noDates: '没有可定位的日期。',
    exportJson: '分析结果 JSON',
    exportCsv: '实体 CSV',
    exportHtml: '标注文本 HTML',
    exportNote: '文件在本机生成，不会上传。',
    dictionary: '用户词典',
    dictWord: '词语', dictType: '类型', dictOther: '其他词语', dictAdd: '添加', dictRemove: '删除', dictReset: '清空词典',
    dictEmpty: '词典为空。',
    dictApplied: (n) => `已应用 ${n} 个词语`,
    dictRefused: (message, kind) => `未生效，词典没有改变：${message}（${kind}）`,
    fixTitle: (word) => `把「${word}」改为`,
    notAName: '不是名称',
    fixKept: (word, type) => `「${word}」已加入词典，但上下文规则仍把它标为${type}（如“记者”后的人名）。`,
    range: '范围', unresolved: '原始形式',
    source: '来源', path: '位置', unit: '单位', value: '规范值', role: '身份', noun: '名词',
    approx: '约',
    sources: { dictionary: '词典', model: '模型', rule: '规则', gazetteer: '名录', user: '用户词典' },
    roles: { reporter: '记者', correspondent: '通讯员', editor: '编辑', photographer: '摄影' },
    footer: '文析 wenxi · Rust + WebAssembly · 分析在 Web Worker 中进行，页面不会卡顿；可离线使用。',
  },
  en: {
    title: 'wenxi 文析 · Chinese text analysis',
    tagline: 'Chinese text analysis: words, entities and normalized figures. Runs entirely in your browser; your text never leaves your device.',
    lang: '中文',
    langLabel: '切换到中文',
    inputLabel: 'Text',
    placeholder: 'Paste Chinese text here, or drop a .txt file. E.g. 记者 高洪驰 报道，项目总投资477万元……',
    analyze: 'Analyze',
    sample: 'Load sample article',
    openFile: 'Open .txt file',
    referenceDate: 'Reference date',
    referenceDateTitle: 'Relative dates (今年, 当日…) resolve against it; leave empty to keep them unresolved',
    referenceDatePlaceholder: 'e.g. 2021-06-01',
    live: 'Analyze as I type',
    cancel: 'Cancel',
    draftSaved: 'Draft saved on this device',
    draftTooBig: 'Text too large: draft not saved',
    loading: 'Loading…',
    ready: (ms) => `Ready (analyzer loaded in ${ms})`,
    busy: 'Analyzing…',
    progress: (done, total) => `Analyzing… ${done}/${total} parts`,
    done: (ms) => `Done (${ms})`,
    cancelled: 'Cancelled',
    empty: 'Enter some text first, or load the sample article.',
    error: (m) => `Error: ${m}`,
    trap: (m) => `The analyzer crashed and was restarted: ${m}`,
    tooLong: 'The text is over the 8 MiB limit.',
    loadFailed: 'The analyzer cannot load. Run npm run build to make www/pkg/.',
    sampleFailed: (m) => `Could not load the sample: ${m}`,
    fileFailed: (m) => `Could not read the file: ${m}`,
    notText: 'Only plain text files (.txt) can be opened.',
    results: 'Results',
    chars: 'characters', words: 'words', sentences: 'sentences', entities: 'entities', readingTime: 'reading time',
    minutes: (n) => `${n} min`,
    legend: 'Entity types (click to show or hide)',
    highlighted: 'Highlighted text',
    tabsLabel: 'Result views',
    tabEntities: 'Entities', tabNumbers: 'Numbers', tabKeywords: 'Keywords', tabCharts: 'Charts', tabExport: 'Export',
    filter: 'Filter',
    groupByType: 'Group by type',
    filterPlaceholder: 'Type to filter…',
    colType: 'Type', colText: 'Text', colValue: 'Value', colNotes: 'Notes', colUnit: 'Unit', colKind: 'Measures',
    shownOf: (shown, total) => `${shown} of ${total} shown`,
    noNumbers: 'No figures.',
    chartTypes: 'Entities by type',
    chartTop: 'Most mentioned people, places, organizations',
    chartTimeline: 'Dates mentioned',
    noDates: 'No dates that can be placed on a timeline.',
    exportJson: 'Analysis as JSON',
    exportCsv: 'Entities as CSV',
    exportHtml: 'Highlighted text as HTML',
    exportNote: 'Files are made on your device and never uploaded.',
    dictionary: 'User dictionary',
    dictWord: 'Word', dictType: 'Type', dictOther: 'other word', dictAdd: 'Add', dictRemove: 'Remove', dictReset: 'Clear dictionary',
    dictEmpty: 'The dictionary is empty.',
    dictApplied: (n) => `${n} words applied`,
    dictRefused: (message, kind) => `Not applied, the dictionary is unchanged: ${message} (${kind})`,
    fixTitle: (word) => `Mark “${word}” as`,
    notAName: 'Not a name',
    fixKept: (word, type) => `“${word}” is in the dictionary, but a rule still finds it from its context as a ${type} (such as a name after 记者).`,
    range: 'Range', unresolved: 'As written',
    source: 'Source', path: 'Place', unit: 'Unit', value: 'Value', role: 'Role', noun: 'Noun',
    approx: 'about',
    sources: { dictionary: 'dictionary', model: 'model', rule: 'rule', gazetteer: 'gazetteer', user: 'user dictionary' },
    roles: { reporter: 'reporter', correspondent: 'correspondent', editor: 'editor', photographer: 'photographer' },
    footer: 'wenxi 文析 · Rust + WebAssembly · analysis runs in a Web Worker so the page never freezes; works offline.',
  },
};

/** Entity types in legend order, with their Chinese and English names (from kinds.js). */
export const TYPES = KINDS.map(({ type, zh, en }) => [type, zh, en]);

let lang = 'zh';

export function setLanguage(code) {
  lang = STRINGS[code] ? code : 'zh';
  return lang;
}

export function language() {
  return lang;
}

/** The string `key` in the current language; functions are called with `args`. */
export function t(key, ...args) {
  const value = STRINGS[lang][key] ?? STRINGS.zh[key] ?? key;
  return typeof value === 'function' ? value(...args) : value;
}

export function typeName(type) {
  const row = TYPES.find(([id]) => id === type);
  if (!row) return type;
  return lang === 'zh' ? row[1] : row[2];
}

/** Fills every data-i18n* element under `root` and sets the document language. */
export function apply(root = document) {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('title');
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const node of root.querySelectorAll('[data-i18n-title]')) node.title = t(node.dataset.i18nTitle);
  for (const node of root.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
}
