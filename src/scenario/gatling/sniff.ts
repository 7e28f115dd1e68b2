/** `import io.gatling...`, `import static io.gatling...`: a line of the file. */
const GATLING_IMPORT = /^[ \t]*import[ \t]+(?:static[ \t]+)?io\.gatling\b/m;
/** A class extending Gatling's Simulation: `extends Simulation`, Kotlin `: Simulation()`. */
const SIMULATION_CLASS = /\b(?:extends[ \t]+|:[ \t]*)Simulation\b/;

/**
 * A Java, Kotlin or Scala file is Gatling's when it imports Gatling: other JVM code (the service under test,
 * its unit tests) is left alone whatever it is called. A `*Simulation*` file that extends `Simulation` with
 * its imports elsewhere (a package object) is one too.
 */
export function sniffGatling(text: string, file: string): boolean {
  if (GATLING_IMPORT.test(text)) return true;
  const name = file.replace(/\\/g, '/').split('/').pop() ?? file;
  return /Simulation/.test(name) && SIMULATION_CLASS.test(text);
}
