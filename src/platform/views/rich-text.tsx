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

/** Lines of one block as runs: consecutive '- ' lines form a list, other lines a paragraph. */
function runs(lines: string[]): { list: boolean; lines: string[] }[] {
  const out: { list: boolean; lines: string[] }[] = [];
  for (const line of lines) {
    const list = /^\s*- /.test(line);
    const text = list ? line.replace(/^\s*- /, '') : line;
    const last = out[out.length - 1];
    if (last && last.list === list) last.lines.push(text);
    else out.push({ list, lines: [text] });
  }
  return out;
}

/** HTML string for the tiny markup; headings start at the given level. A list may follow a
 *  line of text directly ("Vi erbjuder:" then "- …" lines) without a blank line between. */
export function richTextHtml(text: string, headingLevel = 2): string {
  const blocks = text.replace(/\r\n/g, '\n').split(/\n{2,}/).map((b) => b.trim()).filter(Boolean);
  const html: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').map((l) => l.trimEnd());
    if (lines[0].startsWith('## ')) {
      html.push(`<h${headingLevel}>${inline(lines[0].slice(3))}</h${headingLevel}>`);
      if (lines.length > 1) html.push(richTextHtml(lines.slice(1).join('\n'), headingLevel));
      continue;
    }
    for (const run of runs(lines)) {
      html.push(run.list
        ? `<ul>${run.lines.map((l) => `<li>${inline(l)}</li>`).join('')}</ul>`
        : `<p>${run.lines.map(inline).join('<br>')}</p>`);
    }
  }
  return html.join('');
}

export function RichText({ text, headingLevel }: { text: string; headingLevel?: number }) {
  // richTextHtml escapes every piece of user text itself.
  const html = richTextHtml(text, headingLevel ?? 2);
  return <div class="rich-text">{html as 'safe'}</div>;
}
