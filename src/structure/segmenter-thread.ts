/** The segmenter thread of a batch (segmenter.ts): loads nodejieba once and answers the workers. */
import { workerData, type MessagePort } from 'node:worker_threads';
import { cutWords } from './segment.js';
import { serveChannels } from './segmenter.js';

const { bell, registrations } = workerData as { bell: SharedArrayBuffer; registrations: MessagePort };
serveChannels(bell, registrations, cutWords);
