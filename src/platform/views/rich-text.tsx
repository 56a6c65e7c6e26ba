// Staff-written text rendered safely: paragraphs separated by blank lines, '## ' headings,
// '- ' list items and [links](https://…). Everything is escaped; only http(s), mailto and
// tel links and site-relative paths become anchors.
import { escapeHtml } from '@kitajs/html';

const SAFE_URL = /^(https?:\/\/|mailto:|tel:|\/(?!\/))/i;

function inline(text: string): string {
  let out = '';
  let last = 0;
  const re = /\[([^\]\n]{1,200})\]\(([^)\s]{1,500})\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out += escapeHtml(text.slice(last, m.index));
    out += SAFE_URL.test(m[2]) ? `<a href="${escapeHtml(m[2])}">${escapeHtml(m[1])}</a>` : escapeHtml(m[0]);
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/** HTML string for the tiny markup; headings start at the given level. */
export function richTextHtml(text: string, headingLevel = 2): string {
  const blocks = text.replace(/\r\n/g, '\n').split(/\n{2,}/).map((b) => b.trim()).filter(Boolean);
  const html: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    if (lines.every((l) => l.startsWith('- '))) {
      html.push(`<ul>${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join('')}</ul>`);
    } else if (lines[0].startsWith('## ')) {
      html.push(`<h${headingLevel}>${inline(lines[0].slice(3))}</h${headingLevel}>`);
      if (lines.length > 1) html.push(richTextHtml(lines.slice(1).join('\n'), headingLevel));
    } else {
      html.push(`<p>${lines.map(inline).join('<br>')}</p>`);
    }
  }
  return html.join('');
}

export function RichText({ text, headingLevel }: { text: string; headingLevel?: number }) {
  // richTextHtml escapes every piece of user text itself.
  const html = richTextHtml(text, headingLevel ?? 2);
  return <div class="rich-text">{html as 'safe'}</div>;
}
