/** Parser of the IDX format of MNIST and Fashion-MNIST (already gunzipped). */
import { groupDigits } from '../util/numberText';

/** A parsed IDX file: its dimensions and its raw unsigned bytes, row-major. */
export interface IdxData {
  readonly dims: number[];
  readonly data: Uint8Array;
}

/** The IDX type code of unsigned bytes, the only element type the image files use. */
const UNSIGNED_BYTE_TYPE = 0x08;

/** More dimensions than this is not an image or label file; a guard against reading garbage. */
const MAX_DIMENSIONS = 4;

const hex = (value: number): string => `0x${value.toString(16).padStart(2, '0')}`;

const plural = (count: number, noun: string): string =>
  `${groupDigits(count)} ${noun}${count === 1 ? '' : 's'}`;

/**
 * Parses an IDX file: two zero bytes, a type code (0x08 = unsigned byte), the number of dimensions,
 * one big-endian uint32 per dimension, then the bytes. Throws an Error naming the field, what was
 * expected and what was found. The returned data is a view into `bytes`, not a copy.
 */
export function parseIdx(bytes: Uint8Array): IdxData {
  if (bytes.length < 4) {
    throw new Error(
      `IDX header: expected at least 4 bytes (the magic number), found ${plural(bytes.length, 'byte')}`,
    );
  }
  // The length check above makes these four reads safe.
  const zero0 = bytes[0] as number;
  const zero1 = bytes[1] as number;
  const typeCode = bytes[2] as number;
  const dimensionCount = bytes[3] as number;
  if (zero0 !== 0 || zero1 !== 0) {
    // 0x1f 0x8b opens every gzip file: the likeliest mistake is skipping the gunzip.
    const gzipHint = zero0 === 0x1f && zero1 === 0x8b ? ' (the file is still gzip-compressed)' : '';
    throw new Error(
      `IDX magic number: expected the first two bytes to be 0x00 0x00, found ${hex(zero0)} ${hex(zero1)}${gzipHint}`,
    );
  }
  if (typeCode !== UNSIGNED_BYTE_TYPE) {
    throw new Error(
      `IDX data type: expected ${hex(UNSIGNED_BYTE_TYPE)} (unsigned byte), found ${hex(typeCode)}`,
    );
  }
  if (dimensionCount < 1 || dimensionCount > MAX_DIMENSIONS) {
    throw new Error(`IDX dimension count: expected 1 to ${MAX_DIMENSIONS}, found ${dimensionCount}`);
  }
  const headerLength = 4 + 4 * dimensionCount;
  if (bytes.length < headerLength) {
    throw new Error(
      `IDX header: expected ${headerLength} bytes for ${plural(dimensionCount, 'dimension')}, found ${plural(bytes.length, 'byte')}`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dims: number[] = [];
  let expectedLength = 1;
  for (let d = 0; d < dimensionCount; d++) {
    const size = view.getUint32(4 + 4 * d, false);
    if (size === 0) throw new Error(`IDX dimension ${d + 1}: expected a size of at least 1, found 0`);
    dims.push(size);
    expectedLength *= size;
  }
  const foundLength = bytes.length - headerLength;
  if (foundLength !== expectedLength) {
    const what = foundLength < expectedLength ? 'the file is truncated' : 'extra bytes follow the data';
    throw new Error(
      `IDX data: expected ${plural(expectedLength, 'byte')} (${dims.join(' × ')}), found ${plural(foundLength, 'byte')}: ${what}`,
    );
  }
  return { dims, data: bytes.subarray(headerLength) };
}
