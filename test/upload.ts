// Test helpers: a multipart upload carrying the agent's session cookie and, like the browser
// form, the CSRF token in the action URL; a download of raw bytes with the agent's session.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { load } from 'cheerio';
import type { Agent, Page } from './harness.js';

/** The agent's session and CSRF cookies as one Cookie header. */
const cookieOf = (agent: Agent): string => ['bredvid_sid', 'bredvid_csrf'].filter((n) => agent.hasCookie(n)).map((n) => `${n}=${agent.cookie(n)}`).join('; ');

export interface UploadFile { name: string; content: Buffer; type?: string }

export async function upload(app: FastifyInstance, agent: Agent, url: string, fields: Record<string, string>, file?: UploadFile, opts: { csrf?: string | null } = {}): Promise<Page> {
  const boundary = `----bredvid${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`));
    chunks.push(file.content, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  const csrf = opts.csrf === undefined ? agent.csrf : opts.csrf;
  const target = csrf === null ? url : `${url}?_csrf=${encodeURIComponent(csrf)}`;
  const cookie = cookieOf(agent);
  const res = await app.inject({ method: 'POST', url: target, payload: Buffer.concat(chunks), headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` } });
  return { status: res.statusCode, headers: res.headers, body: res.body, $: load(res.body), location: res.headers.location as string | undefined };
}

/** A GET returning the raw bytes (downloads), with the agent's session. */
export async function download(app: FastifyInstance, agent: Agent, url: string) {
  return app.inject({ method: 'GET', url, headers: { cookie: cookieOf(agent) } });
}
