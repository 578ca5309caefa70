// Which part of src/ may import which (`npm run lint`). The web runs one way, kit → features → app:
// the kit knows no feature and no shell, a feature knows the kit and itself only, and the shell
// (app/: router, layout, admin area) composes features. src/shared is the contract both sides
// read; it imports neither. Nothing in src/ may import itself round a cycle.
//
// TypeScript 7 has no JavaScript compiler API, so sources are parsed with swc, and tsconfig.json is
// not read (dependency-cruiser reads it through that API); the imports are relative, and '.js'
// specifiers resolve to their '.ts' files without it.

// dependency-cruiser 17, the last line that runs on Node 20, parses every file with swc as
// TypeScript without JSX (its own TODO; a later 18 release fixes it, but 18 needs Node 22). Until then its swc is
// told to read JSX in .tsx files. dependency-cruiser calls swc.parseFileSync on this same module
// object at parse time, so replacing the function here is enough.
const swc = require('@swc/core');
const parseFileSync = swc.parseFileSync;
swc.parseFileSync = (file, options) => parseFileSync(file, { ...options, tsx: String(file).endsWith('.tsx') });

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'kit-imports-no-feature-or-shell',
      comment: 'src/web/kit is what features share: it may not reach up into a feature or the shell (app/).',
      severity: 'error',
      from: { path: '^src/web/kit/' },
      to: { path: '^src/web/(features|app)/' },
    },
    {
      name: 'feature-imports-no-shell',
      comment: 'A feature may not import the shell (src/web/app); what several features need belongs in src/web/kit, and what the shell adds it passes in (props, slots).',
      severity: 'error',
      from: { path: '^src/web/features/' },
      to: { path: '^src/web/app/' },
    },
    {
      name: 'feature-imports-no-other-feature',
      comment: "A feature may not import another feature: move a shared piece to src/web/kit, or let the router (src/web/app) compose one feature's piece into another's page.",
      severity: 'error',
      from: { path: '^src/web/features/([^/]+)/' },
      to: { path: '^src/web/features/', pathNot: '^src/web/features/$1/' },
    },
    {
      name: 'web-imports-no-server',
      comment: 'The web reaches the server through HTTP and the contract in src/shared, never its code.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'shared-imports-no-side',
      comment: 'src/shared is the contract between server and web; it may import neither.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/(server|web)/' },
    },
    {
      name: 'server-imports-no-web',
      comment: 'The server serves the built web (dist/web) but may not import its code.',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes modules load in an order that depends on who imports first, and ties its modules into one: break it by moving the shared part down.',
      severity: 'error',
      from: { path: '^src/' },
      to: {
        circular: true,
        // Known, and left for the server's own change: the applications repository and its
        // contracts name the Snapshot type, and snapshot.ts names the repository's type
        // (repository → snapshot → repository, contracts → snapshot → repository → contracts).
        // snapshot.ts imports types only, so no cycle through it changes the load order; swc
        // does not tell type imports apart, so it is named here. Every other cycle fails.
        viaOnly: { pathNot: '^src/server/modules/applications/snapshot[.]ts$' },
      },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import the cruiser cannot resolve would slip past every rule above, so it fails the lint too.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
    // swc reports type-only imports as imports: a type import across a boundary fails as well.
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      exportsFields: ['exports'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
