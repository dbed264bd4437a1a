import type { Workspace } from '../../core/compare/workspace';
import { encodeWorkspace } from '../../core/link';

/**
 * The students' link: the page's own address with the workspace in the fragment, as urlSync writes
 * it, except that it always names the students' language (`lang=`), English too: the teacher chose
 * it, so it must not fall back to each student's browser. Built by the URL parser: plain ASCII.
 */
export function studentsLink(workspace: Workspace, pageHref: string): string {
  const url = new URL(pageHref);
  url.search = '';
  url.hash = encodeWorkspace(workspace, { namesLanguage: true });
  return url.href;
}
