/**
 * Organ names normalized for grouping reports of one body across years: the same body writes
 * "平潭综合实验区管委会" one year and "平潭综合实验区管理委员会" the next, "洪泽区人民政府" and "洪泽区政府".
 */

/** Suffixes dropped from the end of a name, longest first (repeatedly: 管委会办公室 → ''). */
const SUFFIXES = [
  '人民政府办公室',
  '人民政府办公厅',
  '政府办公室',
  '政府办公厅',
  '管理委员会办公室',
  '管委会办公室',
  '人民政府',
  '管理委员会',
  '管委会',
  '办公室',
  '办公厅',
  '政府',
];

/** Grouping key of an organ name ('' when none). */
export function organKey(organ: string): string {
  let key = organ
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[()（）〔〕[\]【】“”"'《》]/g, '')
    .replace(/^中华人民共和国/, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of SUFFIXES) {
      if (key.length > suffix.length + 1 && key.endsWith(suffix)) {
        key = key.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return key;
}
