import {chromium} from '@playwright/test';
import {describe, expect, it} from 'vitest';
import {findChromium} from '../../config/chromium.mjs';

describe('the Chromium the browser tests drive (config/chromium.mjs)', () => {
  const nothing = () => false;
  const debian = (file: unknown) => file === '/usr/bin/chromium';

  it('is CHROMIUM_PATH when set', () => {
    expect(findChromium({CHROMIUM_PATH: '/opt/chrome/chrome'}, debian)).toBe('/opt/chrome/chrome');
  });

  it("is Debian's Chromium where it is installed", () => {
    expect(findChromium({}, debian)).toBe('/usr/bin/chromium');
  });

  it("is Playwright's own build on a machine without it (macOS, Windows)", () => {
    expect(findChromium({}, nothing)).toBe(chromium.executablePath());
  });
});
