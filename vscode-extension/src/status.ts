import * as vscode from 'vscode';

const FIRST_ANALYSIS_WAIT_MS = 15_000;

/**
 * The "brisk" status bar item: a spinner while the server analyses (its `$/progress`), then
 * "brisk ✓" or "brisk: N errors" counted over the server's diagnostics. Clicking it shows the log.
 */
export class BriskStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('brisk.status', vscode.StatusBarAlignment.Left, 0);
  private busy: string | undefined;
  private errors = 0;
  private stopped: string | undefined = 'starting…';
  /** Running but the first analysis has not ended: "brisk ✓" would claim a check that has not happened. */
  private awaitingFirstAnalysis = false;
  private firstAnalysisFallback: NodeJS.Timeout | undefined;

  constructor() {
    this.item.name = 'brisk';
    this.item.command = 'brisk.showLog';
    this.render();
    this.item.show();
  }

  /** Analysis in progress; `detail` is the server's message or percentage. */
  progress(detail: string): void {
    this.clearFallback();
    this.busy = detail;
    this.render();
  }

  progressDone(): void {
    this.clearFallback();
    this.busy = undefined;
    this.awaitingFirstAnalysis = false;
    this.render();
  }

  errorCount(count: number): void {
    this.errors = count;
    this.render();
  }

  /**
   * The server is up; its first analysis reports `$/progress`. A server that reports none within
   * FIRST_ANALYSIS_WAIT_MS is taken as done, so the item does not spin forever.
   */
  running(): void {
    this.stopped = undefined;
    this.awaitingFirstAnalysis = true;
    this.clearFallback();
    this.firstAnalysisFallback = setTimeout(() => this.progressDone(), FIRST_ANALYSIS_WAIT_MS);
    this.render();
  }

  /** The server is not running; `why` says so in the tooltip. */
  notRunning(why: string): void {
    this.clearFallback();
    this.stopped = why;
    this.busy = undefined;
    this.render();
  }

  private render(): void {
    this.item.backgroundColor = undefined;
    if (this.stopped !== undefined) {
      this.item.text = this.stopped === 'starting…' ? '$(sync~spin) brisk' : '$(warning) brisk';
      this.item.tooltip = `brisk: ${this.stopped}`;
      if (this.stopped !== 'starting…') {
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      }
    } else if (this.busy !== undefined || this.awaitingFirstAnalysis) {
      this.item.text = this.busy === undefined ? '$(sync~spin) brisk' : `$(sync~spin) brisk: ${this.busy}`;
      this.item.tooltip = 'brisk is analysing the workspace';
    } else if (this.errors === 0) {
      this.item.text = 'brisk ✓';
      this.item.tooltip = 'brisk: no errors';
    } else {
      this.item.text = `brisk: ${this.errors} error${this.errors === 1 ? '' : 's'}`;
      this.item.tooltip = 'brisk found errors: see the Problems panel';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    }
  }

  private clearFallback(): void {
    if (this.firstAnalysisFallback !== undefined) {
      clearTimeout(this.firstAnalysisFallback);
      this.firstAnalysisFallback = undefined;
    }
  }

  dispose(): void {
    this.clearFallback();
    this.item.dispose();
  }
}
