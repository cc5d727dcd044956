import { renderBody } from './lesson-fixture';

describe('renderLesson › ordinary Markdown', () => {
  it('keeps the H1 and gives every heading a readable id, listing only ## and ### in the table of contents', () => {
    const result = renderBody('# What is IoT?\n\n## Sensors and actuators\n\n### How a sensor reads\n\n#### Detail\n');

    expect(result.html).toBe(
      '<h1 id="what-is-iot">What is IoT?</h1>\n' +
        '<h2 id="sensors-and-actuators">Sensors and actuators</h2>\n' +
        '<h3 id="how-a-sensor-reads">How a sensor reads</h3>\n' +
        '<h4 id="detail">Detail</h4>\n',
    );
    expect(result.headings).toEqual([
      { id: 'sensors-and-actuators', text: 'Sensors and actuators', level: 2 },
      { id: 'how-a-sensor-reads', text: 'How a sensor reads', level: 3 },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('renders emphasis, strikethrough and inline code', () => {
    const { html } = renderBody('Some **bold**, *slanted*, ~~outdated~~ and `mqtt.publish()` text.\n');

    expect(html).toBe(
      '<p>Some <strong>bold</strong>, <em>slanted</em>, <s>outdated</s> and <code>mqtt.publish()</code> text.</p>\n',
    );
  });

  it('renders tables with their column alignment as a text-align style', () => {
    const { html } = renderBody('| Sensor | Range | Price |\n| :--- | :---: | ---: |\n| DHT22 | -40..80 °C | 4 € |\n');

    expect(html).toContain('<th style="text-align:left">Sensor</th>\n<th style="text-align:center">Range</th>');
    expect(html).toContain('<td style="text-align:center">-40..80 °C</td>\n<td style="text-align:right">4 €</td>');
  });

  it('renders task lists as disabled checkboxes', () => {
    const { html } = renderBody('- [ ] Mount the sensor\n- [x] Flash the firmware\n');

    expect(html).toBe(
      '<ul class="contains-task-list">\n' +
        '<li class="task-list-item"><input class="task-list-item-checkbox" disabled type="checkbox" /> Mount the sensor</li>\n' +
        '<li class="task-list-item"><input class="task-list-item-checkbox" checked disabled type="checkbox" /> Flash the firmware</li>\n' +
        '</ul>\n',
    );
  });

  it('keeps ordered lists that start at another number', () => {
    const { html } = renderBody('3. Third step\n4. Fourth step\n');

    expect(html).toBe('<ol start="3">\n<li>Third step</li>\n<li>Fourth step</li>\n</ol>\n');
  });

  it('keeps the language of fenced code as a class and escapes the code', () => {
    const { html } = renderBody('```python\nif level > 3 and ok:\n    alert("<flood>")\n```\n');

    expect(html).toBe(
      '<pre><code class="language-python">if level &gt; 3 and ok:\n    alert("&lt;flood&gt;")\n</code></pre>\n',
    );
  });

  it('renders block quotes and horizontal rules', () => {
    const { html } = renderBody('> Measure twice.\n\n---\n');

    expect(html).toBe('<blockquote>\n<p>Measure twice.</p>\n</blockquote>\n<hr />\n');
  });

  it.each([
    ['note', 'Note'],
    ['tip', 'Tip'],
    ['warning', 'Warning'],
    ['important', 'Important'],
  ])('renders a :::%s admonition as a labelled box named %s', (kind, label) => {
    const { html, problems } = renderBody(`:::${kind}\nCheck the **battery**.\n:::\n`);

    expect(html).toBe(
      `<aside class="admonition admonition-${kind}" role="note" aria-label="${label}">` +
        `<p class="admonition-title">${label}</p>\n<p>Check the <strong>battery</strong>.</p>\n</aside>\n`,
    );
    expect(problems).toEqual([]);
  });

  it('uses the title written after the kind as the label, escaped', () => {
    const { html } = renderBody(':::warning Mains voltage & "wet" hands\nSwitch off first.\n:::\n');

    expect(html).toBe(
      '<aside class="admonition admonition-warning" role="note" aria-label="Mains voltage &amp; &quot;wet&quot; hands">' +
        '<p class="admonition-title">Mains voltage &amp; "wet" hands</p>\n<p>Switch off first.</p>\n</aside>\n',
    );
  });

  it('nests boxes when the outer one has more colons', () => {
    const { html, problems } = renderBody('::::note\nOuter.\n:::tip\nInner.\n:::\n::::\n');

    expect(html).toBe(
      '<aside class="admonition admonition-note" role="note" aria-label="Note"><p class="admonition-title">Note</p>\n' +
        '<p>Outer.</p>\n' +
        '<aside class="admonition admonition-tip" role="note" aria-label="Tip"><p class="admonition-title">Tip</p>\n' +
        '<p>Inner.</p>\n</aside>\n</aside>\n',
    );
    expect(problems).toEqual([]);
  });

  it('turns lesson links into lesson URLs and asset links into downloads', () => {
    const { html, asked } = renderBody(
      'Read [the next lesson](02-sensors.md#wiring "Sensors") and get [the data sheet](../assets/dht22.pdf).\n',
    );

    expect(html).toBe(
      '<p>Read <a href="/modules/iot/lessons/sensors#wiring" title="Sensors">the next lesson</a> and get ' +
        '<a href="/modules/iot/assets/dht22.pdf" download="">the data sheet</a>.</p>\n',
    );
    expect(asked).toEqual([
      { href: '02-sensors.md#wiring', kind: 'link', text: 'the next lesson', title: 'Sensors', line: 1 },
      { href: '../assets/dht22.pdf', kind: 'link', text: 'the data sheet', title: null, line: 1 },
    ]);
  });

  it('gives external links rel="noopener noreferrer" and lets mail links through', () => {
    const { html } = renderBody(
      'See [ETSI](https://www.etsi.org/technologies/internet-of-things) or [write](mailto:team@example.org).\n',
    );

    expect(html).toBe(
      '<p>See <a href="https://www.etsi.org/technologies/internet-of-things" rel="noopener noreferrer">ETSI</a> ' +
        'or <a href="mailto:team@example.org">write</a>.</p>\n',
    );
  });

  it('asks the resolver about absolute links too, and follows its answer', () => {
    const { html, asked, problems } = renderBody('[Old site](http://legacy.example.org/page)\n', {
      resolve: () => ({
        ok: false,
        code: 'link.blocked-host',
        message: 'Links to legacy.example.org are not allowed.',
      }),
    });

    expect(asked.map((target) => target.href)).toEqual(['http://legacy.example.org/page']);
    expect(html).toBe('<p>Old site</p>\n');
    expect(problems).toEqual([
      {
        file: 'lessons/01-intro.md',
        line: 1,
        column: 1,
        code: 'link.blocked-host',
        message: 'Links to legacy.example.org are not allowed.',
        severity: 'error',
      },
    ]);
  });

  it('uses the resolved image source, lazy loading and the alt text', () => {
    const { html, asked } = renderBody('![A gateway on a lamp post](../assets/gateway.png "Gateway")\n');

    expect(html).toBe(
      '<p><img src="/modules/iot/assets/gateway.png" alt="A gateway on a lamp post" title="Gateway" loading="lazy" /></p>\n',
    );
    expect(asked).toEqual([
      { href: '../assets/gateway.png', kind: 'image', text: 'A gateway on a lamp post', title: 'Gateway', line: 1 },
    ]);
  });

  it('keeps an empty alt on an image titled decorative, without a problem', () => {
    const { html, problems } = renderBody('![](../assets/divider.png "decorative")\n');

    expect(html).toBe(
      '<p><img src="/modules/iot/assets/divider.png" alt="" title="decorative" loading="lazy" /></p>\n',
    );
    expect(problems).toEqual([]);
  });

  it('percent-encodes the resolved target once, as markdown-it would', () => {
    const { html, asked } = renderBody('[plan](<../assets/floor plan.pdf>)\n', {
      resolve: (target) => ({ ok: true, href: `/files/${target.href.slice(10)}` }),
    });

    expect(asked[0]?.href).toBe('../assets/floor plan.pdf');
    expect(html).toBe('<p><a href="/files/floor%20plan.pdf">plan</a></p>\n');
  });
});
