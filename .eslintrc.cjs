/**
 * Lint for the whole repository: Taro's React rules, plus the house rules that keep the code
 * reviewable (no `any`, no `@ts-ignore`, hooks used correctly). Folder boundaries are checked by
 * dependency-cruiser (.dependency-cruiser.cjs), not here.
 */
module.exports = {
  root: true,
  extends: ['taro/react'],
  plugins: ['react-hooks'],
  rules: {
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off',
    'react-hooks/rules-of-hooks': 'error',
    'react-hooks/exhaustive-deps': 'error',
    'no-console': 'off',
    'import/no-commonjs': 'off',
  },
  overrides: [
    {
      files: ['**/*.ts', '**/*.tsx'],
      parser: '@typescript-eslint/parser',
      parserOptions: { warnOnUnsupportedTypeScriptVersion: false },
      rules: {
        '@typescript-eslint/no-explicit-any': 'error',
        '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' }],
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        'no-unused-vars': 'off',
        'no-undef': 'off',
        'no-shadow': 'off',
        'no-use-before-define': 'off',
        'no-redeclare': 'off',
      },
    },
  ],
  ignorePatterns: ['node_modules/', 'dist/', '.emulator-data/', 'coverage/', '*.config.js', 'emulator/test/fixtures/**'],
}
