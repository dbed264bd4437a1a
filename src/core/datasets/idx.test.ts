import { describe, expect, it } from 'vitest';
import { parseIdx } from './idx';

/** An IDX file of unsigned bytes with the given dimensions and data. */
function idx(dims: number[], data: number[], typeCode = 0x08): Uint8Array {
  const bytes = new Uint8Array(4 + 4 * dims.length + data.length);
  const view = new DataView(bytes.buffer);
  bytes[2] = typeCode;
  bytes[3] = dims.length;
  dims.forEach((size, d) => {
    view.setUint32(4 + 4 * d, size, false);
  });
  bytes.set(data, 4 + 4 * dims.length);
  return bytes;
}

describe('parseIdx', () => {
  it('reads big-endian dimensions and the raw bytes', () => {
    const parsed = parseIdx(idx([2, 3], [0, 1, 2, 253, 254, 255]));
    expect(parsed.dims).toEqual([2, 3]);
    expect([...parsed.data]).toEqual([0, 1, 2, 253, 254, 255]);
  });

  it('reads sizes above 255 (big-endian, not little-endian)', () => {
    const parsed = parseIdx(idx([300], new Array(300).fill(7)));
    expect(parsed.dims).toEqual([300]);
    expect(parsed.data.length).toBe(300);
  });

  it('rejects a file too short for the magic number', () => {
    expect(() => parseIdx(new Uint8Array([0, 0]))).toThrow(
      'IDX header: expected at least 4 bytes (the magic number), found 2 bytes',
    );
  });

  it('rejects a wrong magic number and recognises a gzip file', () => {
    const gzip = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]);
    expect(() => parseIdx(gzip)).toThrow(
      'IDX magic number: expected the first two bytes to be 0x00 0x00, found 0x1f 0x8b (the file is still gzip-compressed)',
    );
  });

  it('rejects element types other than unsigned bytes', () => {
    expect(() => parseIdx(idx([1], [0], 0x0d))).toThrow(
      'IDX data type: expected 0x08 (unsigned byte), found 0x0d',
    );
  });

  it('rejects zero or too many dimensions', () => {
    expect(() => parseIdx(new Uint8Array([0, 0, 8, 0]))).toThrow(
      'IDX dimension count: expected 1 to 4, found 0',
    );
    expect(() => parseIdx(new Uint8Array([0, 0, 8, 9]))).toThrow(
      'IDX dimension count: expected 1 to 4, found 9',
    );
  });

  it('rejects a header cut inside the dimensions', () => {
    const cut = idx([10, 28, 28], []).subarray(0, 10);
    expect(() => parseIdx(cut)).toThrow('IDX header: expected 16 bytes for 3 dimensions, found 10 bytes');
  });

  it('rejects a dimension of size 0', () => {
    expect(() => parseIdx(idx([2, 0], []))).toThrow(
      'IDX dimension 2: expected a size of at least 1, found 0',
    );
  });

  it('rejects truncated data, naming expected and found lengths', () => {
    const full = idx([2, 2, 2], [1, 2, 3, 4, 5, 6, 7, 8]);
    expect(() => parseIdx(full.subarray(0, full.length - 3))).toThrow(
      'IDX data: expected 8 bytes (2 × 2 × 2), found 5 bytes: the file is truncated',
    );
  });

  it('rejects bytes after the data', () => {
    expect(() => parseIdx(idx([2], [1, 2, 3]))).toThrow(
      'IDX data: expected 2 bytes (2), found 3 bytes: extra bytes follow the data',
    );
  });

  it('reads a view of a larger buffer at an offset', () => {
    const inner = idx([3], [9, 8, 7]);
    const outer = new Uint8Array(inner.length + 5);
    outer.set(inner, 5);
    expect([...parseIdx(outer.subarray(5)).data]).toEqual([9, 8, 7]);
  });
});
