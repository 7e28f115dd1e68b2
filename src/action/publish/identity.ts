import type { GitHubClient } from './github.js';

/**
 * Who the token writes as, to tell loadgate's own comments from people's. A personal access token reads
 * its login from `GET /user`; the runner's GITHUB_TOKEN and GitHub App tokens may not (403/401), and they
 * always write as a bot (`github-actions[bot]`, `<app>[bot]`).
 */
export type Identity = { login: string } | { bot: true };

export async function whoAmI(client: GitHubClient): Promise<Identity> {
  try {
    const user = await client.rest.users.getAuthenticated();
    return user.data.type === 'Bot' ? { bot: true } : { login: user.data.login };
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 401 || status === 403 || status === 404) return { bot: true };
    throw error;
  }
}

/** Whether a comment's author is the token's identity. */
export function isOurs(
  identity: Identity,
  user: { login?: string; type?: string } | null | undefined,
): boolean {
  return 'login' in identity ? user?.login === identity.login : user?.type === 'Bot';
}
