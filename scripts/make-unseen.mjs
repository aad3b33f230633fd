// Builds the "unseen reports" QA corpus: reports unlike the dev corpus (other bodies, levels,
// years, heading variants, non-zero tables, deliberate inconsistencies), rendered through the
// routes real files take (seed-style text, web pages in UTF-8 and GBK, LibreOffice PDF and DOCX,
// a scraped one-line page), with their answer keys.
//   node scripts/make-unseen.mjs            writes test/fixtures/unseen/ and test/fixtures/unseen-gold/
// Needs LibreOffice (soffice) and qpdf for the PDF/DOCX routes. The outputs are committed.
//
// The answer keys are written from the same report specs the renderers read: the cells are the
// values this script prints into the tables (blank where it prints nothing), and the findings /
// traps / problem themes are stated by hand per report, as a careful reader would state them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, readdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { REPORTS } from './make-unseen.reports.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'test', 'fixtures', 'unseen');
const GOLD = path.join(ROOT, 'test', 'fixtures', 'unseen-gold');

// ---------------------------------------------------------------- table model

const COLS = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'];
const DENIED = [
  ['stateSecret', '1.属于国家秘密'],
  ['lawForbidden', '2.其他法律行政法规禁止公开'],
  ['threeSecurityOneStability', '3.危及“三安全一稳定”'],
  ['thirdParty', '4.保护第三方合法权益'],
  ['internalAffairs', '5.属于三类内部事务信息'],
  ['processInfo', '6.属于四类过程性信息'],
  ['enforcementFile', '7.属于行政执法案卷'],
  ['adminQuery', '8.属于行政查询事项'],
];
const UNABLE = [
  ['notHeld', '1.本机关不掌握相关政府信息'],
  ['needCreation', '2.没有现成信息需要另行制作'],
  ['unclear', '3.补正后申请内容仍不明确'],
];
const NOTPROC = [
  ['petition', '1.信访举报投诉类申请'],
  ['duplicate', '2.重复申请'],
  ['publication', '3.要求提供公开出版物'],
  ['massRepeat', '4.无正当理由大量反复申请'],
  ['confirmReissue', '5.要求行政机关确认或重新出具已获取信息'],
];
const OTHER21 = [
  ['noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['noFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['other', '3.其他'],
];

/** Outcome row keys of the 申请 table, in table order. */
function outcomeRows(template) {
  return [
    'granted',
    'partial',
    ...DENIED.map(([k]) => `denied.${k}`),
    ...UNABLE.map(([k]) => `unable.${k}`),
    ...NOTPROC.map(([k]) => `notProcessed.${k}`),
    ...(template === 'F2021' ? OTHER21.map(([k]) => `other.${k}`) : ['other']),
  ];
}

/** Application table values: rows given per applicant column (6 numbers); 总计, (七) and 四 computed. */
function buildApply(template, spec) {
  const row = (k) => {
    const v = spec[k] ?? [0, 0, 0, 0, 0, 0];
    if (v.length !== 6) throw new Error(`apply.${k}: need 6 values`);
    return [...v, v.reduce((a, b) => a + b, 0)];
  };
  const rows = {};
  rows.newReceived = row('newReceived');
  rows.carriedOver = row('carriedOver');
  for (const k of outcomeRows(template)) rows[k] = row(k);
  rows.totalProcessed = COLS.map((_, i) => outcomeRows(template).reduce((s, k) => s + rows[k][i], 0));
  rows.carriedForward = COLS.map((_, i) => rows.newReceived[i] + rows.carriedOver[i] - rows.totalProcessed[i]);
  if (rows.carriedForward.some((v) => v < 0)) throw new Error(`carriedForward < 0: ${rows.carriedForward}`);
  const cells = {};
  for (const [k, vals] of Object.entries(rows)) COLS.forEach((c, i) => (cells[`apply.${k}.${c}`] = vals[i]));
  return cells;
}

function buildReview(spec) {
  const cells = {};
  for (const g of ['review', 'litDirect', 'litAfterReview']) {
    const [maintain, correct, other, pending] = spec[g] ?? [0, 0, 0, 0];
    Object.assign(cells, {
      [`review.${g}.maintain`]: maintain,
      [`review.${g}.correct`]: correct,
      [`review.${g}.other`]: other,
      [`review.${g}.pending`]: pending,
      [`review.${g}.total`]: maintain + correct + other + pending,
    });
  }
  return cells;
}

/** Active (第二十条) cells. Values may be strings as printed ("-37", "4862.37万元", "48,326"). */
function buildActive(template, a) {
  const cells = {};
  const put = (k, v) => (cells[k] = v);
  if (template === 'F2021') {
    ['issued', 'repealed', 'valid'].forEach((c, i) => put(`a1.rules.${c}`, a.rules[i]));
    ['issued', 'repealed', 'valid'].forEach((c, i) => put(`a1.normative.${c}`, a.normative[i]));
    put('a5.license.decisions', a.license);
    put('a6.penalty.decisions', a.penalty);
    put('a6.coercion.decisions', a.coercion);
    put('a8.fee.amountWan', a.feeWan);
  } else {
    for (const r of ['rules', 'normative']) ['made', 'published', 'totalPublic'].forEach((c, i) => put(`a1.${r}.${c}`, a[r][i]));
    for (const [blk, r] of [['a5', 'license'], ['a5', 'otherService'], ['a6', 'penalty'], ['a6', 'coercion']])
      ['prevItems', 'delta', 'decisions'].forEach((c, i) => put(`${blk}.${r}.${c}`, a[r][i]));
    put('a8.fee.prevItems', a.fee[0]);
    put('a8.fee.delta', a.fee[1]);
    put('a9.procurement.projects', a.procurement[0]);
    put('a9.procurement.amountWan', a.procurement[1]);
  }
  return cells;
}

/** Printed text of a cell value; '' for a blank. */
const printed = (v) => (v === null || v === undefined ? '' : String(v));
/** Numeric value a reader takes from the printed text (money in 万元). */
function numeric(v) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return v;
  const s = v.replace(/,/g, '').replace(/\s/g, '');
  const m = /^([+-]?\d+(?:\.\d+)?)(万元|元)?$/.exec(s);
  if (!m) throw new Error(`not a number: ${v}`);
  const n = Number(m[1]);
  return m[2] === '元' ? Math.round((n / 10000) * 100) / 100 : n;
}

