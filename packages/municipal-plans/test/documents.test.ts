import { describe, expect, it } from 'vitest';
import { renderHtml, renderMarkdown, type PlanDocument } from '../src/index.js';

const hostile: PlanDocument = {
  lang: 'fi',
  title: '<script>alert(1)</script> & "otsikko"',
  blocks: [
    {
      type: 'paragraph',
      text: [
        'Teksti ',
        { text: 'linkki', href: 'javascript:alert(1)' },
        ' ja ',
        { text: 'turvallinen', href: 'https://esimerkkila.example.fi/?a=1&b=2' },
      ],
    },
    { type: 'list', items: ['*lihava* _kursiivi_ [linkki](https://x.fi) <b>html</b>'] },
    {
      type: 'table',
      caption: 'Taulukko | putki',
      head: ['A|B', 'C'],
      rows: [['rivi\nkaksi', '<img src=x onerror=alert(1)>']],
      rowHeaders: true,
    },
  ],
};

describe('renderHtml / renderMarkdown: content never becomes markup', () => {
  it('HTML escapes text and attributes and drops links outside https and mailto', () => {
    const html = renderHtml(hostile);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;otsikko&quot;</title>');
    expect(html).toContain('<a href="https://esimerkkila.example.fi/?a=1&amp;b=2">turvallinen</a>');
    expect(html).toContain('<th scope="row">rivi\nkaksi</th>');
    expect(html).toContain('<caption>Taulukko | putki</caption>');
  });

  it('Markdown escapes emphasis, links, HTML and table pipes; a line break inside a cell cannot break the table', () => {
    const md = renderMarkdown(hostile);
    expect(md).toContain('\\*lihava\\* \\_kursiivi\\_ \\[linkki\\](https://x.fi) \\<b\\>html\\</b\\>');
    expect(md).toContain('| A\\|B | C |');
    expect(md).toContain('| rivi kaksi | \\<img src=x onerror=alert(1)\\> |');
    expect(md).not.toContain('](<javascript:');
    expect(md).toContain('[turvallinen](<https://esimerkkila.example.fi/?a=1&b=2>)');
  });
});
