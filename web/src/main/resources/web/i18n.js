// Every label of the interface, in English and Chinese, and the helpers that apply them.
// Static markup names its label with data-i18n / data-i18n-placeholder / data-i18n-aria-label /
// data-i18n-title; code calls t(key, vars). `{name}` placeholders are filled from vars; a key
// with an `_one` variant is used in English when vars.count === 1.

const STORAGE_KEY = 'candidates.lang';
export const LANGS = ['en', 'zh'];

const en = {
  'app.title': 'Candidate search',
  'app.name': 'Talent Search',
  'a11y.skip': 'Skip to results',

  'search.label': 'Search candidates',
  'search.placeholder': 'Skills, titles, companies… e.g. Go Kafka 5 years',
  'search.submit': 'Search',
  'search.shortcut': 'Press / to search',

  'lang.toggle': '中文',
  'lang.toggleLabel': 'Switch the interface to Chinese (中文)',

  'help.summary': 'Query syntax',
  'help.intro': 'Combine words freely: English and Chinese terms match each other. Click an example to run it.',
  'help.ex.skillsYears': 'Skills and experience in plain words',
  'help.ex.chinese': 'Chinese terms (English synonyms match too)',
  'help.ex.phraseCompany': 'An exact phrase, at a given company',
  'help.ex.skillYears': 'At least 5 years of Go, 3 to 8 years in total',
  'help.ex.exclude': 'Exclude a term with a minus sign',
  'help.ex.or': 'Either of two terms, plus another one',
  'help.ex.title': 'Search job titles only',

  'add.open': 'Add candidate',
  'add.title': 'Add a candidate',
  'add.close': 'Close',
  'add.text': 'Résumé text',
  'add.textHint': 'Paste a résumé in English or Chinese, or a JSON profile.',
  'add.file': 'Or load a file (.txt, .md, .json, .pdf, .docx)',
  'add.choose': 'Choose a file…',
  'add.noFile': 'No file chosen',
  'add.format': 'Format',
  'add.format.text': 'Plain-text résumé',
  'add.format.json': 'JSON profile',
  'add.token': 'Admin token',
  'add.tokenHint': 'Kept for this browser session only.',
  'add.submit': 'Add to index',
  'add.sending': 'Adding…',
  'add.empty': 'Paste a résumé or choose a file first.',
  'add.badJson': 'This is not valid JSON: {message}',
  'add.fileRead': 'Could not read the file “{name}”.',
  'add.fileTooBig': 'The file “{name}” is too large (at most 2 MB).',
  'add.fileLoaded': 'Loaded “{name}”. Check the text, then add it.',
  'add.done': 'Added {name}',
  'add.id': 'ID {id}',
  'add.openProfile': 'Open profile',
  'add.noName': '(no name found)',
  'add.noSkills': 'No skills recognised.',

  'token.missing': 'Enter the admin token first.',

  'reindex.title': 'Search index',
  'reindex.hint': 'Re-read every profile and rebuild the index.',
  'reindex.start': 'Rebuild index',
  'reindex.idle': 'No rebuild has run yet.',
  'reindex.running': 'Rebuilding… {indexed} indexed, {failed} failed.',
  'reindex.done': 'Finished: {indexed} indexed, {failed} failed.',
  'reindex.failed': 'Rebuild failed: {message}',
  'reindex.finishedAt': 'Finished {time}.',
  'reindex.checking': 'Checking status…',

  'filters.title': 'Filters',
  'filters.toggle': 'Filters',
  'filters.years': 'Total experience (years)',
  'filters.min': 'Min',
  'filters.max': 'Max',
  'filters.skillMin': 'Skill with minimum years',
  'filters.skillName': 'Skill',
  'filters.skillYears': 'Min. years',
  'filters.skillAdd': 'Add to query',
  'filters.clearAll': 'Clear all',
  'filters.active': 'Active filters',
  'filters.remove': 'Remove filter: {label}',
  'filters.more': 'Show all ({n})',
  'filters.less': 'Show fewer',

  'facet.skills': 'Skills',
  'facet.companies': 'Companies',
  'facet.location': 'Location',
  'facet.years': 'Experience',
  'facet.language': 'Résumé language',
  'facet.count': '{n} candidates',
  'facet.count_one': '1 candidate',
  'bucket.0-2': '0–2 years',
  'bucket.3-5': '3–5 years',
  'bucket.6-10': '6–10 years',
  'bucket.10+': '10+ years',
  'resumeLang.en': 'English',
  'resumeLang.zh': 'Chinese',
  'resumeLang.mixed': 'Mixed',
  'chip.minYears': '≥ {n} years',
  'chip.maxYears': '≤ {n} years',
  'chip.range': '{min}–{max} years',

  'results.heading': 'Results',
  'results.count': '{count} candidates',
  'results.count_one': '1 candidate',
  'results.took': '{ms} ms',
  'results.page': 'page {page} of {pages}',
  'results.loading': 'Searching…',
  'sort.label': 'Sort by',
  'sort.relevance': 'Relevance',
  'sort.years': 'Experience',
  'sort.updated': 'Recently updated',
  'notice.partial': 'No candidate matches every term, so these are the closest partial matches.',
  'dym.prefix': 'Did you mean:',
  'empty.title': 'No candidates match “{q}”',
  'empty.titleNoQuery': 'No candidates match these filters',
  'empty.pageOut': 'There are no results on this page.',
  'empty.firstPage': 'Go to the first page',
  'empty.tipSpelling': 'Check the spelling or try a synonym: English and Chinese terms both work.',
  'empty.tipFewer': 'Use fewer or broader words, e.g. “backend” instead of a framework name.',
  'empty.tipFilters': 'Remove some filters.',
  'empty.tipTry': 'Or try:',

  'hit.years': '{n} years',
  'hit.years_one': '1 year',
  'hit.skillYears': '{n}y',
  'hit.score': 'score {score}',
  'hit.scoreTitle': 'Relevance score',
  'hit.noName': '(no name)',
  'hit.matched': 'Matched skills',
  'hit.snippets': 'Matching text',
  'hit.why': 'Why this rank?',
  'hit.whyHide': 'Hide explanation',
  'why.loading': 'Loading the explanation…',
  'why.unavailable': 'No explanation is available for this result.',
  'why.contributions': 'What the score is made of',
  'why.feature': 'Signal',
  'why.value': 'Points',
  'why.detail': 'Detail',
  'why.matches': 'How the query matched',
  'via.exact': 'exact',
  'via.taxonomy': 'synonym',
  'via.broader': 'broader concept',

  'pager.label': 'Result pages',
  'pager.prev': 'Previous',
  'pager.next': 'Next',
  'pager.page': 'Page {n}',

  'profile.back': 'Back to results',
  'profile.loading': 'Loading the profile…',
  'profile.notFound': 'Candidate not found',
  'profile.contact': 'Contact',
  'profile.email': 'E-mail',
  'profile.phone': 'Phone',
  'profile.location': 'Location',
  'profile.summary': 'Summary',
  'profile.skills': 'Skills',
  'profile.experience': 'Experience',
  'profile.projects': 'Projects',
  'profile.education': 'Education',
  'profile.languages': 'Languages',
  'profile.text': 'Original résumé',
  'profile.similar': 'Similar candidates',
  'profile.noSimilar': 'No similar candidates found.',
  'profile.present': 'present',
  'profile.updated': 'Updated {date}',
  'profile.resumeLanguage': 'Résumé: {lang}',
  'profile.totalYears': '{n} years of experience',
  'profile.totalYears_one': '1 year of experience',
  'profile.admin': 'Admin',
  'profile.delete': 'Delete candidate',
  'profile.deleting': 'Deleting…',
  'profile.deleted': '{name} was deleted.',
  'profile.undo': 'Undo',
  'profile.restoring': 'Restoring…',
  'profile.restored': 'Restored.',

  'footer.stats': '{n} profiles indexed',
  'footer.stats_one': '1 profile indexed',

  'suggest.label': 'Suggestions',
  'suggest.type.skill': 'skill',
  'suggest.type.title': 'title',
  'suggest.type.company': 'company',

  'error.401': 'The admin token is missing.',
  'error.403': 'The admin token is wrong.',
  'error.network': 'Cannot reach the server. Check the connection and try again.',
  'error.http': 'The server answered with an error (HTTP {status}).',
  'error.bad_response': 'The server sent an answer that could not be read.',
  'error.unknown': 'Something went wrong.',
  'error.retry': 'Try again',
};

