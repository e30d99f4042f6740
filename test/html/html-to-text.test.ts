/** HTML → paragraphs: block boundaries, spaces, dropped markup, the article body of a whole page. */
import { describe, expect, it } from 'vitest';
import { htmlToText, isWholePage } from '../../src/html/html-to-text.js';
import { extract, type PdxDocument } from '../../src/index.js';

const paragraphTexts = (doc: PdxDocument): string[] => doc.paragraphs.map(([start, end]) => doc.plainText.slice(start, end));
const clauseSummary = (doc: PdxDocument): string[] => doc.clauses.map((c) => `${c.speaker}${c.cue}，${c.text}`);

describe('paragraphs', () => {
  it('ends a paragraph at <p>, <div> and <br>', () => {
    const doc = extract('<p>第一段文字。</p><div>第二段文字。<br>第三段文字。</div><p>第四段<span>文字</span>。</p>');
    expect(doc.source.format).toBe('html');
    expect(doc.plainText).toBe('第一段文字。\n第二段文字。\n第三段文字。\n第四段文字。');
    expect(doc.paragraphs).toEqual([
      [0, 6],
      [7, 13],
      [14, 20],
      [21, 27],
    ]);
  });

  it('drops empty blocks (<div>&nbsp;</div>) instead of making empty paragraphs', () => {
    const doc = extract('<div>甲段落内容。</div><div>&nbsp;</div><div>　</div><div>乙段落内容。</div>');
    expect(paragraphTexts(doc)).toEqual(['甲段落内容。', '乙段落内容。']);
  });

  it('normalises &nbsp; and U+3000 indents away and inner runs to one space', () => {
    const doc = extract('<p>&nbsp;&nbsp;　　会议指出，要加强\u3000防汛&#160;&#160;工作。　</p>');
    expect(doc.plainText).toBe('会议指出，要加强 防汛 工作。');
    expect(doc.clauses.map((c) => c.text)).toEqual(['要加强 防汛 工作。']);
  });

  it('drops script, style and form controls', () => {
    const doc = extract(
      '<p>会议指出，要加强防汛工作。</p><script>var s = "会议强调，要注意";</script><style>p { color: red }</style>' +
        '<form><button>会议要求，提交</button></form><p>会议结束。</p>',
    );
    expect(doc.plainText).toBe('会议指出，要加强防汛工作。\n会议结束。');
    expect(clauseSummary(doc)).toEqual(['会议指出，要加强防汛工作。']);
  });

  it('ends the article at a related-news heading inside the body', () => {
    const doc = extract('<p>会议指出，要加强防汛工作，确保安全度汛。</p><p>相关新闻：</p><p><a href="/a">市政府常务会议强调，要全力做好防汛工作</a></p>');
    expect(doc.plainText).toBe('会议指出，要加强防汛工作，确保安全度汛。');
    expect(clauseSummary(doc)).toEqual(['会议指出，要加强防汛工作，确保安全度汛。']);
  });

  it('tells a whole page from a fragment', () => {
    expect(isWholePage('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true);
    expect(isWholePage('<p>会议指出，要加强防汛工作。</p>')).toBe(false);
  });

  it('returns paragraphs and meta from htmlToText', () => {
    const result = htmlToText('<html><head><meta name="PubDate" content=" 2025-04-02 "></head><body><div><p>一段。</p><p>二段。</p></div></body></html>');
    expect(result.paragraphs.map((p) => p.trim())).toEqual(['一段。', '二段。']);
    expect(result.meta['PubDate']).toBe('2025-04-02');
  });
});

const PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>区政府召开常务会议_青山区人民政府</title></head>
<body>
<div class="nav"><a href="/">首页</a><a href="/news">新闻中心</a><a href="/gov">政务公开</a></div>
<div class="main">
  <h1>区政府召开常务会议</h1>
  <div class="article">
    <p>4月2日，区长刘志远主持召开区政府常务会议，研究部署近期重点工作。</p>
    <p>会议指出，城市更新是推动城市高质量发展的重要抓手，事关群众切身利益，必须切实加以推进，各部门要密切配合、形成合力。</p>
    <p>会议要求，要扎实有序推进今年城市更新各项工作，确保按期完成年度目标任务，坚决守住安全底线。</p>
  </div>
</div>
<div class="sidebar"><h3>相关新闻</h3><ul>
  <li><a href="/a1">市政府常务会议强调，要全力做好防汛工作</a></li>
  <li><a href="/a2">全区安全生产会议强调，要压实各方责任</a></li>
  <li><a href="/a3">会议要求，加快推进重点项目建设进度</a></li>
</ul></div>
<div class="footer">版权所有：青山区人民政府　备案号：京ICP备00000000号</div>
</body></html>`;

describe('whole pages', () => {
  it('reads the article body and gives no clause from a sidebar of related-news links', () => {
    const doc = extract(PAGE);
    expect(doc.title).toBe('区政府召开常务会议');
    expect(clauseSummary(doc)).toEqual([
      '会议指出，城市更新是推动城市高质量发展的重要抓手，事关群众切身利益，必须切实加以推进，各部门要密切配合、形成合力。',
      '会议要求，要扎实有序推进今年城市更新各项工作，确保按期完成年度目标任务，坚决守住安全底线。',
    ]);
    expect(doc.plainText).not.toContain('防汛');
    expect(doc.plainText).not.toContain('首页');
    expect(doc.plainText).not.toContain('版权所有');
  });

  it('takes the body from a selector when given one', () => {
    const page = `<html><body>
      <div id="other"><p>会议指出，这是另一篇报道的内容，篇幅很长很长，足以让按文字密度找正文的规则选中它，而不是用户想要的那一块内容。</p></div>
      <div id="main"><p>会议强调，要做好防汛工作。</p></div>
    </body></html>`;
    const picked = extract(page, { selector: '#main' });
    expect(picked.plainText).toBe('会议强调，要做好防汛工作。');
    expect(clauseSummary(picked)).toEqual(['会议强调，要做好防汛工作。']);
    expect(picked.warnings).toEqual([]);

    const guessed = extract(page);
    expect(clauseSummary(guessed)[0]).toMatch(/^会议指出，这是另一篇报道的内容/);
  });

  it('warns SELECTOR_NO_MATCH and falls back to the built-in rules when the selector matches nothing', () => {
    const doc = extract('<html><body><div id="x"><p>会议强调，要做好防汛工作。</p></div></body></html>', { selector: '#nope' });
    expect(doc.warnings.map((w) => w.code)).toEqual(['SELECTOR_NO_MATCH']);
    expect(clauseSummary(doc)).toEqual(['会议强调，要做好防汛工作。']);
  });

  it('prefers a known CMS container (.TRS_Editor) to the rest of the page', () => {
    const page = `<html><body><div class="links"><p>会议强调，这一段在正文容器之外，不应当被当作正文读取出来，即使它也很长很长很长很长。</p></div>
      <div class="TRS_Editor"><p>会议指出，要加强防汛工作，确保全区安全度汛，切实保障人民群众生命财产安全，坚决守住底线。</p></div></body></html>`;
    const doc = extract(page);
    expect(doc.plainText).toBe('会议指出，要加强防汛工作，确保全区安全度汛，切实保障人民群众生命财产安全，坚决守住底线。');
  });
});
