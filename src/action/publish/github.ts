import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}

/**
 * An Octokit for the API the runner names (GITHUB_API_URL: GitHub Enterprise Server, or a fake server in
 * tests). @actions/github reads the variable when it is first imported; passing it again here makes the
 * choice explicit and lets tests point a client at any server.
 */
export function createClient(
  token: string,
  baseUrl: string = process.env.GITHUB_API_URL || 'https://api.github.com',
): GitHubClient {
  return getOctokit(token, { baseUrl: baseUrl.replace(/\/+$/, '') });
}
