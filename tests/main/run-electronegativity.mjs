// Runs @doyensec/electronegativity's Node API over one folder and prints its findings as JSON
// on stdout. A child process of its own because the tool registers globals (its translation
// function `__`) and writes to the console; tests/main/electronegativity.test.ts parses the JSON.
// Usage: node run-electronegativity.mjs <folder> <electron version> [excluded check class names…]
import run from '@doyensec/electronegativity';

const [input, electronVersion, ...excluded] = process.argv.slice(2);
run({
  input,
  customScan: [],
  excludeFromScan: excluded,
  isRelative: true,
  isVerbose: false,
  electronVersionOverride: electronVersion,
  parserPlugins: [],
}).then(
  (result) => {
    const issues = result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file,
      line: issue.location.line,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      manualReview: issue.manualReview === true,
      description: issue.description,
    }));
    process.stdout.write(`\n@@electronegativity@@${JSON.stringify({ errors: result.errors, issues })}\n`);
  },
  (error) => {
    console.error(error && error.stack ? error.stack : String(error));
    process.exit(1);
  },
);
