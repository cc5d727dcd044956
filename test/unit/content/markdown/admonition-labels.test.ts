import { renderLesson } from '../../../../src/content/markdown';

const render = (markdown: string, language?: string) =>
  renderLesson(markdown, {
    file: 'lessons/01-intro.md',
    firstLine: 1,
    resolveLink: (t) => ({ ok: true, href: t.href }),
    ...(language === undefined ? {} : { language }),
  })
    .segments.map((s) => (s.kind === 'html' ? s.html : ''))
    .join('');

describe('admonition labels in the language of the text', () => {
  it.each([
    ['el', 'note', 'Σημείωση'],
    ['bg', 'warning', 'Внимание'],
    ['eu', 'tip', 'Aholkua'],
    ['es', 'important', 'Importante'],
    ['it', 'tip', 'Suggerimento'],
  ])('a %s lesson labels :::%s as "%s" (box and accessible name)', (language, kind, label) => {
    const html = render(`:::${kind}\nText.\n:::\n`, language);
    expect(html).toContain(`aria-label="${label}"><p class="admonition-title">${label}</p>`);
  });

  it('English by default and for languages without names; an author title always wins', () => {
    expect(render(':::note\nText.\n:::\n')).toContain('<p class="admonition-title">Note</p>');
    expect(render(':::note\nText.\n:::\n', 'fr')).toContain('<p class="admonition-title">Note</p>');
    expect(render(':::tip Δοκιμάστε το\nText.\n:::\n', 'el')).toContain('<p class="admonition-title">Δοκιμάστε το</p>');
  });
});
