import { describe, expect, it } from 'vitest';
import { hasDesktop } from './vite.config';

describe('hasDesktop', () => {
  it('is true on macOS and Windows', () => {
    expect(hasDesktop('darwin', {})).toBe(true);
    expect(hasDesktop('win32', {})).toBe(true);
  });

  it('is true on Linux inside an X11 or Wayland session', () => {
    expect(hasDesktop('linux', { DISPLAY: ':0' })).toBe(true);
    expect(hasDesktop('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
  });

  it('is false on a Linux server, where there is nothing to open a browser in', () => {
    expect(hasDesktop('linux', {})).toBe(false);
    expect(hasDesktop('linux', { DISPLAY: '' })).toBe(false);
  });
});