/** All printed cells of a report: computed values, then overrides (deliberate errors), then blanks. */
function reportCells(r) {
  const cells = {
    ...buildActive(r.template, r.active),
    ...buildApply(r.template, r.apply),
    ...buildReview(r.review),
    ...(r.overrides ?? {}),
  };
  for (const k of r.blanks ?? []) cells[k] = null;
  return cells;
}

// ---------------------------------------------------------------- tables as rows of cells
// A table is rows of {t: text, cs, rs}; text renderers flatten it, HTML renders the spans.

const C = (t, cs = 1, rs = 1) => ({ t: String(t), cs, rs });

function activeGrid(template, cells, opts = {}) {
  const v = (k) => printed(cells[k]);
  const ann = opts.annotated
    ? { prev: '上一年项目数量(指上一年事项数)', delta: '本年增/减(减用负值表示，如-8)', dec: '处理决定数量(指本年办件量)', rules: '规章（设区的市、自治州人民政府应提供相关数据）' }
    : { prev: '上一年项目数量', delta: '本年增/减', dec: '处理决定数量', rules: '规章' };
  const rows = [];
  if (template === 'F2021') {
    rows.push([C('第二十条第（一）项', 4)]);
    rows.push([C('信息内容'), C('本年制发件数'), C('本年废止件数'), C('现行有效件数')]);
    rows.push([C('规章'), C(v('a1.rules.issued')), C(v('a1.rules.repealed')), C(v('a1.rules.valid'))]);
    rows.push([C('行政规范性文件'), C(v('a1.normative.issued')), C(v('a1.normative.repealed')), C(v('a1.normative.valid'))]);
    rows.push([C('第二十条第（五）项', 4)]);
    rows.push([C('信息内容'), C('本年处理决定数量', 3)]);
    rows.push([C('行政许可'), C(v('a5.license.decisions'), 3)]);
    rows.push([C('第二十条第（六）项', 4)]);
    rows.push([C('信息内容'), C('本年处理决定数量', 3)]);
    rows.push([C('行政处罚'), C(v('a6.penalty.decisions'), 3)]);
    rows.push([C('行政强制'), C(v('a6.coercion.decisions'), 3)]);
    rows.push([C('第二十条第（八）项', 4)]);
    rows.push([C('信息内容'), C('本年收费金额（单位：万元）', 3)]);
    rows.push([C('行政事业性收费'), C(v('a8.fee.amountWan'), 3)]);
  } else {
    rows.push([C('第二十条第（一）项', 4)]);
    rows.push([C('信息内容'), C('本年新制作数量'), C('本年新公开数量'), C('对外公开总数量')]);
    for (const [k, l] of [['rules', ann.rules], ['normative', '规范性文件']])
      rows.push([C(l), C(v(`a1.${k}.made`)), C(v(`a1.${k}.published`)), C(v(`a1.${k}.totalPublic`))]);
    const block = (cap, list) => {
      rows.push([C(cap, 4)]);
      rows.push([C('信息内容'), C(ann.prev), C(ann.delta), C(ann.dec)]);
      for (const [k, l] of list) rows.push([C(l), C(v(`${k}.prevItems`)), C(v(`${k}.delta`)), C(v(`${k}.decisions`))]);
    };
    block('第二十条第（五）项', [['a5.license', '行政许可'], ['a5.otherService', '其他对外管理服务事项']]);
    block('第二十条第（六）项', [['a6.penalty', '行政处罚'], ['a6.coercion', '行政强制']]);
    rows.push([C('第二十条第（八）项', 4)]);
    rows.push([C('信息内容'), C(ann.prev), C(ann.delta, 2)]);
    rows.push([C('行政事业性收费'), C(v('a8.fee.prevItems')), C(v('a8.fee.delta'), 2)]);
    rows.push([C('第二十条第（九）项', 4)]);
    rows.push([C('信息内容'), C('采购项目数量'), C('采购总金额', 2)]);
    rows.push([C('政府集中采购'), C(v('a9.procurement.projects')), C(v('a9.procurement.amountWan'), 2)]);
  }
  return rows;
}

