// Builds data/jieba/: a trimmed copy of nodejieba's main dictionary and a one-line IDF file.
// Why: cppjieba's trie for the full 350k-word dictionary costs ~250 MB per process (and per worker
// thread); the 120k most frequent words cost ~90 MB and segment report text the same way
// (rarer words fall back to the HMM). The pipeline never extracts keywords, so the IDF table
// (another ~20 MB) is replaced by a single entry that nodejieba's loader accepts.
// Run: node scripts/build-jieba-dict.mjs [N]   (default N = 120000)
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const keep = Number(process.argv[2] ?? 120000);
const require = createRequire(import.meta.url);
const dictDir = join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict');
const lines = readFileSync(join(dictDir, 'jieba.dict.utf8'), 'utf8').split('\n').filter(Boolean);
const ranked = lines
  .map((line, i) => ({ line, freq: Number(line.split(' ')[1]) || 0, i }))
  .sort((a, b) => b.freq - a.freq || a.i - b.i)
  .slice(0, keep)
  .sort((a, b) => a.i - b.i); // keep the original order: deterministic output
const out = new URL('../data/jieba/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('core.dict.utf8', out), ranked.map((r) => r.line).join('\n') + '\n');
writeFileSync(new URL('idf.utf8', out), '的 1.0\n');
console.error(`kept ${ranked.length} of ${lines.length} words`);
