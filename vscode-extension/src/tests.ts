import * as vscode from 'vscode';
import {
  CodeLens as LspCodeLens,
  CodeLensRequest,
  ExecuteCommandRequest,
  LanguageClient,
  ResponseError,
} from 'vscode-languageclient/node';

export const RUN_TEST = 'brisk.runTest';

/** What the server's `brisk.runTest` answers once brisk can run tests. */
interface RunTestResult {
  passed: boolean;
  output: string;
  durationMs?: number;
}

/** A test fn as its "▶ Run test" code lens names it: the lens's command arguments are what the server runs. */
interface TestTarget {
  readonly args: unknown[];
}

/**
 * brisk's tests in VS Code's Testing view. Tests are the `#[test]` fns the server puts a
 * "▶ Run test" code lens on (one file item per Rust file, one child per test); running one executes
 * `brisk.runTest` on the server and reports what it answers. While the server cannot run tests it
 * answers with an error, and the test is reported as errored with that message.
 */
export class BriskTests implements vscode.Disposable {
  private readonly controller = vscode.tests.createTestController('brisk', 'brisk');
  private readonly targets = new WeakMap<vscode.TestItem, TestTarget>();
  private client: LanguageClient | undefined;

  constructor() {
    this.controller.resolveHandler = async (item) => {
      if (!item) {
        await this.discoverWorkspace();
      }
    };
    this.controller.refreshHandler = () => this.discoverWorkspace();
    this.controller.createRunProfile('Run', vscode.TestRunProfileKind.Run, (request, token) => this.run(request, token), true);
  }

  /** The running client, or undefined while the server is stopped. */
  setClient(client: LanguageClient | undefined): void {
    this.client = client;
    if (client) {
      void this.discoverWorkspace();
    }
  }

  /** Every Rust file of the workspace (outside target/) asked for its lenses. */
  async discoverWorkspace(): Promise<void> {
    const files = await vscode.workspace.findFiles('**/*.rs', '**/{target,node_modules,.git}/**', 2000);
    await Promise.all(files.map((uri) => this.discoverFile(uri)));
  }

  private async discoverFile(uri: vscode.Uri): Promise<void> {
    const client = this.client;
    if (!client) {
      return;
    }
    try {
      const lenses = await client.sendRequest(CodeLensRequest.type, {
        textDocument: { uri: client.code2ProtocolConverter.asUri(uri) },
      });
      this.updateFromLenses(uri, (lenses ?? []).map((lens) => client.protocol2CodeConverter.asCodeLens(lens)));
    } catch (error) {
      client.warn(`brisk: finding tests in ${uri.fsPath} failed`, error, false);
    }
  }

  /** The server's lenses for `uri` (asked by the workspace scan or by VS Code): its tests now. */
  updateFromLenses(uri: vscode.Uri, lenses: readonly (vscode.CodeLens | LspCodeLens)[]): void {
    const runLenses = lenses.filter(
      (lens): lens is vscode.CodeLens => lens instanceof vscode.CodeLens && lens.command?.command === RUN_TEST,
    );
    const fileId = uri.toString();
    if (runLenses.length === 0) {
      this.controller.items.delete(fileId);
      return;
    }
    let file = this.controller.items.get(fileId);
    if (!file) {
      file = this.controller.createTestItem(fileId, vscode.workspace.asRelativePath(uri), uri);
      this.controller.items.add(file);
    }
    const children: vscode.TestItem[] = [];
    const seen = new Map<string, number>();
    for (const lens of runLenses) {
      const args = lens.command?.arguments ?? [];
      const name = typeof args[1] === 'string' ? args[1] : lens.command?.title ?? 'test';
      const count = (seen.get(name) ?? 0) + 1;
      seen.set(name, count);
      const id = `${fileId}::${name}${count > 1 ? `#${count}` : ''}`;
      const test = file.children.get(id) ?? this.controller.createTestItem(id, name, uri);
      test.range = lens.range;
      this.targets.set(test, { args });
      children.push(test);
    }
    file.children.replace(children);
  }

  /** The test whose fn spans `position` in `uri`, if any. */
  testAt(uri: vscode.Uri, position: vscode.Position): vscode.TestItem | undefined {
    const file = this.controller.items.get(uri.toString());
    let found: vscode.TestItem | undefined;
    file?.children.forEach((test) => {
      if (test.range?.contains(position)) {
        found = test;
      }
    });
    return found;
  }

  /** The test a "▶ Run test" lens with `args` stands for. */
  testFor(args: readonly unknown[]): vscode.TestItem | undefined {
    let found: vscode.TestItem | undefined;
    this.controller.items.forEach((file) =>
      file.children.forEach((test) => {
        const target = this.targets.get(test);
        if (!found && target && sameArgs(target.args, args)) {
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
    const location = test.uri && test.range ? new vscode.Location(test.uri, test.range) : undefined;
    if (!client) {
      run.errored(test, new vscode.TestMessage('brisk: the language server is not running'), 0);
      return;
    }
    run.started(test);
    const started = Date.now();
    try {
      const result = (await client.sendRequest(
        ExecuteCommandRequest.type,
        { command: RUN_TEST, arguments: this.targets.get(test)?.args ?? [] },
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
        const message = new vscode.TestMessage(output || 'test failed');
        message.location = location;
        run.failed(test, message, duration);
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
    this.controller.dispose();
  }
}

function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
