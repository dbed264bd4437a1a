/**
 * Writes the CSV fixtures under test/fixtures/csv/: files as people have them (a German spreadsheet's
 * export, NA and text columns, quoted names, one numeric column), made from a seeded generator so that
 * they carry no third-party data. Run `npx tsx scripts/csvFixtures.ts` to write them again.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRng } from '../src/core/util/rng';

/** Penguins-like measurements: means and deviations per species, after the Palmer penguins' published figures. */
const SPECIES = [
  {
    name: 'Adelie',
    count: 152,
    islands: ['Biscoe', 'Dream', 'Torgersen'],
    bill: [38.8, 2.7],
    depth: [18.3, 1.2],
    flipper: [190, 6.5],
    mass: [3700, 460],
  },
  {
    name: 'Chinstrap',
    count: 68,
    islands: ['Dream'],
    bill: [48.8, 3.3],
    depth: [18.4, 1.1],
    flipper: [196, 7.1],
    mass: [3733, 384],
  },
  {
    name: 'Gentoo',
    count: 124,
    islands: ['Biscoe'],
    bill: [47.5, 3.1],
    depth: [15.0, 1.0],
    flipper: [217, 6.5],
    mass: [5076, 504],
  },
] as const;

/** One penguin: text cells in a fixed order, null where the value is missing. */
type PenguinRow = (string | number | null)[];

/** 344 penguin-like rows, species, island, four measurements, sex, year, an id; 2 rows lack every measurement, 9 lack the sex. */
export function penguinRows(): { header: string[]; rows: PenguinRow[] } {
  const rng = createRng(2007);
  const around = ([mean, deviation]: readonly [number, number]): number => mean + deviation * rng.normal();
  const rows: PenguinRow[] = [];
  for (const species of SPECIES) {
    for (let i = 0; i < species.count; i++) {
      rows.push([
        species.name,
        species.islands[rng.nextInt(species.islands.length)] ?? 'Biscoe',
        Math.round(around(species.bill) * 10) / 10,
        Math.round(around(species.depth) * 10) / 10,
        Math.round(around(species.flipper)),
        Math.round(around(species.mass) / 25) * 25,
        rng.next() < 0.5 ? 'female' : 'male',
        2007 + rng.nextInt(3),
        `N${rows.length + 1}A${1 + rng.nextInt(2)}`,
      ]);
    }
  }
  for (const index of [3, 271]) rows[index]?.splice(2, 5, null, null, null, null, null);
  for (const index of [8, 9, 10, 11, 47, 178, 218, 256, 268]) rows[index]?.splice(6, 1, null);
  return {
    header: [
      'species',
      'island',
      'bill_length_mm',
      'bill_depth_mm',
      'flipper_length_mm',
      'body_mass_g',
      'sex',
      'year',
      'individual_id',
    ],
    rows,
  };
}

/** The penguins as R writes them: commas, NA for missing values, LF. */
export function penguinsNaCsv(): string {
  const { header, rows } = penguinRows();
  const lines = rows.map((row) => row.map((cell) => (cell === null ? 'NA' : String(cell))).join(','));
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

/** The penguins as a German spreadsheet saves them: a BOM, semicolons, decimal commas, empty cells, CRLF, blank lines at the end. */
export function penguinsGermanCsv(): string {
  const { header, rows } = penguinRows();
  const lines = rows.map((row) =>
    row
      .slice(0, 8)
      .map((cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell).replace('.', ',') : cell))
      .join(';'),
  );
  return `\ufeff${[header.slice(0, 8).join(';'), ...lines].join('\r\n')}\r\n\r\n\r\n`;
}

/** Students' results with quoted names holding commas and doubled quotes; a BOM and CRLF. */
export function quotedNamesCsv(): string {
  const rng = createRng(11);
  const surnames = [
    'Smith',
    "O'Neil",
    'Müller',
    'García',
    'Nguyen',
    'Kowalski',
    'Rossi',
    'Dubois',
    'Okafor',
    'Tanaka',
  ];
  const lines = ['name,hours_studied,previous_score,result'];
  for (let i = 0; i < 120; i++) {
    const surname = surnames[i % surnames.length] ?? 'Smith';
    const initial = String.fromCharCode(65 + rng.nextInt(26));
    const name =
      i % 17 === 0 ? `"${surname}, ${initial}. ""${initial}${initial}"""` : `"${surname}, ${initial}."`;
    const hours = Math.round((2 + rng.next() * 18) * 10) / 10;
    const previous = Math.round(40 + rng.next() * 60);
    const passed = hours * 2.5 + previous * 0.6 + rng.normal() * 6 > 55;
    lines.push(`${name},${hours},${previous},${passed ? 'pass' : 'fail'}`);
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Cities with their country and population: one numeric column. */
export function citiesCsv(): string {
  const cities: [string, string, number][] = [
    ['Berlin', 'Germany', 3878100],
    ['Hamburg', 'Germany', 1910160],
    ['Munich', 'Germany', 1512491],
    ['Cologne', 'Germany', 1084831],
    ['Frankfurt', 'Germany', 773068],
    ['Stuttgart', 'Germany', 632865],
    ['Paris', 'France', 2102650],
    ['Marseille', 'France', 877215],
    ['Lyon', 'France', 522250],
    ['Toulouse', 'France', 504078],
    ['Nice', 'France', 348085],
    ['Nantes', 'France', 323204],
    ['Madrid', 'Spain', 3332035],
    ['Barcelona', 'Spain', 1620343],
    ['Valencia', 'Spain', 807693],
    ['Seville', 'Spain', 684234],
    ['Zaragoza', 'Spain', 675301],
    ['Málaga', 'Spain', 579076],
    ['Rome', 'Italy', 2746984],
    ['Milan', 'Italy', 1371498],
    ['Naples', 'Italy', 909048],
    ['Turin', 'Italy', 841600],
    ['Palermo', 'Italy', 630167],
    ['Genoa', 'Italy', 558745],
  ];
  return `${['city,country,population', ...cities.map((row) => row.join(','))].join('\n')}\n`;
}

/** The fixtures by file name. */
export const CSV_FIXTURES: Record<string, () => string> = {
  'penguins-na.csv': penguinsNaCsv,
  'penguins-de.csv': penguinsGermanCsv,
  'quoted-names.csv': quotedNamesCsv,
  'cities.csv': citiesCsv,
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = new URL('../test/fixtures/csv/', import.meta.url);
  for (const [name, make] of Object.entries(CSV_FIXTURES)) writeFileSync(new URL(name, folder), make());
}
