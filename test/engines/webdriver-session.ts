/** The few commands of W3C WebDriver (classic, over HTTP) the scenario uses, against one driver process. */
export class WebDriverSession {
  private constructor(
    private readonly base: string,
    private readonly id: string,
  ) {}

  static async start(driverUrl: string, capabilities: object): Promise<WebDriverSession> {
    const created = await command<{ sessionId: string }>('POST', `${driverUrl}/session`, { capabilities: { alwaysMatch: capabilities } });
    return new WebDriverSession(driverUrl, created.sessionId);
  }

  navigate = (url: string) => this.send('POST', '/url', { url });
  refresh = () => this.send('POST', '/refresh', {});
  setWindowSize = (width: number, height: number) => this.send('POST', '/window/rect', { width, height });
  screenshot = () => this.send<string>('GET', '/screenshot');
  end = () => this.send('DELETE', '');

  /** Runs `body` (statements; the last argument is the callback) and resolves with what it passed back. */
  executeAsync<T>(body: string, args: unknown[] = []): Promise<T> {
    return this.send<T>('POST', '/execute/async', { script: body, args });
  }

  private send<T>(method: string, path: string, body?: object): Promise<T> {
    return command<T>(method, `${this.base}/session/${this.id}${path}`, body);
  }
}

async function command<T>(method: string, url: string, body?: object): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (!response.ok) throw new Error(`WebDriver ${method} ${new URL(url).pathname}: ${answer.value.error}: ${answer.value.message}`);
  return answer.value;
}
