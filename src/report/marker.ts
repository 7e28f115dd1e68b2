/**
 * The hidden first line of every loadgate comment. It is how a later run finds the comment to edit
 * instead of adding another; the job id keeps two jobs of one workflow (or matrix legs) apart.
 */

const MARKER = /^<!-- loadgate:sticky job=([A-Za-z0-9_.-]{1,100}) -->$/;

/** Job ids become `[A-Za-z0-9_.-]`: anything else could end the HTML comment or break matching. */
export function sanitizeJobId(job: string | undefined): string {
  const clean = (job ?? '')
    .trim()
    .replace(/[^A-Za-z0-9_.-]/g, '_')
    .slice(0, 100);
  return clean.length > 0 ? clean : 'default';
}

export function stickyMarker(job: string | undefined): string {
  return `<!-- loadgate:sticky job=${sanitizeJobId(job)} -->`;
}

/** The job id of a loadgate comment, read from its first line only; undefined for any other comment. */
export function readStickyMarker(body: string): string | undefined {
  const firstLine = body.split('\n', 1)[0]?.replace(/\r$/, '') ?? '';
  return MARKER.exec(firstLine)?.[1];
}

export function isStickyComment(body: string, job: string | undefined): boolean {
  return readStickyMarker(body) === sanitizeJobId(job);
}
