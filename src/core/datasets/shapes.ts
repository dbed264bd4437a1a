/**
 * The clean shapes of the 2-D data sets, in the unit square [-1, 1]² so that they sit inside the
 * plane the app shows ([-1.2, 1.2]²) with a margin for noise: five classification toys and two
 * regression surfaces.
 */
import type { GeneratedDatasetId, RegressionDatasetId, ToyDatasetId } from '../experiment/experiment';
import { assertNever } from '../util/assert';
import type { Rng } from '../util/rng';

/** A point of the plane as [x, y]. */
export type Point = readonly [number, number];

/**
 * Standard deviation of the Gaussian jitter added to each coordinate at noise 1 (noise scales it
 * linearly). Each is about the gap between the classes of its shape, so that noise 1 blurs the
 * boundary heavily without erasing the shape; the spiral's arms are closest, hence its small value.
 */
export const NOISE_SD_AT_FULL: Readonly<Record<GeneratedDatasetId, number>> = {
  circle: 0.15,
  xor: 0.2,
  gaussian: 0.25,
  spiral: 0.08,
  moons: 0.2,
  // Regression noise moves the point at which the surface is read, as TensorFlow Playground does.
  plane: 0.2,
  bumps: 0.1,
};

const TURN = 2 * Math.PI;

/** Inner disc radius and outer ring radii of the circle set (TensorFlow Playground's 0.5 / 0.7..1). */
const CIRCLE_INNER_RADIUS = 0.5;
const CIRCLE_RING_RADIUS_MIN = 0.7;
const CIRCLE_RING_RADIUS_MAX = 1;

/** Distance kept between XOR points and the axes, so that the quadrants are visibly apart. */
const XOR_AXIS_GAP = 0.05;

/** Centre coordinate and spread of the two Gaussian blobs; spread is truncated at 3 to stay in bounds. */
const GAUSSIAN_CENTRE = 0.45;
const GAUSSIAN_SD = 0.15;
const GAUSSIAN_TRUNCATION_SD = 3;
/**
 * Three to six blobs sit on a circle of this radius, tighter, so that neighbours stay apart (six
 * centres are 0.6 apart, 6 spreads) and every point stays within [-1, 1]² (0.6 + 3 · 0.1).
 */
const GAUSSIAN_RING_RADIUS = 0.6;
const GAUSSIAN_RING_SD = 0.1;
/** The first blob of the ring sits at 225°, where the first of two blobs sits. */
const GAUSSIAN_FIRST_ANGLE = 1.25 * Math.PI;

/** Turns of each spiral arm (TensorFlow Playground's 1.75). */
const SPIRAL_TURNS = 1.75;

/**
 * scikit-learn's make_moons spans x in [-1, 2] and y in [-0.5, 1]; moving its centre (0.5, 0.25) to
 * the origin and dividing by 1.5 fits it into x in [-1, 1], y in [-0.5, 0.5].
 */
const MOONS_CENTRE_X = 0.5;
const MOONS_CENTRE_Y = 0.25;
const MOONS_SCALE = 1.5;

const uniform = (rng: Rng, low: number, high: number): number => low + (high - low) * rng.next();

/** A standard normal draw redrawn until it lies within ±limit, so that shapes stay bounded. */
function truncatedNormal(rng: Rng, limit: number): number {
  for (;;) {
    const draw = rng.normal();
    if (Math.abs(draw) <= limit) return draw;
  }
}

function circlePoint(classIndex: number, rng: Rng): Point {
  // Radius uniform (not area-uniform) as in TensorFlow Playground: the disc's centre is dense.
  const radius =
    classIndex === 0
      ? uniform(rng, 0, CIRCLE_INNER_RADIUS)
      : uniform(rng, CIRCLE_RING_RADIUS_MIN, CIRCLE_RING_RADIUS_MAX);
  const angle = uniform(rng, 0, TURN);
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}

function xorPoint(classIndex: number, rng: Rng): Point {
  const awayFromAxis = (): number => XOR_AXIS_GAP + (1 - XOR_AXIS_GAP) * rng.next();
  const signX = rng.next() < 0.5 ? -1 : 1;
  // Class 1 holds the quadrants where x and y share a sign (TensorFlow Playground's positive class).
  const signY = classIndex === 1 ? signX : -signX;
  return [signX * awayFromAxis(), signY * awayFromAxis()];
}

