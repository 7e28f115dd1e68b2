import { FORMAT_NAMES } from '../report/renderers.js';

export const HELP = `Usage: loadgate <command> [options] [path...]

Commands:
  lint [path...]                      Lint k6, Artillery and Locust scenario files (default path: .)
  compare --baseline FILE --current FILE
                                      Compare a load-test result against a baseline
  check                               Lint and compare, with paths and results from .loadgate.yml
  ingest FILE... --out FILE [-f json]
                                      Read result files of one run (merged) and write a loadgate run file
  history append --history FILE RUN...
                                      Add runs (run files or results) to a history file, pruned to max-runs
  history show --history FILE [-f text|json|markdown]
                                      The runs of a history, its lasting shifts (change points) and trend
  report --html --out FILE [--history FILE] [--maturity FILE] RUN...
                                      Write the trend dashboard: one offline HTML file with charts of the runs
  maturity [path] [-f text|json|markdown]
                                      Score the repository's load-testing practices, level 0-5, next steps
  rules [path] [-f text|json] [--usage]
                                      List the rules; --usage counts findings and suppressions by rule

Options:
  -f, --format <name>     Report format: ${FORMAT_NAMES.join(', ')} (default: text)
  -o, --output <file>     Write the report to a file instead of stdout
  -c, --config <file>     Use this .loadgate.yml instead of searching for one
      --fail-on <level>   error, warning, regression or never (default: from config, else error)
      --baseline <file>   Baseline result: a loadgate run file or a k6/Artillery result
      --current <file>    Current result (repeatable; a glob; - reads standard input)
      --history <file>    compare/check: the history of default-branch runs, for the trend and change points
      --save-run <file>   compare/check: also write the current result as a loadgate run file (a baseline)
      --base-ref <rev>    lint/check: compare each scenario's load profile with the file at this git revision
      --fix               lint: write the safe fixes rules offer into the files, then report what is left
      --fix-suggestions   lint: write the suggested fixes too (thresholds with proposed values, …)
      --color, --no-color Force or disable colour in the text report
  -h, --help              Show this help
  -v, --version           Show the version

Exit codes:
  0  nothing at or above the fail level
  1  findings or a regression at or above the fail level
  2  usage or configuration error, or nothing to check (no scenario found, a --baseline that is not there)
  3  internal error

Docs: docs/cli.md, rules: docs/rules/README.md`;