const zh = {
  'app.title': '候选人搜索',
  'app.name': '人才搜索',
  'a11y.skip': '跳到搜索结果',

  'search.label': '搜索候选人',
  'search.placeholder': '技能、职位、公司…… 例如：分布式系统 调度',
  'search.submit': '搜索',
  'search.shortcut': '按 / 键开始搜索',

  'lang.toggle': 'English',
  'lang.toggleLabel': '将界面切换为英文（English）',

  'help.summary': '查询语法',
  'help.intro': '关键词可自由组合，中英文术语互相匹配。点击示例即可运行。',
  'help.ex.skillsYears': '用自然语言写技能和年限',
  'help.ex.chinese': '中文术语（英文同义词同样匹配）',
  'help.ex.phraseCompany': '精确短语，并限定公司',
  'help.ex.skillYears': 'Go 至少 5 年，总年限 3 到 8 年',
  'help.ex.exclude': '用减号排除某个词',
  'help.ex.or': '两个词任选其一，再加另一个词',
  'help.ex.title': '只搜索职位名称',

  'add.open': '添加候选人',
  'add.title': '添加候选人',
  'add.close': '关闭',
  'add.text': '简历文本',
  'add.textHint': '粘贴中文或英文简历，或 JSON 格式的档案。',
  'add.file': '或载入文件（.txt、.md、.json、.pdf、.docx）',
  'add.choose': '选择文件……',
  'add.noFile': '未选择文件',
  'add.format': '格式',
  'add.format.text': '纯文本简历',
  'add.format.json': 'JSON 档案',
  'add.token': '管理员令牌',
  'add.tokenHint': '仅在本次浏览器会话中保存。',
  'add.submit': '加入索引',
  'add.sending': '正在添加……',
  'add.empty': '请先粘贴简历或选择文件。',
  'add.badJson': '不是有效的 JSON：{message}',
  'add.fileRead': '无法读取文件“{name}”。',
  'add.fileTooBig': '文件“{name}”过大（最大 2 MB）。',
  'add.fileLoaded': '已载入“{name}”。请核对文本后再添加。',
  'add.done': '已添加 {name}',
  'add.id': 'ID {id}',
  'add.openProfile': '查看档案',
  'add.noName': '（未识别出姓名）',
  'add.noSkills': '未识别出技能。',

  'token.missing': '请先输入管理员令牌。',

  'reindex.title': '搜索索引',
  'reindex.hint': '重新读取所有档案并重建索引。',
  'reindex.start': '重建索引',
  'reindex.idle': '尚未运行过重建。',
  'reindex.running': '正在重建…… 已索引 {indexed} 份，失败 {failed} 份。',
  'reindex.done': '完成：已索引 {indexed} 份，失败 {failed} 份。',
  'reindex.failed': '重建失败：{message}',
  'reindex.finishedAt': '完成于 {time}。',
  'reindex.checking': '正在查询状态……',

  'filters.title': '筛选',
  'filters.toggle': '筛选',
  'filters.years': '总工作年限（年）',
  'filters.min': '最少',
  'filters.max': '最多',
  'filters.skillMin': '技能最低年限',
  'filters.skillName': '技能',
  'filters.skillYears': '至少几年',
  'filters.skillAdd': '加入查询',
  'filters.clearAll': '全部清除',
  'filters.active': '已选筛选条件',
  'filters.remove': '移除筛选：{label}',
  'filters.more': '显示全部（{n}）',
  'filters.less': '收起',

  'facet.skills': '技能',
  'facet.companies': '公司',
  'facet.location': '地点',
  'facet.years': '工作年限',
  'facet.language': '简历语言',
  'facet.count': '{n} 位候选人',
  'bucket.0-2': '0–2 年',
  'bucket.3-5': '3–5 年',
  'bucket.6-10': '6–10 年',
  'bucket.10+': '10 年以上',
  'resumeLang.en': '英文',
  'resumeLang.zh': '中文',
  'resumeLang.mixed': '中英混合',
  'chip.minYears': '≥ {n} 年',
  'chip.maxYears': '≤ {n} 年',
  'chip.range': '{min}–{max} 年',

  'results.heading': '搜索结果',
  'results.count': '{count} 位候选人',
  'results.took': '{ms} 毫秒',
  'results.page': '第 {page} / {pages} 页',
  'results.loading': '搜索中……',
  'sort.label': '排序',
  'sort.relevance': '相关度',
  'sort.years': '工作年限',
  'sort.updated': '最近更新',
  'notice.partial': '没有候选人匹配全部关键词，以下是最接近的部分匹配结果。',
  'dym.prefix': '您是不是要找：',
  'empty.title': '没有候选人匹配“{q}”',
  'empty.titleNoQuery': '没有候选人符合这些筛选条件',
  'empty.pageOut': '这一页没有结果。',
  'empty.firstPage': '回到第一页',
  'empty.tipSpelling': '检查拼写，或换一个同义词：中英文均可。',
  'empty.tipFewer': '减少关键词或换用更宽泛的词，例如用“后端”代替具体框架名。',
  'empty.tipFilters': '移除部分筛选条件。',
  'empty.tipTry': '或者试试：',

  'hit.years': '{n} 年经验',
  'hit.skillYears': '{n}年',
  'hit.score': '得分 {score}',
  'hit.scoreTitle': '相关度得分',
  'hit.noName': '（无姓名）',
  'hit.matched': '匹配的技能',
  'hit.snippets': '匹配的文本',
  'hit.why': '为何排在这里？',
  'hit.whyHide': '收起解释',
  'why.loading': '正在加载排序解释……',
  'why.unavailable': '此结果暂无排序解释。',
  'why.contributions': '得分构成',
  'why.feature': '因素',
  'why.value': '分值',
  'why.detail': '说明',
  'why.matches': '查询如何匹配',
  'via.exact': '精确匹配',
  'via.taxonomy': '同义词',
  'via.broader': '上位概念',

  'pager.label': '结果分页',
  'pager.prev': '上一页',
  'pager.next': '下一页',
  'pager.page': '第 {n} 页',

  'profile.back': '返回搜索结果',
  'profile.loading': '正在加载档案……',
  'profile.notFound': '找不到该候选人',
  'profile.contact': '联系方式',
  'profile.email': '邮箱',
  'profile.phone': '电话',
  'profile.location': '所在地',
  'profile.summary': '个人简介',
  'profile.skills': '技能',
  'profile.experience': '工作经历',
  'profile.projects': '项目经历',
  'profile.education': '教育背景',
  'profile.languages': '语言能力',
  'profile.text': '原始简历',
  'profile.similar': '相似候选人',
  'profile.noSimilar': '暂无相似候选人。',
  'profile.present': '至今',
  'profile.updated': '更新于 {date}',
  'profile.resumeLanguage': '简历语言：{lang}',
  'profile.totalYears': '{n} 年工作经验',
  'profile.admin': '管理',
  'profile.delete': '删除候选人',
  'profile.deleting': '正在删除……',
  'profile.deleted': '已删除 {name}。',
  'profile.undo': '撤销',
  'profile.restoring': '正在恢复……',
  'profile.restored': '已恢复。',

  'footer.stats': '已索引 {n} 份档案',

  'suggest.label': '搜索建议',
  'suggest.type.skill': '技能',
  'suggest.type.title': '职位',
  'suggest.type.company': '公司',

  'error.401': '缺少管理员令牌。',
  'error.403': '管理员令牌不正确。',
  'error.network': '无法连接服务器，请检查网络后重试。',
  'error.http': '服务器返回错误（HTTP {status}）。',
  'error.bad_response': '服务器返回的内容无法解析。',
  'error.unknown': '出现未知错误。',
  'error.retry': '重试',
};