function gaussianPoint(classIndex: number, numClasses: number, rng: Rng): Point {
  if (numClasses <= 2) {
    const centre = classIndex === 1 ? GAUSSIAN_CENTRE : -GAUSSIAN_CENTRE;
    return [
      centre + GAUSSIAN_SD * truncatedNormal(rng, GAUSSIAN_TRUNCATION_SD),
      centre + GAUSSIAN_SD * truncatedNormal(rng, GAUSSIAN_TRUNCATION_SD),
    ];
  }
  const angle = GAUSSIAN_FIRST_ANGLE + (TURN * classIndex) / numClasses;
  return [
    GAUSSIAN_RING_RADIUS * Math.cos(angle) + GAUSSIAN_RING_SD * truncatedNormal(rng, GAUSSIAN_TRUNCATION_SD),
    GAUSSIAN_RING_RADIUS * Math.sin(angle) + GAUSSIAN_RING_SD * truncatedNormal(rng, GAUSSIAN_TRUNCATION_SD),
  ];
}

function spiralPoint(classIndex: number, numClasses: number, rng: Rng): Point {
  // Distance along the arm, uniform as TensorFlow Playground's evenly spaced i/n. Arm c is arm 0
  // turned by c/k of a turn, arm 0 starting at half a turn; reduced modulo a turn so that with two
  // arms, arm 1 starts at exactly 0 (the two-arm spiral of the first version, bit for bit).
  const along = rng.next();
  const offset = ((1 + (2 * classIndex) / Math.max(1, numClasses)) % 2) * Math.PI;
  const angle = SPIRAL_TURNS * TURN * along + offset;
  return [along * Math.sin(angle), along * Math.cos(angle)];
}

function moonsPoint(classIndex: number, rng: Rng): Point {
  const angle = uniform(rng, 0, Math.PI);
  // Class 0 is scikit-learn's upper (outer) moon, class 1 the lower one.
  const x = classIndex === 0 ? Math.cos(angle) : 1 - Math.cos(angle);
  const y = classIndex === 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
  return [(x - MOONS_CENTRE_X) / MOONS_SCALE, (y - MOONS_CENTRE_Y) / MOONS_SCALE];
}

/**
 * A clean (noise-free) point of class `classIndex` of toy `id` with `numClasses` classes (used by
 * gaussian and spiral; the others have two), within [-1, 1]².
 */
export function cleanPoint(id: ToyDatasetId, classIndex: number, numClasses: number, rng: Rng): Point {
  switch (id) {
    case 'circle':
      return circlePoint(classIndex, rng);
    case 'xor':
      return xorPoint(classIndex, rng);
    case 'gaussian':
      return gaussianPoint(classIndex, numClasses, rng);
    case 'spiral':
      return spiralPoint(classIndex, numClasses, rng);
    case 'moons':
      return moonsPoint(classIndex, rng);
    default:
      return assertNever(id, 'data set');
  }
}

/**
 * Six bumps of TensorFlow Playground's "gaussian" regression, scaled from [-6, 6]² to [-1, 1]²:
 * centre x, centre y and sign. A point takes the strongest bump's value.
 */
const BUMPS: readonly (readonly [number, number, number])[] = [
  [-4 / 6, 2.5 / 6, 1],
  [0, 2.5 / 6, -1],
  [4 / 6, 2.5 / 6, 1],
  [-4 / 6, -2.5 / 6, -1],
  [0, -2.5 / 6, 1],
  [4 / 6, -2.5 / 6, -1],
];
/** A bump falls linearly from 1 at its centre to 0 at this distance (2 of 12 units in the original). */
const BUMP_RADIUS = 2 / 6;

/** The surface of regression set `id` at (x, y): a real target in [-1, 1]. */
export function regressionTarget(id: RegressionDatasetId, x: number, y: number): number {
  switch (id) {
    case 'plane':
      return Math.min(1, Math.max(-1, (x + y) / 2));
    case 'bumps': {
      let target = 0;
      for (const [centreX, centreY, sign] of BUMPS) {
        const height = Math.max(0, 1 - Math.hypot(x - centreX, y - centreY) / BUMP_RADIUS);
        if (height > Math.abs(target)) target = sign * height;
      }
      return target;
    }
    default:
      return assertNever(id, 'regression set');
  }
}
