/**
 * A small RFC 4180 CSV reader (for the evaluation and the tests): strips a UTF-8 byte-order mark,
 * handles quoted fields with doubled quotes, commas and line breaks inside, CRLF or LF records.
 */

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  /** True once the current record has any content (so a trailing newline adds no empty record). */
  let started = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
    started = false;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      started = true;
    } else if (ch === ',') {
      endField();
      started = true;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (ch === '\n' || ch === '\r') {
      endRow();
    } else {
      field += ch;
      started = true;
    }
    i++;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (started || field !== '' || row.length) endRow();
  return rows;
}

/** Records as objects keyed by the header row. Missing trailing fields read as ''. */
export function parseCsvRecords(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  // A blank line is no record (unless the file has a single column).
  const records = header.length > 1 ? rows.filter((r) => !(r.length === 1 && r[0] === '')) : rows;
  return records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
