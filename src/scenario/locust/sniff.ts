/** `from locust import ...`, `from locust.contrib.fasthttp import ...`, `import locust`: a line of the file. */
const LOCUST_IMPORT =
  /^[ \t]*(?:from[ \t]+locust(?:\.[\w.]+)?[ \t]+import\b|import[ \t]+locust(?:[ \t]*(?:,|as\b|$)|\.))/m;

/**
 * A Python file is a locustfile when it imports Locust: the name (`locustfile.py`, `load_test.py`, `carga.py`)
 * says little. The check reads import lines only; the parse decides the rest.
 */
export function sniffLocust(text: string): boolean {
  return LOCUST_IMPORT.test(text);
}
