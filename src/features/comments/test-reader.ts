/**
 * For tests only: a reader with a cookie jar and a source address, who fetches verification codes
 * (given a known answer, since nobody can read the image in a test) and sends comments through the
 * form (no script) or the JSON API, as a browser would.
 */
import type { LightMyRequestResponse } from 'fastify';
import type { TestNode } from '../../testing/harness.js';
import { CAPTCHA_COOKIE } from '../captcha/captcha.js';
import { CAPTCHA_API_URL, CAPTCHA_IMAGE_URL } from '../captcha/routes.js';
import { setCaptchaAnswer } from '../captcha/test-answers.js';
import { commentUrls } from './urls.js';

export const HOST = 'localhost';
export const SAME_ORIGIN = `http://${HOST}`;

export const GOOD = {
  name: 'Nguyễn Văn An',
  email: 'an.nguyen@example.vn',
  text: 'Đường liên xã đã được sửa xong.\nCảm ơn Ban biên tập!',
};

let ipCounter = 0;

export class TestReader {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly node: TestNode,
    /** Each reader gets its own address unless told, so rate limits do not mix between tests. */
    readonly ip = `198.51.100.${++ipCounter % 250}`,
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private absorb(res: LightMyRequestResponse): void {
    const raw = res.headers['set-cookie'];
    for (const line of Array.isArray(raw) ? raw : raw ? [raw] : []) {
      const pair = line.split(';')[0]!;
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  }

  async request(options: {
    method?: 'GET' | 'HEAD' | 'POST';
    url: string;
    headers?: Record<string, string>;
    payload?: string;
  }): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {
      host: HOST,
      ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
      ...options.headers,
    };
    // A header given as '' is one the request does not carry at all.
    for (const [k, v] of Object.entries(headers)) if (v === '') delete headers[k];
    const res = await this.node.app.inject({
      method: options.method ?? 'GET',
      url: options.url,
      remoteAddress: this.ip,
      headers,
      ...(options.payload !== undefined ? { payload: options.payload } : {}),
    });
    this.absorb(res);
    return res;
  }

  /** Loads the code image (as the article page does) and gives that code the answer. */
  async imageCode(answer = 'k7m4p'): Promise<string> {
    const res = await this.request({ url: CAPTCHA_IMAGE_URL });
    if (res.statusCode !== 200) throw new Error(`code image: ${res.statusCode}`);
    const token = this.cookies.get(CAPTCHA_COOKIE)!;
    await setCaptchaAnswer(this.node.services.database, token, answer);
    return token;
  }

  /** A code from the JSON endpoint (as the form's script does), with the answer set. */
  async apiCode(answer = 'k7m4p'): Promise<string> {
    const res = await this.request({ url: CAPTCHA_API_URL });
    const token = (res.json() as { id: string }).id;
    await setCaptchaAnswer(this.node.services.database, token, answer);
    return token;
  }

  postForm(
    articleId: number,
    fields: Record<string, string | string[]>,
    options: { lang?: 'vi' | 'en'; headers?: Record<string, string> } = {},
  ) {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) body.append(k, value);
    return this.request({
      method: 'POST',
      url: commentUrls.formPage(options.lang ?? 'vi', articleId),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: SAME_ORIGIN,
        ...options.headers,
      },
      payload: body.toString(),
    });
  }

  postApi(
    articleId: number,
    body: unknown,
    options: { query?: string; headers?: Record<string, string> } = {},
  ) {
    return this.request({
      method: 'POST',
      url: `${commentUrls.api(articleId)}${options.query ?? ''}`,
      headers: { 'content-type': 'application/json', origin: SAME_ORIGIN, ...options.headers },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  /** A valid comment through the form: a fresh code with a known answer, then the POST. */
  async comment(articleId: number, fields: Partial<typeof GOOD> = {}) {
    await this.imageCode('k7m4p');
    return this.postForm(articleId, { ...GOOD, ...fields, code: 'K7M4P' });
  }
}
