import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, Range as LspRange, RequestType, ResponseError } from 'vscode-languageclient/node';

export const RUN_TEST = 'brisk.runTest';

/** One `#[test]` fn as the server's `brisk/listTests` names it (see the brief's PROTOCOL). */
interface ListedTest {
  uri: string;
  range: LspRange;
  testPath: string;
  name: string;
  package: string;
  target: string;
}

const LIST_TESTS = new RequestType<Record<string, never>, ListedTest[] | null, void>('brisk/listTests');

/** What the server's `brisk.runTest` answers. */
interface RunTestResult {
  passed: boolean;
  output: string;
  durationMs?: number;
}

/** What the server runs for a test item: `brisk.runTest` with `[uri, testPath]`, the uri as the server spelled it. */
interface TestTarget {
  readonly uri: string;
  readonly testPath: string;
}

/** Edits come in bursts while typing: the test list is asked for once the burst is over. */
const REFRESH_DELAY_MS = 300;

/**
 * brisk's tests in VS Code's Testing view: one item per Rust file, one child per `#[test]` fn, as
 * the server's `brisk/listTests` lists them for the whole workspace (re-asked when a Rust file is
 * opened, changed or saved, or a Cargo.toml saved). Running a test sends
 * `brisk.runTest [uri, testPath]` and reports the answer: passed, or failed with the panic message
 * at the panic's line and the captured output.
 */
export class BriskTests implements vscode.Disposable {
  private readonly controller = vscode.tests.createTestController('brisk', 'brisk');
  private readonly targets = new WeakMap<vscode.TestItem, TestTarget>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private client: LanguageClient | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  /** Answers to older `brisk/listTests` requests that arrive after a newer one was sent are dropped. */
  private generation = 0;

