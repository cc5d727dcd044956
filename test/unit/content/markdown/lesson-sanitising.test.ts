import { sanitizeLessonHtml } from '../../../../src/content/markdown';
import { problemList, renderBody } from './lesson-fixture';

describe('renderLesson › untrusted Markdown', () => {
  it('shows a <script> element as text and warns about raw HTML', () => {
    const result = renderBody('Before <script>alert(1)</script> after.\n');

    expect(result.html).toBe('<p>Before &lt;script&gt;alert(1)&lt;/script&gt; after.</p>\n');
    expect(problemList(result)).toEqual(['1:8 warning lesson.raw-html']);
    expect(result.problems[0]?.message).toBe(
      '"<script>" is raw HTML, which lessons show as text instead of rendering: write it in Markdown, or put code in backticks.',
    );
  });

  it('shows an <img onerror> and a raw <iframe> block as text', () => {
    const result = renderBody('<img src=x onerror=alert(1)>\n\n<iframe src="https://evil.example/"></iframe>\n');

    expect(result.html).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt;</p>\n' +
        '<p>&lt;iframe src="https://evil.example/"&gt;&lt;/iframe&gt;</p>\n',
    );
    expect(problemList(result)).toEqual(['1:1 warning lesson.raw-html', '3:1 warning lesson.raw-html']);
  });

  it.each([
    ['javascript:', '[click](javascript:alert(1))'],
    ['mixed-case JaVaScRiPt:', '[click](JaVaScRiPt:alert(1))'],
    ['an entity-encoded j', '[click](&#106;avascript:alert(1))'],
    ['an entity-encoded colon', '[click](javascript&colon;alert(1))'],
    ['a tab entity inside the scheme', '[click](java&#9;script:alert(1))'],
    ['a raw tab inside the scheme', '[click](<java\tscript:alert(1)>)'],
    ['a percent-encoded tab inside the scheme', '[click](java%09script:alert(1))'],
    ['leading spaces in angle brackets', '[click](<  javascript:alert(1)>)'],
    ['data:', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['vbscript:', '[click](vbscript:msgbox(1))'],
    ['file:', '[click](file:///etc/passwd)'],
    ['a reference definition', '[click][evil]\n\n[evil]: javascript:alert(1)'],
  ])('drops a link using %s, keeps its text and warns without asking the resolver', (_label, markdown) => {
    const result = renderBody(`${markdown}\n`);

    expect(result.html).toBe('<p>click</p>\n');
    expect(problemList(result)).toEqual(['1:1 warning link.unsafe-scheme']);
    expect(result.asked).toEqual([]);
  });

  it('drops an autolink with an unsafe scheme, leaving its text', () => {
    const result = renderBody('Go <javascript:alert(1)> now.\n');

    expect(result.html).toBe('<p>Go javascript:alert(1) now.</p>\n');
    expect(problemList(result)).toEqual(['1:4 warning link.unsafe-scheme']);
  });

  it('replaces a data: image by its alt text and warns', () => {
    const result = renderBody('![A red dot](data:image/png;base64,iVBORw0KGgo=)\n');

    expect(result.html).toBe('<p>A red dot</p>\n');
    expect(problemList(result)).toEqual(['1:1 warning link.unsafe-scheme']);
  });

  it('escapes quotes and onerror= injected through image alt text and titles', () => {
    const result = renderBody('![x" onerror="alert(1)](../assets/a.png "t\\" onerror=\\"alert(2)")\n');

    expect(result.html).toBe(
      '<p><img src="/modules/iot/assets/a.png" alt="x&quot; onerror=&quot;alert(1)" ' +
        'title="t&quot; onerror=&quot;alert(2)" loading="lazy" /></p>\n',
    );
  });

  it('escapes quotes injected through link titles and heading text', () => {
    const result = renderBody('## Bad "><b onclick=x>id\n\n[x](https://example.org "a\\" onclick=\\"y")\n');

    expect(result.html).toBe(
      '<h2 id="bad-b-onclickxid">Bad "&gt;&lt;b onclick=x&gt;id</h2>\n' +
        '<p><a href="https://example.org" title="a&quot; onclick=&quot;y" rel="noopener noreferrer">x</a></p>\n',
    );
  });

  it('refuses a scheme the resolver returns, even if the resolver allowed it', () => {
    const result = renderBody('[x](02-next.md)\n', { resolve: () => ({ ok: true, href: 'javascript:alert(1)' }) });

    expect(result.html).toBe('<p>x</p>\n');
  });
});

describe('sanitizeLessonHtml', () => {
  it('removes script elements with their content', () => {
    expect(sanitizeLessonHtml('<p>ok</p><script>alert(1)</script>')).toBe('<p>ok</p>');
  });

  it('removes event handlers and forces lazy loading on images', () => {
    expect(sanitizeLessonHtml('<img src="a.png" alt="A" onerror="alert(1)" loading="eager">')).toBe(
      '<img src="a.png" alt="A" loading="lazy" />',
    );
  });

  it('removes iframes, forms, SVG and unknown elements, keeping harmless text', () => {
    expect(
      sanitizeLessonHtml(
        '<iframe src="https://evil.example/"></iframe><form action="/x"><button>Send</button></form><svg><a href="x">s</a></svg>',
      ),
    ).toBe('Send<a href="x">s</a>');
  });

  it.each([
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="java&#9;script:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href=" &#x6A;avascript&colon;alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
  ])('removes an unsafe href from %s', (html) => {
    expect(sanitizeLessonHtml(html)).toBe('<a>x</a>');
  });

  it('removes a data: image source', () => {
    expect(sanitizeLessonHtml('<img src="data:image/png;base64,AAAA" alt="dot">')).toBe(
      '<img alt="dot" loading="lazy" />',
    );
  });

  it('removes style attributes, keeping only text-align on table cells', () => {
    expect(
      sanitizeLessonHtml(
        '<p style="color:red">a</p><table><tr><td style="text-align:center;background:url(x)">b</td>' +
          '<th style="position:fixed">c</th></tr></table>',
      ),
    ).toBe('<p>a</p><table><tr><td style="text-align:center">b</td><th>c</th></tr></table>');
  });

  it('keeps only allowed classes, roles and rel values', () => {
    expect(
      sanitizeLessonHtml(
        '<aside class="admonition admonition-tip overlay" role="alertdialog" aria-label="Tip">t</aside>' +
          '<a href="https://example.org" rel="noopener opener" target="_blank">x</a><code class="language-js evil">c</code>',
      ),
    ).toBe(
      '<aside class="admonition admonition-tip" aria-label="Tip">t</aside>' +
        '<a href="https://example.org" rel="noopener">x</a><code class="language-js">c</code>',
    );
  });

  it('keeps only disabled checkboxes among inputs', () => {
    expect(sanitizeLessonHtml('<input type="text" value="x"><input type="checkbox" checked>')).toBe(
      '<input type="checkbox" checked disabled />',
    );
  });
});
