/**
 * The pure side of the Share panel's QR code: whether a link fits in one, and where its dark
 * modules go on a canvas. The encoder itself (qrcode-generator) is loaded only when a QR code is
 * drawn, so that the main chunk does not carry it.
 */

/**
 * Bytes the largest QR code (version 40) holds at error-correction level M in byte mode. Level M
 * survives about 15 % of the code being unreadable: a projector's glare or a phone held askew.
 */
export const QR_CAPACITY_BYTES = 2331;

/** Light modules around the code that readers need to find it (the standard asks for 4). */
export const QR_QUIET_ZONE_MODULES = 4;

/** Canvas pixels the code aims for along a side, before CSS scales it to its displayed size. */
const QR_TARGET_SIDE_PX = 512;

/** The few things the Share panel uses of an encoded QR code (qrcode-generator's QRCode has them). */
export interface QrModules {
  getModuleCount(): number;
  isDark(row: number, col: number): boolean;
}

/** The drawing calls the code needs, a part of CanvasRenderingContext2D. */
export interface QrCanvasContext {
  fillStyle: string | CanvasGradient | CanvasPattern;
  fillRect(x: number, y: number, width: number, height: number): void;
}

/**
 * The link's length in bytes as the encoder counts them: one per character. A link built by
 * the URL parser is plain ASCII (it percent-encodes the rest), so this is its UTF-8 length too.
 */
export const qrByteLength = (link: string): number => link.length;

/** Whether a link is ASCII and short enough for one QR code that a phone can read. */
export function fitsQrCode(link: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is exactly the range 0 to 0x7f.
  return qrByteLength(link) <= QR_CAPACITY_BYTES && /^[\x00-\x7f]*$/.test(link);
}

/** Modules along a side, quiet zone included. */
export const qrSideModules = (moduleCount: number): number => moduleCount + 2 * QR_QUIET_ZONE_MODULES;

/** Whole canvas pixels per module: at least 2, and near the target side (whole, so modules stay sharp). */
export const qrCellPx = (moduleCount: number): number =>
  Math.max(2, Math.round(QR_TARGET_SIDE_PX / qrSideModules(moduleCount)));

/**
 * Paints the code on a canvas of qrSideModules × cellPx pixels a side: light everywhere (quiet
 * zone included, and in dark mode too, since readers expect dark on light), then each dark
 * module as a square, offset by the quiet zone.
 */
export function drawQrCode(context: QrCanvasContext, modules: QrModules, cellPx: number): void {
  const moduleCount = modules.getModuleCount();
  const sidePx = qrSideModules(moduleCount) * cellPx;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, sidePx, sidePx);
  context.fillStyle = '#000000';
  for (let row = 0; row < moduleCount; row++) {
    for (let col = 0; col < moduleCount; col++) {
      if (!modules.isDark(row, col)) continue;
      const x = (col + QR_QUIET_ZONE_MODULES) * cellPx;
      const y = (row + QR_QUIET_ZONE_MODULES) * cellPx;
      context.fillRect(x, y, cellPx, cellPx);
    }
  }
}

/**
 * Encodes a link at level M in the smallest version that holds it. The encoder is fetched on
 * first use, as a chunk of its own; it throws if the link does not fit (check fitsQrCode first).
 */
export async function encodeQrCode(link: string): Promise<QrModules> {
  const { default: qrcode } = await import('qrcode-generator');
  // Type number 0: the encoder picks the smallest version that holds the data.
  const code = qrcode(0, 'M');
  code.addData(link, 'Byte');
  code.make();
  return code;
}
