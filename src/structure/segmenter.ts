/**
 * One word segmenter for all pipeline workers. nodejieba keeps its dictionary per thread, twice
 * (its keyword extractor loads a second copy): ~80 MB per worker even trimmed. So a run with
 * worker threads loads it once, in a segmenter thread, and the workers' `segment` calls reach it
 * synchronously through shared memory (Atomics): the pipeline's stages stay synchronous, and the
 * words are exactly those of a local nodejieba.
 *
 * A channel per worker: the worker writes its text into shared memory, marks the request and rings
 * a bell shared by all channels, then waits; the segmenter thread, woken by the bell, answers every
 * pending request (word lengths + words) and wakes the worker.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** Control words of a channel. */
const STATE = 0;
const LEN = 1;
const CHARS = 2;
/** STATE values. */
const IDLE = 0;
const REQUEST = 1;
const ANSWER = 2;
const FAILED = 3;
/** The bell: [0] rung (incremented) on every request or new channel, [1] set to 1 to stop. */
const RING = 0;
const STOP = 1;

/** Longest text sent at once (characters); a longer one goes in pieces cut after a line break. */
export const CHANNEL_CAPACITY = 1 << 20;
/** How long a worker waits for an answer before calling the segmenter dead. */
const ANSWER_TIMEOUT_MS = 60_000;

/** Shared memory of one worker's channel (structured-clone friendly: only SharedArrayBuffers). */
export interface SegmenterChannel {
  bell: SharedArrayBuffer;
  control: SharedArrayBuffer;
  /** Request: the text, UTF-16. */
  text: SharedArrayBuffer;
  /** Answer: the words one after the other, UTF-16, and their lengths. */
  words: SharedArrayBuffer;
  lengths: SharedArrayBuffer;
  capacity: number;
}

export function isSegmenterChannel(x: unknown): x is SegmenterChannel {
  return typeof x === 'object' && x !== null && (x as SegmenterChannel).control instanceof SharedArrayBuffer;
}

function newChannel(bell: SharedArrayBuffer, capacity: number): SegmenterChannel {
  return {
    bell,
    control: new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT),
    text: new SharedArrayBuffer(capacity * 2),
    words: new SharedArrayBuffer(capacity * 2),
    lengths: new SharedArrayBuffer(capacity * Int32Array.BYTES_PER_ELEMENT),
    capacity,
  };
}

/** Pieces of at most `capacity` characters, each ending after a line break where one exists
 *  (jieba never joins words across a line break, so the words are the same). */
export function piecesOf(text: string, capacity: number): string[] {
  const pieces: string[] = [];
  let from = 0;
  while (text.length - from > capacity) {
    const cut = text.lastIndexOf('\n', from + capacity - 1);
    const end = cut >= from ? cut + 1 : from + capacity;
    pieces.push(text.slice(from, end));
    from = end;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** The worker side: a `cut` that asks the segmenter thread. */
export function remoteCut(channel: SegmenterChannel): (text: string) => string[] {
  const control = new Int32Array(channel.control);
  const bell = new Int32Array(channel.bell);
  const textBuffer = Buffer.from(channel.text);
  const wordsBuffer = Buffer.from(channel.words);
  const lengths = new Int32Array(channel.lengths);
  const once = (text: string): string[] => {
    textBuffer.write(text, 0, 'utf16le');
    Atomics.store(control, LEN, text.length);
    Atomics.store(control, STATE, REQUEST);
    Atomics.add(bell, RING, 1);
    Atomics.notify(bell, RING);
    while (Atomics.load(control, STATE) === REQUEST) {
      if (Atomics.wait(control, STATE, REQUEST, ANSWER_TIMEOUT_MS) === 'timed-out') {
        throw new Error('word segmenter thread does not answer');
      }
    }
    const state = Atomics.load(control, STATE);
    Atomics.store(control, STATE, IDLE);
    if (state !== ANSWER) throw new Error('word segmenter failed on this text');
    const n = Atomics.load(control, LEN);
    const joined = wordsBuffer.toString('utf16le', 0, Atomics.load(control, CHARS) * 2);
    const words = new Array<string>(n);
    let at = 0;
    for (let i = 0; i < n; i++) {
      const len = lengths[i]!;
      words[i] = joined.slice(at, at + len);
      at += len;
    }
    return words;
  };
  return (text) => {
    if (text.length <= channel.capacity) return once(text);
    return piecesOf(text, channel.capacity).flatMap(once);
  };
}

/** The segmenter thread's loop: answer every channel's requests until told to stop. */
export function serveChannels(bellBuffer: SharedArrayBuffer, registrations: MessagePort, cut: (text: string) => string[]): void {
  const bell = new Int32Array(bellBuffer);
  const channels: Array<{ control: Int32Array; text: Buffer; words: Buffer; lengths: Int32Array; capacity: number }> = [];
  for (;;) {
    const seen = Atomics.load(bell, RING);
    if (Atomics.load(bell, STOP) === 1) return;
    for (let m = receiveMessageOnPort(registrations); m; m = receiveMessageOnPort(registrations)) {
      const ch = m.message as SegmenterChannel;
      channels.push({
        control: new Int32Array(ch.control),
        text: Buffer.from(ch.text),
        words: Buffer.from(ch.words),
        lengths: new Int32Array(ch.lengths),
        capacity: ch.capacity,
      });
    }
    for (const ch of channels) {
      if (Atomics.load(ch.control, STATE) !== REQUEST) continue;
      let state = ANSWER;
      try {
        const text = ch.text.toString('utf16le', 0, Atomics.load(ch.control, LEN) * 2);
        const words = cut(text);
        let chars = 0;
        words.forEach((w, i) => {
          ch.lengths[i] = w.length;
          chars += w.length;
        });
        if (words.length > ch.capacity || chars > ch.capacity) throw new Error('answer too long');
        ch.words.write(words.join(''), 0, 'utf16le');
        Atomics.store(ch.control, LEN, words.length);
        Atomics.store(ch.control, CHARS, chars);
      } catch {
        state = FAILED;
      }
      Atomics.store(ch.control, STATE, state);
      Atomics.notify(ch.control, STATE);
    }
    Atomics.wait(bell, RING, seen);
  }
}

/** The main thread's handle on a running segmenter thread. */
export class SegmenterHost {
  private readonly bell = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  private readonly registrations: MessagePort;
  private readonly worker: Worker;

  constructor(script: URL | string, private readonly capacity = CHANNEL_CAPACITY) {
    const { port1, port2 } = new MessageChannel();
    this.registrations = port1;
    this.worker = new Worker(script, { workerData: { bell: this.bell, registrations: port2 }, transferList: [port2] });
    // a segmenter that fails to start shows as workers' errors (no answer): never crash the run here
    this.worker.on('error', () => undefined);
  }

  /** A new channel for one worker (each worker, replacements included, gets its own). */
  channel(): SegmenterChannel {
    const channel = newChannel(this.bell, this.capacity);
    this.registrations.postMessage(channel);
    const bell = new Int32Array(this.bell);
    Atomics.add(bell, RING, 1);
    Atomics.notify(bell, RING);
    return channel;
  }

  async close(): Promise<void> {
    const bell = new Int32Array(this.bell);
    Atomics.store(bell, STOP, 1);
    Atomics.add(bell, RING, 1);
    Atomics.notify(bell, RING);
    this.registrations.close();
    await this.worker.terminate();
  }
}
