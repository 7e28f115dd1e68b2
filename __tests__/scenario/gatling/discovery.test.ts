import { expect, it } from '@jest/globals';
import { runEngine } from '../../../src/engine/run.js';
import { loadedGrammars } from '../../../src/scenario/gatling/grammars.js';
import { GOOD_K6, workspaces } from '../../helpers/workspace.js';

const workspace = workspaces();

const JAVA_SIMULATION = `import static io.gatling.javaapi.core.CoreDsl.*;
import io.gatling.javaapi.core.*;

public class BasicSimulation extends Simulation {
  { setUp(scenario("s").injectOpen(atOnceUsers(1))); }
}
`;

// Cold start: each grammar is loaded only when a file of its language is about to be parsed.
it('finds Gatling simulations by content, leaves other JVM code alone, and loads only the grammars needed', async () => {
  const k6Only = workspace({ 'load.js': GOOD_K6, 'src/main/java/App.java': 'public class App {}\n' });
  const first = await runEngine({ command: 'lint', cwd: k6Only });
  expect(first.report.files.map((f) => f.tool)).toEqual(['k6']);
  expect(loadedGrammars()).toEqual([]);

  const mixed = workspace({
    'src/test/java/perf/BasicSimulation.java': JAVA_SIMULATION,
    'src/main/java/App.java': 'package app;\nimport java.util.List;\npublic class App {}\n',
    'src/main/kotlin/Service.kt': 'class Service\n',
  });
  const { report } = await runEngine({ command: 'lint', cwd: mixed });
  expect(report.files.map((f) => [f.path, f.tool])).toEqual([
    ['src/test/java/perf/BasicSimulation.java', 'gatling'],
  ]);
  expect(report.files[0]!.diagnostics).toEqual([]);
  expect(loadedGrammars()).toEqual(['java']);
});
