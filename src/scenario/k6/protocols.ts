import type * as t from '@babel/types';
import { isK6Module, isLocalModule, isRemoteModule } from './specifiers.js';
import type { Scope } from './scope.js';

/** k6 modules by the protocol whose requests they send (k6 docs, "Built-in metrics" per protocol). */
export const K6_PROTOCOL_MODULES: Readonly<Record<string, string>> = {
  'k6/http': 'HTTP',
  'k6/browser': 'browser',
  'k6/experimental/browser': 'browser',
  'k6/ws': 'WebSocket',
  'k6/websockets': 'WebSocket',
  'k6/experimental/websockets': 'WebSocket',
  'k6/net/grpc': 'gRPC',
  'k6/experimental/grpc': 'gRPC',
};

/** k6 modules that send nothing over the network: data, metrics, execution context, encodings, timers. */
const K6_OFFLINE_MODULES = new Set([
  'k6',
  'k6/data',
  'k6/execution',
  'k6/metrics',
  'k6/crypto',
  'k6/experimental/crypto',
  'k6/encoding',
  'k6/html',
  'k6/timers',
  'k6/experimental/timers',
  'k6/experimental/fs',
  'k6/secrets',
]);

/** jslib modules that only compute (CSV parsing, random data, summaries): they make no request. */
const OFFLINE_JSLIB = /^https:\/\/jslib\.k6\.io\/(?:papaparse|k6-utils|k6-summary)\//i;

/**
 * What using a name tells about the requests the script sends: the protocol of a k6 module it comes from,
 * `unknown` when it comes from a module that may send requests we cannot see (an extension, a remote or
 * package module, a local file that could not be read), or nothing. The import's own name is no use.
 */
export function protocolOfReference(id: t.Identifier, scope: Scope): string | undefined {
  const binding = scope.lookup(id.name);
  if (binding?.kind !== 'import' || binding.id === id) return undefined;
  const source = binding.source;
  const protocol = K6_PROTOCOL_MODULES[source];
  if (protocol) return protocol;
  if (isK6Module(source)) return K6_OFFLINE_MODULES.has(source) ? undefined : 'unknown';
  if (isRemoteModule(source)) return OFFLINE_JSLIB.test(source) ? undefined : 'unknown';
  // Local modules are read and their own uses counted; whether they could be read is the caller's to say.
  if (isLocalModule(source)) return undefined;
  return 'unknown';
}