  constructor() {
    this.controller.refreshHandler = () => this.refresh();
    this.controller.createRunProfile('Run', vscode.TestRunProfileKind.Run, (request, token) => this.run(request, token), true);
    const onRustDocument = (document: vscode.TextDocument): void => {
      if (document.languageId === 'rust' && document.uri.scheme === 'file') {
        this.scheduleRefresh();
      }
    };
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument(onRustDocument),
      vscode.workspace.onDidSaveTextDocument((document) => {
        // A saved manifest can add or remove targets, and with them their tests.
        if (document.uri.scheme === 'file' && document.uri.path.endsWith('/Cargo.toml')) {
          this.scheduleRefresh();
        } else {
          onRustDocument(document);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) {
          onRustDocument(event.document);
        }
      }),
    );
  }

  /** The running client, or undefined while the server is stopped (its tests stay listed). */
  setClient(client: LanguageClient | undefined): void {
    this.client = client;
    if (client) {
      void this.refresh();
    }
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer !== undefined) {
      clearTimeout(this.refreshTimer);
    }
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      void this.refresh();
    }, REFRESH_DELAY_MS);
  }

  /** Asks the server for the workspace's tests now and shows them. */
  async refresh(): Promise<void> {
    const client = this.client;
    if (!client) {
      return;
    }
    const generation = ++this.generation;
    let listed: ListedTest[];
    try {
      listed = (await client.sendRequest(LIST_TESTS, {})) ?? [];
    } catch (error) {
      client.warn('brisk: brisk/listTests failed', error, false);
      return;
    }
    if (generation === this.generation && client === this.client) {
      this.show(listed, client);
    }
  }

  private show(listed: readonly ListedTest[], client: LanguageClient): void {
    const byFile = new Map<string, ListedTest[]>();
    for (const test of listed) {
      const tests = byFile.get(test.uri) ?? [];
      tests.push(test);
      byFile.set(test.uri, tests);
    }
    const files: vscode.TestItem[] = [];
    for (const [fileUri, tests] of byFile) {
      const uri = client.protocol2CodeConverter.asUri(fileUri);
      const file =
        this.controller.items.get(fileUri) ?? this.controller.createTestItem(fileUri, vscode.workspace.asRelativePath(uri), uri);
      const children: vscode.TestItem[] = [];
      const seen = new Map<string, number>();
      for (const test of tests) {
        // Unique per file even if the server lists one path twice (e.g. under two cfgs).
        const count = (seen.get(test.testPath) ?? 0) + 1;
        seen.set(test.testPath, count);
        const id = `${fileUri}::${test.testPath}${count > 1 ? `#${count}` : ''}`;
        const item = file.children.get(id) ?? this.controller.createTestItem(id, test.name, uri);
        item.description = test.testPath === test.name ? undefined : test.testPath;
        item.range = client.protocol2CodeConverter.asRange(test.range);
        item.sortText = String(test.range.start.line).padStart(8, '0');
        this.targets.set(item, { uri: test.uri, testPath: test.testPath });
        children.push(item);
      }
      file.children.replace(children);
      files.push(file);
    }
    this.controller.items.replace(files);
  }

  /** The test whose fn spans `position` in `uri`, if any. */
  testAt(uri: vscode.Uri, position: vscode.Position): vscode.TestItem | undefined {
    let found: vscode.TestItem | undefined;
    this.controller.items.forEach((file) =>
      file.children.forEach((test) => {
        if (!found && test.uri?.toString() === uri.toString() && test.range?.contains(position)) {
          found = test;
        }
      }),
    );
    return found;
  }

  /** The test that `brisk.runTest` with `args` (a "▶ Run test" lens's `[uri, testPath]`) runs. */
  testFor(args: readonly unknown[]): vscode.TestItem | undefined {
    let found: vscode.TestItem | undefined;
    this.controller.items.forEach((file) =>
      file.children.forEach((test) => {
        const target = this.targets.get(test);
        if (!found && target && target.uri === args[0] && target.testPath === args[1]) {
          found = test;
        }
      }),
    );
    return found;
  }

  /** Runs `tests` as one test run shown in the Testing view; resolves when all are reported. */
  runTests(tests: readonly vscode.TestItem[]): Promise<void> {
    const source = new vscode.CancellationTokenSource();
    return this.run(new vscode.TestRunRequest(tests), source.token).finally(() => source.dispose());
  }

  private async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    const run = this.controller.createTestRun(request);
    const queue: vscode.TestItem[] = [];
    const add = (item: vscode.TestItem): void => {
      if (request.exclude?.includes(item)) {
        return;
      }
      if (this.targets.has(item)) {
        queue.push(item);
        run.enqueued(item);
      } else {
        item.children.forEach(add);
      }
    };
    if (request.include) {
      request.include.forEach(add);
    } else {
      this.controller.items.forEach(add);
    }
    try {
      for (const test of queue) {
        if (token.isCancellationRequested) {
          run.skipped(test);
          continue;
        }
        await this.runOne(run, test, token);
      }
    } finally {
      run.end();
    }
  }

  private async runOne(run: vscode.TestRun, test: vscode.TestItem, token: vscode.CancellationToken): Promise<void> {
    const client = this.client;
    const target = this.targets.get(test);
    const location = test.uri && test.range ? new vscode.Location(test.uri, test.range) : undefined;
    if (!client || !target) {
      run.errored(test, new vscode.TestMessage('brisk: the language server is not running'), 0);
      return;
    }
    run.started(test);
    const started = Date.now();
    try {
      const result = (await client.sendRequest(
        ExecuteCommandRequest.type,
        { command: RUN_TEST, arguments: [target.uri, target.testPath] },
        token,
      )) as RunTestResult | null;
      if (!result || typeof result.passed !== 'boolean') {
        run.errored(test, new vscode.TestMessage(`brisk: ${RUN_TEST} gave no test result`), Date.now() - started);
        return;
      }
      const output = result.output ?? '';
      if (output) {
        run.appendOutput(output.replace(/\r?\n/g, '\r\n'), location, test);
      }
      const duration = result.durationMs ?? Date.now() - started;
      if (result.passed) {
        run.passed(test, duration);
      } else {
        run.failed(test, failureMessage(output, test, location), duration);
      }
    } catch (error) {
      const text = error instanceof ResponseError || error instanceof Error ? error.message : String(error);
      const message = new vscode.TestMessage(text);
      message.location = location;
      run.appendOutput(`${text}\r\n`, location, test);
      run.errored(test, message, Date.now() - started);
    }
  }

  dispose(): void {
    if (this.refreshTimer !== undefined) {
      clearTimeout(this.refreshTimer);
    }
    for (const subscription of this.subscriptions) {
      subscription.dispose();
    }
    this.controller.dispose();
  }
}

/**
 * A failed test's message: the panic message from libtest's report (`thread '…' (15) panicked at
 * src/lib.rs:16:9:` then the message), shown at the panic's line when that is in the test's file,
 * else at the test fn; the whole output when there is no panic report in it. The whole output is
 * in the test's output anyway.
 */
function failureMessage(output: string, test: vscode.TestItem, fallback: vscode.Location | undefined): vscode.TestMessage {
  // rustc 1.95 prints the thread's id after its name: `thread 'tests::x' (15) panicked at …`.
  const panic = /^thread '[^']*'(?: \(\d+\))? panicked at (.+?):(\d+):(\d+):$/m.exec(output);
  if (!panic) {
    const message = new vscode.TestMessage(output.trim() || 'test failed');
    message.location = fallback;
    return message;
  }
  const after = output.slice(panic.index + panic[0].length).replace(/^note: run with `RUST_BACKTRACE=1`.*$/m, '').trim();
  const message = new vscode.TestMessage(after || panic[0]);
  const file = panic[1].replace(/\\/g, '/');
  const uri = test.uri;
  message.location =
    uri && (uri.path === file || uri.path.endsWith(`/${file}`))
      ? new vscode.Location(uri, new vscode.Position(Number(panic[2]) - 1, Number(panic[3]) - 1))
      : fallback;
  return message;
}
