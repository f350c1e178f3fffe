import { type Element, xml2js } from 'xml-js';

/*
 * A small DOM over xml-js's strict (sax) parser for tests of generated XML: parsing throws on text that
 * is not well-formed. (xml-js comes with the `feed` package.)
 */

export type XmlNode = Element;

/** Parses a whole document: exactly one root element; throws on malformed XML. */
export function parseXml(xml: string): XmlNode {
  const doc = xml2js(xml, { compact: false, captureSpacesBetweenElements: false }) as Element;
  const roots = (doc.elements ?? []).filter((e) => e.type === 'element');
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0]!;
}

/** Child elements named `name` (direct children only). */
export function children(node: XmlNode, name: string): XmlNode[] {
  return (node.elements ?? []).filter((e) => e.type === 'element' && e.name === name);
}

export function child(node: XmlNode, name: string): XmlNode {
  const found = children(node, name);
  if (found.length === 0) throw new Error(`<${node.name}> has no <${name}>`);
  return found[0]!;
}

/** The element's character data, text and CDATA together, as a parser reports it. */
export function text(node: XmlNode): string {
  return (node.elements ?? [])
    .map((e) => (e.type === 'text' ? String(e.text) : e.type === 'cdata' ? (e.cdata ?? '') : ''))
    .join('');
}

export function attr(node: XmlNode, name: string): string | undefined {
  const v = node.attributes?.[name];
  return v === undefined ? undefined : String(v);
}
