/**
 * An HTML page as a tree of plain objects, built from htmlparser2's parse events.
 *
 * htmlparser2's own tree (domhandler, `parseDocument`) makes every node an instance of a class
 * hierarchy with five class fields, sibling links and DOM aliases: building it was half of the
 * time an HTML report took. The walker in html.ts needs elements (name, attributes, children) and
 * text only, so this builds just those, node for node as domhandler would: text runs that follow
 * each other are one text node, `script`/`style` elements have their own type, comments and
 * processing instructions stay in place (so text around them is not joined).
 */
import { Parser } from 'htmlparser2';

export interface HtmlText {
  type: 'text';
  data: string;
}

export interface HtmlElement {
  type: 'tag' | 'script' | 'style';
  /** Lower-case tag name. */
  name: string;
  /** Lower-case attribute names, entities decoded. */
  attribs: Record<string, string>;
  children: HtmlNode[];
}

/** A comment, a <!DOCTYPE …> or other processing instruction: in the tree, never read. */
export interface HtmlOther {
  type: 'comment' | 'directive';
}

export type HtmlNode = HtmlText | HtmlElement | HtmlOther;

export function isHtmlElement(node: HtmlNode): node is HtmlElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The top-level nodes of a page (what `parseDocument(html).children` holds). */
export function parseHtmlTree(html: string): HtmlNode[] {
  const top: HtmlNode[] = [];
  const open: HtmlElement[] = [];
  let children = top;
  // the text node new text is appended to; any other node in between starts a new one
  let text: HtmlText | null = null;
  // a comment's pieces arrive one after another until its end: they are one node
  let inComment = false;
  const add = (node: HtmlNode): void => {
    children.push(node);
    text = null;
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const element: HtmlElement = { type: name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag', name, attribs, children: [] };
        add(element);
        open.push(element);
        children = element.children;
      },
      onclosetag() {
        open.pop();
        children = open.length > 0 ? open[open.length - 1]!.children : top;
        text = null;
      },
      ontext(data) {
        if (text) text.data += data;
        else {
          text = { type: 'text', data };
          children.push(text);
        }
      },
      oncomment() {
        if (!inComment) add({ type: 'comment' });
        inComment = true;
      },
      oncommentend() {
        inComment = false;
        text = null;
      },
      onprocessinginstruction() {
        add({ type: 'directive' });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return top;
}
