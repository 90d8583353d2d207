import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { BriskCommand, BriskNotFound, resolveBrisk } from './serverCommand';
import { BriskServerFeature } from './serverFeature';
import { BriskStatus } from './status';
import { BriskTests, RUN_TEST } from './tests';

const RUN = 'brisk.run';

let client: LanguageClient | undefined;
let brisk: BriskCommand | undefined;
let log: vscode.OutputChannel;
let status: BriskStatus;
let tests: BriskTests;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  log = vscode.window.createOutputChannel('brisk');
  status = new BriskStatus();
  tests = new BriskTests();
  context.subscriptions.push(
    log,
    status,
    tests,
    vscode.commands.registerCommand('brisk.showLog', () => log.show(true)),
    vscode.commands.registerCommand('brisk.restartServer', () => restart(context)),
    vscode.commands.registerCommand('brisk.checkWorkspace', () => checkWorkspace()),
    vscode.commands.registerCommand('brisk.runTestAtCursor', () => runTestAtCursor()),
    vscode.languages.onDidChangeDiagnostics(() => countErrors()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('brisk.path')) {
        void restart(context);
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const configured = vscode.workspace.getConfiguration('brisk').get<string>('path', '');
  try {
    brisk = await resolveBrisk(configured, context.extensionPath);
  } catch (error) {
    brisk = undefined;
    const message = error instanceof BriskNotFound ? error.message : `brisk: ${String(error)}`;
    log.appendLine(message);
    status.notRunning(message);
    void vscode.window.showErrorMessage(message, 'Open Settings').then((choice) => {
      if (choice) {
        void vscode.commands.executeCommand('workbench.action.openSettings', 'brisk.path');
      }
    });
    return;
  }
  log.appendLine(`brisk: starting the language server: ${brisk.description}`);
  const server: ServerOptions = {
    command: brisk.command,
    args: [...brisk.args, 'lsp'],
    options: { env: brisk.env },
  };
  const options: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'rust' }],
    outputChannel: log,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/Cargo.toml') },
    middleware: {
      // A click on "▶ Run test" runs the test through the Testing view, so its result shows there.
      executeCommand: async (command, args, next) => {
        const test = command === RUN_TEST ? await testForLens(args) : undefined;
        if (test) {
          await tests.runTests([test]);
          void vscode.commands.executeCommand('workbench.view.testing.focus');
          return undefined;
        }
        if (command === RUN) {
          return runProgram(args);
        }
        const result: unknown = await next(command, args);
        return result;
      },
    },
  };
  const created = new LanguageClient('brisk', 'brisk', server, options);
  created.registerFeature(new BriskServerFeature(created, status));
  created.onDidChangeState((event) => {
    if (event.newState === State.Running) {
      status.running();
    } else if (event.newState === State.Stopped) {
      status.notRunning('the language server stopped (see the brisk output)');
      tests.setClient(undefined);
    }
  });
  client = created;
  try {
    await created.start();
    tests.setClient(created);
  } catch (error) {
    const message = `brisk: the language server did not start: ${error instanceof Error ? error.message : String(error)}`;
    log.appendLine(message);
    status.notRunning(message);
    void vscode.window.showErrorMessage(message, 'Show Log').then((choice) => {
      if (choice) {
        log.show(true);
      }
    });
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  tests?.setClient(undefined);
  if (running) {
    try {
      await running.stop();
    } catch (error) {
      log.appendLine(`brisk: stopping the server failed: ${String(error)}`);
    }
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  status.notRunning('starting…');
  await stop();
  await start(context);
}

/** Errors among the diagnostics this client received (pushed by the server). */
function countErrors(): void {
  const diagnostics = client?.diagnostics;
  if (!diagnostics) {
    return;
  }
  let errors = 0;
  diagnostics.forEach((_uri, list) => {
    errors += list.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
  });
  status.errorCount(errors);
}

/** `brisk check --tests` on the workspace folder as a task, its report in the terminal. */
async function checkWorkspace(): Promise<void> {
  const folder =
    (vscode.window.activeTextEditor && vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri)) ??
    vscode.workspace.workspaceFolders?.[0];
  if (!brisk) {
    void vscode.window.showErrorMessage('brisk: cannot check: brisk was not found (see the brisk output).');
    return;
  }
  const target = folder?.uri.fsPath ?? vscode.window.activeTextEditor?.document.uri.fsPath;
  if (!target) {
    void vscode.window.showErrorMessage('brisk: open a folder with a Cargo.toml or a Rust file to check.');
    return;
  }
  const execution = new vscode.ProcessExecution(brisk.command, [...brisk.args, 'check', '--tests', '--color', 'always', target], {
    env: brisk.env as Record<string, string>,
    cwd: target,
  });
  const task = new vscode.Task({ type: 'brisk', command: 'check' }, folder ?? vscode.TaskScope.Workspace, 'check', 'brisk', execution);
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, clear: true };
  await vscode.tasks.executeTask(task);
}

/** The Testing view's item for a lens's `[uri, testPath]`, asking the server again if the list predates the lens. */
async function testForLens(args: unknown[]): Promise<vscode.TestItem | undefined> {
  const listed = tests.testFor(args);
  if (listed) {
    return listed;
  }
  await tests.refresh();
  return tests.testFor(args);
}

async function runTestAtCursor(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'rust') {
    void vscode.window.showInformationMessage('brisk: open a Rust file and put the cursor in a #[test] fn.');
    return;
  }
  // The list may predate the last edits (it is refreshed after a pause in typing).
  await tests.refresh();
  const test = tests.testAt(editor.document.uri, editor.selection.active);
  if (!test) {
    void vscode.window.showInformationMessage('brisk: the cursor is not in a #[test] fn.');
    return;
  }
  await tests.runTests([test]);
}

/**
 * "▶ Run" on `fn main`: the server runs the binary and answers `{output}` like `brisk.runTest`; the
 * output goes to the brisk output channel, a refusal or failure to an error notification.
 */
async function runProgram(args: unknown[]): Promise<unknown> {
  const running = client;
  if (!running) {
    void vscode.window.showErrorMessage('brisk: the language server is not running.');
    return undefined;
  }
  try {
    const result = (await running.sendRequest(ExecuteCommandRequest.type, { command: RUN, arguments: args })) as {
      output?: string;
    } | null;
    log.appendLine(`brisk: run ${args.map(String).join(' ')}`);
    log.appendLine(result?.output ?? '');
    log.show(true);
    return result;
  } catch (error) {
    void vscode.window.showErrorMessage(`brisk: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