export const messages = { en, zh };

let current = 'en';

export const getLang = () => current;

/** BCP 47 tag for <html lang> and Intl formatting. */
export const locale = () => (current === 'zh' ? 'zh-CN' : 'en');

/** Saved choice first, else the browser's first preferred language (zh* → Chinese). */
export function initLang() {
  let saved = null;
  try { saved = localStorage.getItem(STORAGE_KEY); } catch { /* storage disabled */ }
  const preferred = navigator.languages?.[0] ?? navigator.language ?? '';
  current = LANGS.includes(saved) ? saved : /^zh\b/i.test(preferred) ? 'zh' : 'en';
  document.documentElement.lang = locale();
}

export function setLang(lang) {
  if (!LANGS.includes(lang)) return;
  current = lang;
  try { localStorage.setItem(STORAGE_KEY, lang); } catch { /* storage disabled */ }
  document.documentElement.lang = locale();
}

export const hasKey = (key) => key in messages[current] || key in en;

export function t(key, vars = {}) {
  const dict = messages[current];
  const msg = (vars.count === 1 && dict[`${key}_one`]) || dict[key] || en[key];
  if (msg == null) {
    console.warn(`i18n: missing key "${key}"`);
    return key;
  }
  return msg.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

const ATTRS = [
  ['data-i18n-placeholder', 'placeholder'],
  ['data-i18n-aria-label', 'aria-label'],
  ['data-i18n-title', 'title'],
];

/** Fills the static labels of the page (text and attributes) in the current language. */
export function applyI18n(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const [source, target] of ATTRS) {
    for (const el of root.querySelectorAll(`[${source}]`)) el.setAttribute(target, t(el.getAttribute(source)));
  }
}
