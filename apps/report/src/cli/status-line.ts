/** A line of progress on a terminal: redrawn in place, at most every 100 ms, and cleared at the end. */
export class StatusLine {
  readonly #write: (text: string) => void;
  #shown = false;
  #drawnAt = 0;

  /** `write` is the terminal's stream; with `enabled` false nothing is ever written. */
  constructor(write: (text: string) => void, enabled: boolean) {
    this.#write = enabled ? write : () => {};
  }

  /** Shows `text` in place of the line before (skipped if that was drawn under 100 ms ago). */
  show(text: string): void {
    const now = performance.now();
    if (this.#shown && now - this.#drawnAt < 100) return;
    this.#write(`\r\x1b[K${text}`);
    this.#shown = true;
    this.#drawnAt = now;
  }

  /** Removes the line, so that what is written next starts a clean line. */
  clear(): void {
    if (!this.#shown) return;
    this.#write('\r\x1b[K');
    this.#shown = false;
  }
}

/** `12,000 of 60,588` */
export function countOf(done: number, of: number, about = false): string {
  const f = (n: number) => n.toLocaleString('en-US');
  return `${f(done)} of ${about ? 'about ' : ''}${f(of)}`;
}
