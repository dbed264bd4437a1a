import { describe, expect, it } from 'vitest';
import { importsOf } from './importGraph';

describe('importsOf', () => {
  it('keeps value, side-effect and re-export imports and drops type-only ones and comments', () => {
    const source = [
      "import * as tf from '@tensorflow/tfjs';",
      "import './setup';",
      "import type { A } from './typesOnly';",
      "import { type B } from './inlineType';",
      'import {',
      '  c,',
      '  d,',
      "} from './multiLine';",
      "export { e } from './reExported';",
      "export type { F } from './typeReExport';",
      "// import { g } from './commented';",
      "/* import { h } from './blockCommented'; */",
      "const lazy = () => import('./lazy');",
    ].join('\n');
    expect(importsOf(source)).toEqual({
      staticSpecifiers: ['@tensorflow/tfjs', './setup', './inlineType', './multiLine', './reExported'],
      dynamicSpecifiers: ['./lazy'],
    });
  });
});