function applyGrid(template, cells, opts = {}) {
  const vals = (k) => COLS.map((c) => C(printed(cells[`apply.${k}.${c}`])));
  const rows = [];
  rows.push([C('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), C('申请人情况', 7)]);
  rows.push([C('自然人', 1, 2), C('法人或其他组织', 5), C('总计', 1, 2)]);
  rows.push([C('商业企业'), C('科研机构'), C(opts.socialLabel ?? '社会公益组织'), C('法律服务机构'), C('其他')]);
  rows.push([C('一、本年新收政府信息公开申请数量', 3), ...vals('newReceived')]);
  rows.push([C('二、上年结转政府信息公开申请数量', 3), ...vals('carriedOver')]);
  const span = template === 'F2021' ? 22 : 20;
  rows.push([C('三、本年度办理结果', 1, span), C('（一）予以公开', 2), ...vals('granted')]);
  rows.push([C('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2), ...vals('partial')]);
  const group = (label, list, prefix) =>
    list.forEach(([k, l], i) => rows.push([...(i === 0 ? [C(label, 1, list.length)] : []), C(l), ...vals(`${prefix}.${k}`)]));
  group('（三）不予公开', DENIED, 'denied');
  group('（四）无法提供', UNABLE, 'unable');
  group('（五）不予处理', NOTPROC, 'notProcessed');
  if (template === 'F2021') group('（六）其他处理', OTHER21, 'other');
  else rows.push([C('（六）其他处理', 2), ...vals('other')]);
  rows.push([C('（七）总计', 2), ...vals('totalProcessed')]);
  rows.push([C('四、结转下年度继续办理', 3), ...vals('carriedForward')]);
  return rows;
}

function reviewGrid(cells) {
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const g = (grp) => ['maintain', 'correct', 'other', 'pending', 'total'].map((c) => C(printed(cells[`review.${grp}.${c}`])));
  return [
    [C('行政复议', 5), C('行政诉讼', 10)],
    [...heads.map((h) => C(h, 1, 2)), C('未经复议直接起诉', 5), C('复议后起诉', 5)],
    [...heads.map((h) => C(h)), ...heads.map((h) => C(h))],
    [...g('review'), ...g('litDirect'), ...g('litAfterReview')],
  ];
}

/** Grid → text rows as a PDF-to-text tool with TAB cells writes them: a spanned cell fills its slots. */
function gridToTabLines(grid) {
  const width = Math.max(...grid.map((r) => r.reduce((s, c) => s + c.cs, 0)));
  const occupied = []; // occupied[row][col] by a rowspan from above
  const lines = [];
  grid.forEach((row, ri) => {
    occupied[ri] ??= [];
    const slots = [];
    let col = 0;
    for (const cell of row) {
      while (occupied[ri][col]) slots[col++] = '';
      slots[col] = cell.t;
      for (let k = 1; k < cell.cs; k++) slots[col + k] = '';
      for (let dr = 1; dr < cell.rs; dr++) {
        occupied[ri + dr] ??= [];
        for (let k = 0; k < cell.cs; k++) occupied[ri + dr][col + k] = true;
      }
      col += cell.cs;
    }
    while (col < width) slots[col++] = '';
    lines.push(slots.join('\t'));
  });
  return lines;
}

// ---------------------------------------------------------------- document model → renderings

/** The document as blocks: {h: heading} | {p: paragraph} | {table: grid}. */
function documentBlocks(r, cells) {
  const t = r.text(cells);
  const blocks = [{ title: r.title }];
  for (const p of t.preamble) blocks.push({ p });
  const sec = (h, paras, grid) => {
    blocks.push({ h });
    for (const p of paras ?? []) blocks.push({ p });
    if (grid) blocks.push({ table: grid });
  };
  sec(r.headings.overview ?? '一、总体情况', t.overview);
  sec(r.headings.active ?? '二、主动公开政府信息情况', t.active, activeGrid(r.template, cells, r.tableOpts));
  sec(r.headings.applications ?? '三、收到和处理政府信息公开申请情况', t.applications, applyGrid(r.template, cells, r.tableOpts));
  sec(r.headings.review ?? '四、政府信息公开行政复议、行政诉讼情况', t.review, reviewGrid(cells));
  sec(r.headings.problems, t.problems);
  sec(r.headings.other ?? '六、其他需要报告的事项', t.other);
  for (const p of t.closing ?? []) blocks.push({ p, right: true });
  if (r.blankText) for (const b of blocks) if (b.table) for (const row of b.table) for (const c of row) if (c.t === '') c.t = r.blankText;
  return blocks;
}

function renderTxt(blocks) {
  const out = [];
  for (const b of blocks) {
    if (b.title) out.push(b.title);
    else if (b.h) out.push(b.h);
    else if (b.p) out.push(b.p);
    else if (b.table) out.push(gridToTabLines(b.table).join('\n'));
  }
  return '\n' + out.join('\n\n') + '\n';
}

/** A scraped page: a header block, then the whole body on one line, table cells joined by spaces. */
function renderOneLine(blocks, meta) {
  const body = blocks
    .filter((b) => !b.title)
    .map((b) => (b.table ? b.table.flat().map((c) => c.t).filter((x) => x !== '').join(' ') : b.h ?? b.p))
    .join(' ');
  return [
    `标题: ${meta.title}`,
    `发布时间: ${meta.published}`,
    '文号: ',
    `发布机构: ${meta.publisher ?? ''}`,
    '栏目: 政府信息公开年报',
    `原文链接: ${meta.url}`,
    '==================== 正文 ====================',
    body,
    '',
  ].join('\n');
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Word-exported HTML splits runs: Latin digits get their own span, long runs break mid-phrase. */
function wordRuns(s) {
  const parts = s.split(/([0-9][0-9,.%]*)/).filter((x) => x !== '');
  return parts
    .map((x) =>
      /^[0-9]/.test(x)
        ? `<span lang="EN-US" style="font-family:'Times New Roman';font-size:16.0pt">${esc(x)}</span>`
        : x.length > 12
          ? `<span style="font-family:仿宋_GB2312;font-size:16.0pt">${esc(x.slice(0, 7))}</span><span style="font-family:仿宋_GB2312;font-size:16.0pt">${esc(x.slice(7))}</span>`
          : `<span style="font-family:仿宋_GB2312;font-size:16.0pt">${esc(x)}</span>`,
    )
    .join('');
}

function gridHtml(grid, word) {
  const rows = grid.map(
    (row) =>
      '<tr>' +
      row
        .map((c) => {
          const a = `${c.cs > 1 ? ` colspan="${c.cs}"` : ''}${c.rs > 1 ? ` rowspan="${c.rs}"` : ''}`;
          const inner = c.t === '' ? (word ? '<p class="MsoNormal" align="center"><span lang="EN-US">&nbsp;</span></p>' : '&nbsp;') : word ? `<p class="MsoNormal" align="center">${wordRuns(c.t)}</p>` : esc(c.t);
          return `<td${a} valign="center">${inner}</td>`;
        })
        .join('') +
      '</tr>',
  );
  return `<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function renderHtml(blocks, opts) {
  const word = !!opts.word;
  const body = blocks
    .map((b) => {
      if (b.title) return `<h1 class="article-title">${esc(b.title)}</h1>\n<div class="article-info">发布时间：${opts.published}　来源：${esc(opts.publisher)}　浏览次数：<span id="hits">1286</span>　【字体：大 中 小】</div>`;
      if (b.h) return word ? `<p class="MsoNormal" style="text-indent:32.0pt"><b>${wordRuns(b.h)}</b></p>` : `<p style="text-indent:2em"><strong>${esc(b.h)}</strong></p>`;
      if (b.p) return word ? `<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"${b.right ? ' align="right"' : ''}>${wordRuns(b.p)}</p>` : `<p style="text-indent:2em"${b.right ? ' align="right"' : ''}>${esc(b.p)}</p>`;
      return gridHtml(b.table, word);
    })
    .join('\n');
  const nav = opts.nav
    ? `<div class="header"><div class="logo">${esc(opts.publisher)}</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/xxgk/">政府信息公开</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; <a href="/xxgk/nb/">政府信息公开年报</a></div>
<table class="xxgk-meta"><tr><td>索引号：</td><td>${opts.indexNo}</td><td>发布机构：</td><td>${esc(opts.publisher)}</td></tr><tr><td>主题分类：</td><td>政府信息公开年报</td><td>成文日期：</td><td>${opts.published}</td></tr></table>\n`
    : '';
  const side = opts.nav
    ? `\n<div class="related"><h3>相关阅读</h3><ul>${opts.related.map((x) => `<li><a href="#">${esc(x)}</a></li>`).join('')}</ul></div>
<div class="footer">主办单位：${esc(opts.publisher)}　网站标识码：${opts.siteCode}　备案号：湘ICP备05001234号-1<br>地址：${esc(opts.address)}　联系电话：0731-8888${opts.siteCode.slice(-4)}</div>`
    : '';
  const charset = opts.encoding === 'gbk' ? 'gb2312' : 'utf-8';
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />
<title>${esc(opts.pageTitle)}</title>
<style>.nav li{display:inline}</style>
<script type="text/javascript">var _hits = "document.write('浏览次数')";</script>
</head><body>
${nav}<div class="article">
${body}
</div>${side}
</body></html>
`;
}

/** Plain HTML for LibreOffice (PDF/DOCX): no site chrome, page size A4, a table per block. */
function renderPrintHtml(blocks) {
  const body = blocks
    .map((b) => {
      if (b.title) return `<p align="center" style="font-size:18pt"><b>${esc(b.title)}</b></p>`;
      if (b.h) return `<p><b>${esc(b.h)}</b></p>`;
      if (b.p) return `<p${b.right ? ' align="right"' : ''}>${esc(b.p)}</p>`;
      return gridHtml(b.table, false).replace('<table ', '<table width="100%" ');
    })
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC";font-size:11pt} td{font-size:9pt}</style></head><body>\n${body}\n</body></html>\n`;
}

// ---------------------------------------------------------------- gold

function goldOf(r, cells) {
  const g = {
    report_id: r.id,
    organ: r.organ,
    year: r.year,
    template: r.template,
    ...(r.level ? { level: r.level } : {}),
    sections: ['overview', 'active', 'applications', 'review', 'problems', 'other'],
    cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, numeric(v)])),
    ...(r.cellsMode ? { cells_mode: r.cellsMode } : {}),
    findings: r.findings,
    not_findings: r.notFindings,
    problems: r.problems,
  };
  if (r.note) g.note = r.note;
  return g;
}

// ---------------------------------------------------------------- main

function soffice(html, ext, work) {
  const src = path.join(work, 'doc.html');
  writeFileSync(src, html);
  const filter = ext === 'pdf' ? 'pdf:writer_pdf_Export:{"EmbedStandardFonts":{"type":"boolean","value":"false"}}' : 'docx:MS Word 2007 XML';
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--infilter=HTML (StarWriter)', '--convert-to', filter, '--outdir', work, src], {
    stdio: 'ignore',
  });
  return path.join(work, `doc.${ext}`);
}

