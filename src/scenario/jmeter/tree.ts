import type { Location } from '../location.js';
import type { XmlElement } from './xml.js';

/**
 * One test element of a plan (Thread Group, HTTP Request, View Results Tree...) with the elements its
 * hashTree holds. A plan is written as siblings: each element is followed by a `<hashTree>` of its children.
 * Disabled elements (`enabled="false"`) and everything under them are left out: JMeter does not run them.
 */
export interface JmxElement {
  /** The XML tag: `ThreadGroup`, `kg.apc.jmeter.threads.UltimateThreadGroup`. */
  tag: string;
  /** The tag's last segment, for plugin classes: `UltimateThreadGroup`. */
  kind: string;
  /** `testname`: the label JMeter shows and reports samples under. */
  name: string;
  guiclass: string;
  testclass: string;
  xml: XmlElement;
  children: JmxElement[];
  /** The enclosing Thread Group's name, for elements inside one. */
  threadGroup?: string;
  /** The element whose hashTree holds this one. */
  parent?: JmxElement;
  loc: Location;
}

export interface JmxTree {
  /** The Test Plan element, when the file has one. */
  testPlan?: JmxElement;
  /** Every enabled element in document order (the Test Plan first). */
  elements: JmxElement[];
  /** The top-level elements (normally one Test Plan). */
  roots: JmxElement[];
  disabledCount: number;
}

const THREAD_GROUP = /ThreadGroup$/;

export function isThreadGroup(element: JmxElement): boolean {
  return THREAD_GROUP.test(element.kind) || element.kind === 'SetupThreadGroup';
}

/** Reads the hashTree pairs under `<jmeterTestPlan>` without recursion, so a deep file cannot exhaust the stack. */
export function readTree(root: XmlElement, file: string): JmxTree {
  const tree: JmxTree = { elements: [], roots: [], disabledCount: 0 };
  const top = root.children.find((c) => c.name === 'hashTree');
  if (!top) return tree;
  // Each job: a hashTree, the list its elements go to, and the thread group they are in.
  const jobs: { hash: XmlElement; into: JmxElement[]; threadGroup?: string; parent?: JmxElement }[] = [
    { hash: top, into: tree.roots },
  ];
  while (jobs.length > 0) {
    const job = jobs.pop()!;
    const kids = job.hash.children;
    for (let i = 0; i < kids.length; i++) {
      const xml = kids[i]!;
      if (xml.name === 'hashTree') continue;
      const next = kids[i + 1];
      const hash = next?.name === 'hashTree' ? next : undefined;
      if (xml.attributes.enabled === 'false') {
        tree.disabledCount++;
        continue;
      }
      const kind = xml.name.slice(xml.name.lastIndexOf('.') + 1);
      const element: JmxElement = {
        tag: xml.name,
        kind,
        name: xml.attributes.testname ?? '',
        guiclass: xml.attributes.guiclass ?? '',
        testclass: xml.attributes.testclass ?? xml.name,
        xml,
        children: [],
        loc: { file, line: xml.line, column: xml.column },
      };
      if (job.threadGroup !== undefined) element.threadGroup = job.threadGroup;
      if (job.parent) element.parent = job.parent;
      job.into.push(element);
      tree.elements.push(element);
      if (hash) {
        const threadGroup = isThreadGroup(element) ? element.name : job.threadGroup;
        jobs.push({ hash, into: element.children, threadGroup, parent: element });
      }
    }
  }
  // Positions are document order; the walk above is not.
  tree.elements.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
  tree.testPlan = tree.roots.find((e) => e.kind === 'TestPlan');
  return tree;
}
