import type { HttpOptions } from '../model.js';
import { getEntry, type SourceValue } from '../value.js';

/**
 * HTTP client options from k6 `options`. k6 has no global request timeout (it is per request, `params.timeout`,
 * recorded on each Request), so only TLS verification and body discarding are read here.
 */
export function readHttpOptions(options: SourceValue): HttpOptions {
  const http: HttpOptions = {};
  const insecure = getEntry(options, 'insecureSkipTLSVerify');
  if (insecure?.value.kind === 'boolean' && insecure.value.value) http.tlsVerifyDisabled = insecure.keyLoc;
  const discard = getEntry(options, 'discardResponseBodies');
  if (discard?.value.kind === 'boolean') http.discardResponseBodies = discard.value.value;
  return http;
}
