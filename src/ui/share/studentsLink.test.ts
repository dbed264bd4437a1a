import { describe, expect, it } from 'vitest';
import { DEFAULT_TEACHING, type Workspace, workspaceOf } from '../../core/compare/workspace';
import { DEFAULT_EXPERIMENT } from '../../core/experiment/defaults';
import { decodeWorkspace, encodeWorkspace } from '../../core/link';
import { studentsLink } from './studentsLink';

const PAGE = 'https://example.org/playground/?v=1&data=xor#v=2&data=moons';
const fragmentOf = (link: string): string => new URL(link).hash.replace(/^#/, '');

describe("the students' link", () => {
  it('names the chosen language, read back as the link’s language, with the teaching options kept', () => {
    const workspace: Workspace = {
      ...workspaceOf(DEFAULT_EXPERIMENT),
      teaching: { ...DEFAULT_TEACHING, locked: ['language'] },
      language: 'zh',
    };
    const link = studentsLink(workspace, PAGE);
    expect(link.startsWith('https://example.org/playground/#v=2&')).toBe(true);
    expect(link).toContain('&lock=language');
    expect(link).toMatch(/&lang=zh$/);
    const read = decodeWorkspace(fragmentOf(link));
    expect(read.problems).toEqual([]);
    expect(read.workspace).toEqual(workspace);
  });

  it('writes English too, which the address bar leaves out, so the class does not fall back to each browser', () => {
    const workspace: Workspace = { ...workspaceOf(DEFAULT_EXPERIMENT), language: 'en' };
    expect(encodeWorkspace(workspace)).not.toContain('lang=');
    const link = studentsLink(workspace, PAGE);
    expect(link).toMatch(/&lang=en$/);
    expect(decodeWorkspace(fragmentOf(link)).workspace.language).toBe('en');
  });
});
