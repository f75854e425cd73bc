// ESLint for the scripts the collection runs in the browser (plugins/module_utils/_page_model/js/):
// `scripts/gates eslint`, or `npm ci && npx eslint` at the top of the repository. Each file is one
// script, not a module: an expression Playwright evaluates (a function it then calls) or an init
// script, run with the page's globals.
import js from "@eslint/js";
import globals from "globals";

export default [
  {
    // Not ours to lint here: virtualenvs, build output, and the simulator (a test portal whose
    // scripts stand in for the real portal's).
    ignores: [".venv*/", ".build/", ".tox/", "collections/", "tests/output/", "simulator/"],
  },
  {
    ...js.configs.recommended,
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "script",
      globals: globals.browser,
    },
    linterOptions: {
      reportUnusedDisableDirectives: "error",
    },
  },
  {
    // This file itself is an ES module run by Node.
    files: ["eslint.config.js"],
    languageOptions: { sourceType: "module", globals: globals.node },
  },
];
