import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { richTextHtml } from './rich-text.js';

const $of = (text: string) => load(`<div>${richTextHtml(text)}</div>`);

describe('rich text', () => {
  it('renders a list that follows a line of text without a blank line as a list', () => {
    const $ = $of('Vi erbjuder:\n- Stödsamtal\n- Anhöriggrupper\nRing oss gärna.');
    expect($('p').first().text()).toBe('Vi erbjuder:');
    expect($('ul li').map((_, e) => $(e).text()).get()).toEqual(['Stödsamtal', 'Anhöriggrupper']);
    expect($('p').last().text()).toBe('Ring oss gärna.');
    expect($.root().text()).not.toContain('- ');
  });

  it('keeps separate paragraphs, headings, lists and line breaks', () => {
    const $ = $of('## Så gör du\n- Ring\n- Skriv\n\nRad ett\nRad två\n\n- Ensam lista');
    expect($('h2').text()).toBe('Så gör du');
    expect($('ul').length).toBe(2);
    expect($('ul').first().find('li').length).toBe(2);
    expect($('p').html()).toBe('Rad ett<br>Rad två');
  });

  it('accepts indented list items and escapes everything', () => {
    const $ = $of('Text\n  - <b>fet</b>\n  - [länk](javascript:alert(1))');
    expect($('li').length).toBe(2);
    expect($('b').length).toBe(0);
    expect($('a').length).toBe(0);
    expect($('li').first().text()).toBe('<b>fet</b>');
  });
});
