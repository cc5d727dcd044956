/**
 * A visitor of Tessera for the bench's set-up and its sequential requests: fetch with a cookie jar,
 * redirects not followed (a 303 is an answer, as it is for the load generator).
 */
import { encodeForm, inputValue } from './html-forms';

/** One answer, its body read. */
export interface Answer {
  status: number;
  contentType: string;
  location: string | undefined;
  body: string;
}

/** A visitor: anonymous until `register` succeeds; then it carries the session cookie. */
export class HttpSession {
  private readonly cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  /** The `Cookie` header this visitor sends (empty when anonymous). */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keep(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  private async request(path: string, init: RequestInit): Promise<Answer> {
    const cookie = this.cookieHeader();
    const headers = new Headers(init.headers);
    if (cookie !== '') headers.set('cookie', cookie);
    const response = await fetch(new URL(path, this.base), { ...init, headers, redirect: 'manual' });
    this.keep(response.headers);
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      location: response.headers.get('location') ?? undefined,
      body: await response.text(),
    };
  }

  /** GET a page. */
  get(path: string): Promise<Answer> {
    return this.request(path, { method: 'GET' });
  }

  /** POST a form. */
  post(path: string, fields: readonly [string, string][]): Promise<Answer> {
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    return this.request(path, { method: 'POST', headers, body: encodeForm(fields) });
  }

  /** Registers through the real form (GET, CSRF field and cookie, POST); throws with the reason if refused. */
  async register(name: string, email: string): Promise<void> {
    const page = await this.get('/register');
    const csrf = inputValue(page.body, '_csrf');
    if (page.status !== 200 || csrf === undefined) {
      throw new Error(`GET /register answered ${page.status} without a _csrf field`);
    }
    const password = 'bench-password-1234';
    const fields: [string, string][] = [
      ['_csrf', csrf],
      ['next', ''],
      ['name', name],
      ['email', email],
      ['password', password],
      ['confirm', password],
    ];
    const answer = await this.post('/register', fields);
    if (answer.status !== 303 && answer.status !== 302) {
      const why = /<[^>]*role="alert"[^>]*>([\s\S]{0,200})/.exec(answer.body)?.[1]?.replace(/<[^>]+>|\s+/g, ' ');
      throw new Error(`POST /register answered ${answer.status}${why ? `: ${why.trim()}` : ''}`);
    }
  }
}
