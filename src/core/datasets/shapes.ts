/**
 * The clean shapes of the five 2-D data sets, in the unit square [-1, 1]² so that they sit inside
 * the plane the app shows ([-1.2, 1.2]²) with a margin for noise.
 */
import type { DatasetId } from '../experiment';
import type { Rng } from '../rng';

/** A point of the plane as [x, y]. */
export type Point = readonly [number, number];

/**
 * Standard deviation of the Gaussian jitter added to each coordinate at noise 1 (noise scales it
 * linearly). Each is about the gap between the classes of its shape, so that noise 1 blurs the
 * boundary heavily without erasing the shape; the spiral's arms are closest, hence its small value.
 */
export const NOISE_SD_AT_FULL: Readonly<Record<DatasetId, number>> = {
  circle: 0.15,
  xor: 0.2,
  gaussian: 0.25,
  spiral: 0.08,
  moons: 0.2,
};

const TURN = 2 * Math.PI;

/** Inner disc radius and outer ring radii of the circle set (TensorFlow Playground's 0.5 / 0.7..1). */
const CIRCLE_INNER_RADIUS = 0.5;
const CIRCLE_RING_RADIUS_MIN = 0.7;
const CIRCLE_RING_RADIUS_MAX = 1;

/** Distance kept between XOR points and the axes, so that the quadrants are visibly apart. */
const XOR_AXIS_GAP = 0.05;

/** Centre coordinate and spread of the Gaussian blobs; spread is truncated at 3 to stay in bounds. */
const GAUSSIAN_CENTRE = 0.45;
const GAUSSIAN_SD = 0.15;
const GAUSSIAN_TRUNCATION_SD = 3;

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

function gaussianPoint(classIndex: number, rng: Rng): Point {
  const centre = classIndex === 1 ? GAUSSIAN_CENTRE : -GAUSSIAN_CENTRE;
  return [
    centre + GAUSSIAN_SD * truncatedNormal(rng, GAUSSIAN_TRUNCATION_SD),
    centre + GAUSSIAN_SD * truncatedNormal(rng, GAUSSIAN_TRUNCATION_SD),
  ];
}

function spiralPoint(classIndex: number, rng: Rng): Point {
  // Distance along the arm, uniform as TensorFlow Playground's evenly spaced i/n; the second arm
  // is the first turned by half a turn.
  const along = rng.next();
  const angle = SPIRAL_TURNS * TURN * along + (classIndex === 1 ? 0 : Math.PI);
  return [along * Math.sin(angle), along * Math.cos(angle)];
}

function moonsPoint(classIndex: number, rng: Rng): Point {
  const angle = uniform(rng, 0, Math.PI);
  // Class 0 is scikit-learn's upper (outer) moon, class 1 the lower one.
  const x = classIndex === 0 ? Math.cos(angle) : 1 - Math.cos(angle);
  const y = classIndex === 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
  return [(x - MOONS_CENTRE_X) / MOONS_SCALE, (y - MOONS_CENTRE_Y) / MOONS_SCALE];
}

/** A clean (noise-free) point of class `classIndex` (0 or 1) of data set `id`, within [-1, 1]². */
export function cleanPoint(id: DatasetId, classIndex: number, rng: Rng): Point {
  switch (id) {
    case 'circle':
      return circlePoint(classIndex, rng);
    case 'xor':
      return xorPoint(classIndex, rng);
    case 'gaussian':
      return gaussianPoint(classIndex, rng);
    case 'spiral':
      return spiralPoint(classIndex, rng);
    case 'moons':
      return moonsPoint(classIndex, rng);
    default: {
      const unexpected: never = id;
      throw new Error(`Unknown data set: ${String(unexpected)}`);
    }
  }
}
