// npm run lint: regex safety and a few correctness rules over the library source (src/**/*.ts). Not a style
// linter: formatting and taste are left alone. The brief's bar: no regex that can backtrack badly, the `u`
// flag on every regex, no \w \b \d (they do not see Arabic).
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default [
  // Only src/ is linted; everything else (tests, scripts, bench, dist) is out of scope.
  { ignores: ['dist/', 'node_modules/', 'test/', 'scripts/', 'bench/', 'corpus/', '*.config.*', '*.js', '*.mjs'] },
  {
    files: ['src/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { regexp },
    rules: {
      // Time: linear on any input (1–2 MB of one character must be fast).
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-dupe-disjunctions': ['error', { report: 'interesting' }],
      'regexp/no-misleading-capturing-group': 'error',
      'regexp/optimal-quantifier-concatenation': 'error',
      'regexp/no-trivially-nested-quantifier': 'error',

      // Unicode: the `u` flag always (`v` is allowed but not required), no character that the pattern
      // splits into code units or marks.
      'regexp/require-unicode-regexp': 'error',
      'regexp/require-unicode-sets-regexp': 'off',
      'regexp/no-misleading-unicode-character': 'error',
      'regexp/no-invisible-character': 'error',
      'regexp/unicode-property': 'off',

      // Correctness: patterns that cannot mean what they say.
      'regexp/no-invalid-regexp': 'error',
      'regexp/no-empty-character-class': 'error',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-empty-group': 'error',
      'regexp/no-empty-capturing-group': 'error',
      'regexp/no-empty-lookarounds-assertion': 'error',
      'regexp/no-contradiction-with-assertion': 'error',
      'regexp/no-useless-assertions': 'error',
      'regexp/no-useless-backreference': 'error',
      'regexp/no-potentially-useless-backreference': 'error',
      'regexp/no-optional-assertion': 'error',
      'regexp/no-lazy-ends': 'error',
      'regexp/no-zero-quantifier': 'error',
      'regexp/no-dupe-characters-character-class': 'error',
      'regexp/no-obscure-range': 'error',
      'regexp/no-escape-backspace': 'error',
      'regexp/no-standalone-backslash': 'error',
      'regexp/no-missing-g-flag': 'error',
      'regexp/no-useless-flag': 'error',
      'regexp/no-legacy-features': 'error',
      'regexp/no-non-standard-flag': 'error',
      'regexp/control-character-escape': 'error',
      'regexp/strict': 'error',

      'no-restricted-syntax': [
        'error',
        {
          // \w, \b, \d (and their negations) see only ASCII: they miss every Arabic letter and digit.
          selector: 'Literal[regex.pattern=/(^|[^\\\\])(\\\\\\\\)*\\\\[wWbBdD]/]',
          message: '\\w, \\b and \\d do not match Arabic: use [\\p{L}\\p{M}], \\p{Nd} or a scanner over char codes.',
        },
        {
          // JSON files are data modules, emitted once as CommonJS for both builds (tsup.config.ts): Node's ESM
          // loader gives a CommonJS module's named exports only when it can see them, so take the whole table.
          selector: 'ImportDeclaration[source.value=/\\.json$/]:not([source.value=/package\\.json$/]) > ImportSpecifier',
          message: 'Import JSON data with a default import (`import table from \'./table.json\'`): see "Data modules" in tsup.config.ts.',
        },
      ],

      // A few plain correctness rules.
      'no-control-regex': 'off', // control characters in patterns are deliberate here (invisible-character tables)
      'no-misleading-character-class': 'error',
      'no-regex-spaces': 'error',
      'no-useless-backreference': 'error',
      'no-dupe-keys': 'error',
      'no-duplicate-case': 'error',
      'no-self-compare': 'error',
      'no-unreachable': 'error',
      'no-unsafe-finally': 'error',
      'no-sparse-arrays': 'error',
      'use-isnan': 'error',
      'valid-typeof': 'error',
    },
  },
];
