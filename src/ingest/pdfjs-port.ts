/**
 * The link between pdf.js's two halves when both run in this thread, for the pipeline's documents.
 *
 * pdf.js's own same-thread link (LoopbackPort, its "fake worker") structure-clones every message,
 * as a real worker's postMessage would: every text item and every operator of a page is
 * serialized and rebuilt, for the other half of the same thread — a tenth of a Word/WPS report's
 * time. This port hands the objects over instead. What a clone protected against is the sender
 * changing a message after sending it, and pdf.js does that in one place: a stream chunk (a page's
 * text items, its operators) whose object it reuses (`items` replaced) or whose arrays it empties
 * (`fnArray.length = 0`) for the next chunk. So a chunk is copied one level down — its object and
 * its arrays — and the rest (items, operator arguments, fonts, replies) is shared; both halves
 * only read what the other sent, and buffers pdf.js transfers it never touches again.
 *
 * test/ingest/pdfjs-text-worker.test.ts checks that every PDF here reads the same through this
 * port and the derived worker as through pdf.js's own worker and link.
 */

type Listener = (this: SameThreadPort, event: { data: unknown }) => void;

/** A stream chunk as the receiver must see it: the chunk object and its arrays as they were sent. */
function snapshot(message: unknown): unknown {
  if (typeof message !== 'object' || message === null || !('chunk' in message)) return message;
  const { chunk } = message as { chunk: unknown };
  if (typeof chunk !== 'object' || chunk === null) return message;
  if (Array.isArray(chunk)) return { ...message, chunk: chunk.slice() };
  const copy: Record<string, unknown> = { ...(chunk as Record<string, unknown>) };
  for (const key of Object.keys(copy)) if (Array.isArray(copy[key])) copy[key] = (copy[key] as unknown[]).slice();
  return { ...message, chunk: copy };
}

/** LoopbackPort's interface and delivery (after the sender's synchronous code, in order), without
 *  the structured clone. */
export class SameThreadPort {
  readonly #listeners = new Map<Listener, (() => void) | null>();
  #deferred: Promise<void> = Promise.resolve();

  postMessage(message: unknown): void {
    const event = { data: snapshot(message) };
    void this.#deferred.then(() => {
      for (const [listener] of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal }): void {
    let unhook: (() => void) | null = null;
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted) return;
      const onAbort = (): void => this.removeEventListener(_type, listener);
      unhook = () => signal.removeEventListener('abort', onAbort);
      signal.addEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, unhook);
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const [, unhook] of this.#listeners) unhook?.();
    this.#listeners.clear();
  }
}