function main() {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(GOLD, { recursive: true });
  for (const f of readdirSync(OUT)) unlinkSync(path.join(OUT, f));
  for (const f of readdirSync(GOLD)) unlinkSync(path.join(GOLD, f));
  const work = mkdtempSync(path.join(tmpdir(), 'unseen-'));
  try {
    for (const r of REPORTS) {
      const cells = reportCells(r);
      const blocks = documentBlocks(r, cells);
      const base = path.join(OUT, r.id);
      switch (r.route) {
        case 'txt':
          writeFileSync(`${base}.txt`, (r.postText ?? ((x) => x))(renderTxt(blocks)));
          break;
        case 'oneline':
          writeFileSync(`${base}.txt`, renderOneLine(blocks, r.page));
          break;
        case 'html': {
          const html = renderHtml(blocks, r.page);
          writeFileSync(`${base}.html`, r.page.encoding === 'gbk' ? iconv.encode(html, 'gbk') : html);
          break;
        }
        case 'pdf': {
          const pdf = soffice(renderPrintHtml(blocks), 'pdf', work);
          execFileSync('qpdf', ['--object-streams=generate', '--recompress-flate', '--compression-level=9', pdf, `${base}.pdf`]);
          break;
        }
        case 'docx':
          copyFileSync(soffice(renderPrintHtml(blocks), 'docx', work), `${base}.docx`);
          break;
        default:
          throw new Error(`unknown route ${r.route}`);
      }
      writeFileSync(path.join(GOLD, `${r.id}.json`), JSON.stringify(goldOf(r, cells), null, 1) + '\n');
      console.log(`${r.id}\t${r.route}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
