import { builtinRules } from '../lint/generated/rules.js';

/**
 * Links the PR comment may render: to a file at the pull request's head commit, and to a rule's docs page.
 * Both are built here from loadgate's own values; text from scenario or result files is only ever their
 * label (in a code span) and, percent-encoded, a path segment, never a whole URL.
 */

/** Where the repository lives and which commit the findings were made on. */
export interface RepoLinks {
  /** `https://github.com` or a GitHub Enterprise server (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository: string;
  /** The commit the files were read at: the pull request's head, or the pushed commit. */
  sha: string;
}

const LOADGATE_REPOSITORY = 'https://github.com/loadgate/loadgate';

const BUILTIN = new Set(builtinRules.map((r) => r.id));

/** A link's URL is safe when it is http(s) and holds nothing that ends a Markdown link early. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s()<>[\]"'`\\]+$/.test(url)) return undefined;
  return url;
}

/** Only a well-formed context makes links: an odd server URL or repository name gives none. */
export function validRepoLinks(links: RepoLinks | undefined): RepoLinks | undefined {
  if (!links) return undefined;
  const server = links.serverUrl.replace(/\/+$/, '');
  if (!safeUrl(server) || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(links.repository)) return undefined;
  if (!/^[0-9a-f]{40,64}$/i.test(links.sha)) return undefined;
  return { ...links, serverUrl: server };
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** `https://github.com/o/r/blob/<sha>/load/checkout.js#L12` (or `#L12-L14`). */
export function fileUrl(links: RepoLinks, path: string, line?: number, endLine?: number): string {
  const anchor =
    line === undefined ? '' : endLine !== undefined && endLine > line ? `#L${line}-L${endLine}` : `#L${line}`;
  return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${encodePath(path)}${anchor}`;
}

/** The tag of a loadgate release: `v1.4.0`; a development build links the default branch. */
function versionRef(version: string): string {
  return /^\d+\.\d+\.\d+$/.test(version) ? `v${version}` : 'main';
}

/**
 * The docs page of a built-in rule at the loadgate version that reported it; undefined for a repository's
 * own rules, whose pages loadgate does not know.
 */
export function ruleDocUrl(ruleId: string, version: string): string | undefined {
  if (!BUILTIN.has(ruleId)) return undefined;
  return `${LOADGATE_REPOSITORY}/blob/${versionRef(version)}/docs/rules/${encodePath(ruleId)}.md`;
}
