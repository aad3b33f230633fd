import { readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { type HtmlNode, parseHtmlTree } from '../../src/ingest/html-tree.js';
import { repositoryFiles } from './helpers.js';

/** A node as html.ts reads it: type, and an element's name, attributes and children, a text's data. */
type Shape = { type: string; name?: string; attribs?: Record<string, string>; data?: string; children?: Shape[] };

function shapeOf(node: HtmlNode): Shape {
  if (node.type === 'text') return { type: 'text', data: node.data };
  if (node.type === 'comment' || node.type === 'directive') return { type: node.type };
  return { type: node.type, name: node.name, attribs: node.attribs, children: node.children.map(shapeOf) };
}

/** The same of domhandler's tree (htmlparser2's parseDocument, with html.ts's options). */
function domhandlerShape(node: ReturnType<typeof parseDocument>['children'][number]): Shape {
  const n = node as unknown as { type: string; name: string; attribs: Record<string, string>; data: string; children?: typeof node[] };
  if (n.type === 'text') return { type: 'text', data: n.data };
  if (n.type === 'comment' || n.type === 'directive') return { type: n.type };
  if (n.type === 'cdata') return { type: 'comment' };
  return { type: n.type, name: n.name, attribs: { ...n.attribs }, children: (n.children ?? []).map(domhandlerShape) };
}

const options = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

describe('parseHtmlTree', () => {
  it("builds the tree htmlparser2's domhandler builds, for every HTML page here", () => {
    const files = repositoryFiles(/\.html?$/);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      expect({ file, tree: parseHtmlTree(html).map(shapeOf) }).toEqual({ file, tree: parseDocument(html, options).children.map(domhandlerShape) });
    }
  });

  it('joins text runs, keeps comments and directives in place, types script and style, closes implied tags', () => {
    const html = '<!DOCTYPE html><P Class="a">one &amp; <!-- x -->two<br>three<p>four<script>var a;</script><STYLE>p{}</STYLE>';
    const tree = parseHtmlTree(html).map(shapeOf);
    expect(tree).toEqual(parseDocument(html, options).children.map(domhandlerShape));
    expect(tree[0]).toEqual({ type: 'directive' });
    const p = tree[1]!;
    expect(p).toMatchObject({ type: 'tag', name: 'p', attribs: { class: 'a' } });
    expect(p.children!.map((c) => c.type)).toEqual(['text', 'comment', 'text', 'tag', 'text']);
    expect(p.children![0]).toEqual({ type: 'text', data: 'one & ' });
    expect(tree[2]!.children!.map((c) => c.type)).toEqual(['text', 'script', 'style']);
  });
});
