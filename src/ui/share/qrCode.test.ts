import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import {
  drawQrCode,
  encodeQrCode,
  fitsQrCode,
  QR_CAPACITY_BYTES,
  QR_QUIET_ZONE_MODULES,
  type QrCanvasContext,
  type QrModules,
  qrCellPx,
  qrSideModules,
} from './qrCode';

/** A context that records what it paints: each fillRect with the colour it used. */
function recordingContext() {
  const rects: { colour: string; x: number; y: number; width: number; height: number }[] = [];
  const context: QrCanvasContext = {
    fillStyle: '',
    fillRect(x, y, width, height) {
      rects.push({ colour: String(this.fillStyle), x, y, width, height });
    },
  };
  return { context, rects };
}

/** A context that paints into opaque RGBA pixels, as a canvas does, for a decoder to read. */
function rasterContext(sidePx: number) {
  const pixels = new Uint8ClampedArray(sidePx * sidePx * 4).fill(255);
  const context: QrCanvasContext = {
    fillStyle: '',
    fillRect(x, y, width, height) {
      const level = this.fillStyle === '#000000' ? 0 : 255;
      for (let row = y; row < y + height; row++) {
        for (let col = x; col < x + width; col++) {
          const offset = (row * sidePx + col) * 4;
          pixels.fill(level, offset, offset + 3);
        }
      }
    },
  };
  return { context, pixels };
}

/** A 3×3 code with a diagonal of dark modules and one more at row 0, column 2. */
const tinyCode: QrModules = {
  getModuleCount: () => 3,
  isDark: (row, col) => row === col || (row === 0 && col === 2),
};

describe('drawQrCode', () => {
  it('paints the whole canvas light, then each dark module at its cell behind the quiet zone', () => {
    const { context, rects } = recordingContext();
    drawQrCode(context, tinyCode, 5);
    const side = (3 + 2 * QR_QUIET_ZONE_MODULES) * 5;
    expect(rects[0]).toEqual({ colour: '#ffffff', x: 0, y: 0, width: side, height: side });
    const offset = QR_QUIET_ZONE_MODULES * 5;
    expect(rects.slice(1)).toEqual([
      { colour: '#000000', x: offset, y: offset, width: 5, height: 5 },
      { colour: '#000000', x: offset + 10, y: offset, width: 5, height: 5 },
      { colour: '#000000', x: offset + 5, y: offset + 5, width: 5, height: 5 },
      { colour: '#000000', x: offset + 10, y: offset + 10, width: 5, height: 5 },
    ]);
  });

  it('draws a real code with its finder patterns in three corners and nothing in the quiet zone', async () => {
    const code = await encodeQrCode('https://example.org/playground/#v=2&data=moons&opt=sgd');
    const count = code.getModuleCount();
    const { context, rects } = recordingContext();
    drawQrCode(context, code, 2);
    const dark = rects.slice(1);
    const quiet = QR_QUIET_ZONE_MODULES * 2;
    const sidePx = qrSideModules(count) * 2;
    for (const rect of dark) {
      expect(rect.x).toBeGreaterThanOrEqual(quiet);
      expect(rect.y).toBeGreaterThanOrEqual(quiet);
      expect(rect.x + rect.width).toBeLessThanOrEqual(sidePx - quiet);
      expect(rect.y + rect.height).toBeLessThanOrEqual(sidePx - quiet);
    }
    const isDarkAt = (row: number, col: number): boolean =>
      dark.some(
        (rect) =>
          rect.x === (col + QR_QUIET_ZONE_MODULES) * 2 && rect.y === (row + QR_QUIET_ZONE_MODULES) * 2,
      );
    // A finder pattern: dark outer ring, light ring, dark 3×3 centre.
    for (const [top, left] of [
      [0, 0],
      [0, count - 7],
      [count - 7, 0],
    ] as const) {
      expect(isDarkAt(top, left)).toBe(true);
      expect(isDarkAt(top + 1, left + 1)).toBe(false);
      expect(isDarkAt(top + 3, left + 3)).toBe(true);
    }
  });
});

describe('a drawn code read back by an independent decoder (jsQR)', () => {
  const longest = `https://x.org/playground/#v=2&layers=${'16-relu,'.repeat(288)}`.slice(
    0,
    QR_CAPACITY_BYTES,
  );
  it.each([
    ['a short link', 'https://example.org/playground/#v=2&data=moons&opt=sgd'],
    [
      'a teaching link with its punctuation and an escape',
      'http://127.0.0.1:4173/?v=2&hide=model,loss&lock=optimizer&autostart=1&lr=0.001%20#x',
    ],
    ['the longest link that fits', longest],
  ])('gives back %s exactly', async (_name, link) => {
    const code = await encodeQrCode(link);
    const cellPx = qrCellPx(code.getModuleCount());
    const sidePx = qrSideModules(code.getModuleCount()) * cellPx;
    const { context, pixels } = rasterContext(sidePx);
    drawQrCode(context, code, cellPx);
    expect(jsQR(pixels, sidePx, sidePx)?.data).toBe(link);
  });

  it('the longest link fills version 40', async () => {
    expect(longest).toHaveLength(QR_CAPACITY_BYTES);
    expect((await encodeQrCode(longest)).getModuleCount()).toBe(177);
  });
});

describe('fitsQrCode', () => {
  it('takes links up to the capacity of version 40 at level M, as the encoder does', async () => {
    const longest = `https://x.org/#${'a'.repeat(QR_CAPACITY_BYTES - 15)}`;
    expect(longest.length).toBe(QR_CAPACITY_BYTES);
    expect(fitsQrCode(longest)).toBe(true);
    expect((await encodeQrCode(longest)).getModuleCount()).toBe(177);
    const tooLong = `${longest}a`;
    expect(fitsQrCode(tooLong)).toBe(false);
    await expect(encodeQrCode(tooLong)).rejects.toMatch(/overflow/);
  });

  it('refuses text that is not ASCII, which the encoder would garble', () => {
    expect(fitsQrCode('https://x.org/#data=é')).toBe(false);
    expect(fitsQrCode('https://x.org/#data=moons')).toBe(true);
  });
});

describe('qrCellPx', () => {
  it('gives whole pixels, at least 2, about 512 along the side', () => {
    expect(qrCellPx(21)).toBe(18);
    expect(qrSideModules(21) * qrCellPx(21)).toBeGreaterThan(480);
    expect(qrCellPx(177)).toBe(3);
    expect(qrCellPx(1000)).toBe(2);
  });
});
