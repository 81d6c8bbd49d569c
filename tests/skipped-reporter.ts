// Vitest's default reporter counts skipped tests but names them only in a failing
// file. A suite skipped because ../shared is missing must say so in every run, so
// this lists each skipped test with its suite (whose name holds the reason).
import type { Reporter, TestModule, Vitest } from 'vitest/node';

export default class SkippedReporter implements Reporter {
  private log: (line: string) => void = (line) => console.log(line);

  onInit(vitest: Vitest): void {
    this.log = (line) => vitest.logger.log(line);
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const skipped: string[] = [];
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const result = test.result();
        if (result.state !== 'skipped') continue;
        const note = result.note;
        skipped.push(`  ↓ ${testModule.moduleId.replace(`${test.project.config.root}/`, '')} > ${test.fullName}${note ? ` [${note}]` : ''}`);
      }
    }
    if (skipped.length === 0) return;
    this.log(`\nSkipped (${skipped.length}):`);
    for (const line of skipped.sort()) this.log(line);
  }
}
