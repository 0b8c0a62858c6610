// A strict XML 1.0 parse for tests (saxes: well-formedness and namespaces, any forbidden character
// is an error) into a small element tree, so tests assert on parsed structure, never on markup text.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Namespace URI and local name, e.g. `http://www.w3.org/2005/Atom` + `entry`. */
  ns: string;
  name: string;
  attributes: Record<string, string>;
  /** Attributes by `{namespace}local` for namespaced ones (e.g. rdf:about). */
  nsAttributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses `xml` strictly; throws the parser's first error (line and column included). */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      ns: tag.uri ?? '',
      name: tag.local ?? tag.name,
      attributes: {},
      nsAttributes: {},
      children: [],
      text: '',
    };
    for (const attribute of Object.values(tag.attributes)) {
      if (typeof attribute === 'string') continue;
      if (attribute.uri) element.nsAttributes[`{${attribute.uri}}${attribute.local}`] = attribute.value;
      else element.attributes[attribute.name] = attribute.value;
    }
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (failure) throw failure;
  if (!root) throw new Error('no root element');
  return root;
}

/** Direct children of `element` in namespace `ns` named `name`. */
export const childrenOf = (element: XmlElement, ns: string, name: string): XmlElement[] =>
  element.children.filter((c) => c.ns === ns && c.name === name);

export function childOf(element: XmlElement, ns: string, name: string): XmlElement {
  const found = childrenOf(element, ns, name);
  if (found.length !== 1) throw new Error(`expected one ${name} in ${element.name}, found ${found.length}`);
  return found[0] as XmlElement;
}
