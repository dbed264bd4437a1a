import { useEffect, useRef, useState } from 'react';
import { t } from '../../core/i18n/translate';
import { groupDigits } from '../../core/util/numberText';
import { CANVAS_OPTIONS } from '../common/planeDrawing';
import { drawQrCode, encodeQrCode, fitsQrCode, QR_CAPACITY_BYTES, qrCellPx, qrSideModules } from './qrCode';

/** Where the drawing of a link's QR code stands. */
type QrState =
  | { readonly kind: 'drawing' }
  | { readonly kind: 'drawn'; readonly moduleCount: number }
  | { readonly kind: 'failed' };

/**
 * A QR code of `link` for students in the room to scan, or, for a link too long to scan
 * reliably, a sentence saying so. The encoder loads the first time a code is drawn.
 */
export function QrCode({ link }: { readonly link: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<QrState>({ kind: 'drawing' });
  const fits = fitsQrCode(link);

  useEffect(() => {
    if (!fits) return;
    // A newer link may arrive while the encoder loads: only the latest one draws.
    let isCurrent = true;
    encodeQrCode(link).then(
      (modules) => {
        const canvas = canvasRef.current;
        const context = canvas?.getContext('2d', CANVAS_OPTIONS);
        if (!isCurrent || !canvas || !context) return;
        const moduleCount = modules.getModuleCount();
        const cellPx = qrCellPx(moduleCount);
        canvas.width = qrSideModules(moduleCount) * cellPx;
        canvas.height = canvas.width;
        drawQrCode(context, modules, cellPx);
        setState({ kind: 'drawn', moduleCount });
      },
      () => {
        if (isCurrent) setState({ kind: 'failed' });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [link, fits]);

  if (!fits) {
    return (
      <p className="qr-too-long" data-testid="qr-too-long">
        {t('share.qr.tooLong', {
          length: groupDigits(link.length),
          capacity: groupDigits(QR_CAPACITY_BYTES),
        })}
      </p>
    );
  }
  return (
    <figure className="qr-code">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={t('share.qr.label')}
        data-testid="qr-code"
        data-module-count={state.kind === 'drawn' ? state.moduleCount : undefined}
      />
      <figcaption className="hint">
        {state.kind === 'failed' ? t('share.qr.failed') : t('share.qr.scan')}
      </figcaption>
    </figure>
  );
}
